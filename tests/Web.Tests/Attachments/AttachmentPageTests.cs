using System.Net;
using Portal.Infrastructure.Seeding;
using Portal.Web.Tests.Cases;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests.Attachments;

/// <summary>CASE-8 (guide 4.8.3): the attachments tab of the case page: upload, list, download. Each test has its own portal.</summary>
[Trait("Req", "CASE-8")]
public sealed class AttachmentPageTests
{
    private const string NewOfA1 = "アプリが起動しない端末がある";
    private const string ClosedOfA = "管理コンソールのログイン URL について";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<string> NumberAsync(HttpClient client, string subject) =>
        CaseRows.NumberOf(await client.GetPageAsync("/Cases"), subject);

    [Fact]
    public async Task A_file_attached_on_the_case_page_downloads_as_an_attachment_with_its_Japanese_name_and_bytes()
    {
        using var web = new PortalWebFactory();
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);
        var number = await NumberAsync(client, NewOfA1);
        var bytes = Uploading.RandomBytes(300_000);

        using var sent = await client.AttachAsync(number, "障害レポート 第1版.html", bytes);

        Assert.Equal($"/Cases/{number}#attachments", sent.RedirectTarget());
        var page = await client.GetPageAsync($"/Cases/{number}");
        Assert.Contains("添付ファイル (1)", page, StringComparison.Ordinal);
        Assert.Contains("ファイルを添付しました。", page, StringComparison.Ordinal);
        var (url, name) = Assert.Single(Uploading.Links(page));
        Assert.Equal("障害レポート 第1版.html", name);

        using var download = await client.GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/octet-stream", download.Content.Headers.ContentType?.MediaType);
        var disposition = download.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("障害レポート 第1版.html", disposition.FileNameStar);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync(Ct));
    }

    [Theory]
    [InlineData("invoice.pdf.exe")]
    [InlineData("tool.PS1")]
    public async Task A_blocked_file_type_is_refused_with_the_localized_message(string fileName)
    {
        using var web = new PortalWebFactory();
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);
        var number = await NumberAsync(client, NewOfA1);

        using var sent = await client.AttachAsync(number, fileName, [1, 2, 3]);

        var page = await client.GetPageAsync(sent.RedirectTarget());
        Assert.Contains($"「{fileName}」は添付できない種類のファイルです", page, StringComparison.Ordinal);
        Assert.Contains("添付ファイル (0)", page, StringComparison.Ordinal);
        Assert.Empty(Uploading.Stored(web));
    }

    [Fact, Trait("Req", "CASE-3")]
    public async Task A_closed_case_offers_no_upload_and_says_to_open_a_new_inquiry()
    {
        using var web = new PortalWebFactory();
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);
        var number = await NumberAsync(client, ClosedOfA);

        var page = await client.GetPageAsync($"/Cases/{number}");

        Assert.DoesNotContain("case-attachment-form", page, StringComparison.Ordinal);
        Assert.Contains("クローズしたケースにはファイルを添付できません。", page, StringComparison.Ordinal);
    }

    [Fact, Trait("Req", "TEN-1"), Trait("Req", "TEN-2")]
    public async Task Another_tenant_gets_404_for_the_attachment_and_the_upload()
    {
        using var web = new PortalWebFactory();
        var owner = await web.LoggedInAs(DemoAccounts.CustomerA);
        var number = await NumberAsync(owner, NewOfA1);
        using (await owner.AttachAsync(number, "secret.txt", [1, 2, 3]))
        {
        }

        var (url, _) = Assert.Single(Uploading.Links(await owner.GetPageAsync($"/Cases/{number}")));
        var other = await web.LoggedInAs(DemoAccounts.CustomerB);

        using var download = await other.GetAsync(url, Ct);
        using var unknown = await other.GetAsync($"/Cases/CS9999999/Attachments/{Guid.CreateVersion7()}", Ct);
        using var upload = await other.PostFilesAsync("/Cases", $"/Cases/{number}/Attachments", [("files", "x.txt", new ByteArrayContent([1]))]);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (download.StatusCode, unknown.StatusCode, upload.StatusCode));
        Assert.Single(Uploading.Stored(web));
    }

    [Fact]
    public async Task An_upload_without_the_antiforgery_token_is_refused_and_stores_nothing()
    {
        using var web = new PortalWebFactory();
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);
        var number = await NumberAsync(client, NewOfA1);
        using var form = new MultipartFormDataContent { { new ByteArrayContent([1, 2, 3]), "files", "a.txt" } };

        using var sent = await client.PostAsync($"/Cases/{number}/Attachments", form, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, sent.StatusCode);
        Assert.Empty(Uploading.Stored(web));
    }
}
