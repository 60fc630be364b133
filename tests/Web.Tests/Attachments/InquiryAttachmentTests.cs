using System.Net;
using System.Text.RegularExpressions;
using Portal.Infrastructure.Seeding;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests.Attachments;

/// <summary>CASE-1 "optional attachments" (CASE-8 rules): files sent with the inquiry form. Each test has its own portal.</summary>
[Trait("Req", "CASE-1")]
[Trait("Req", "CASE-8")]
public sealed partial class InquiryAttachmentTests
{
    private const string Page = "/Cases/New";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<Dictionary<string, string>> FieldsAsync(HttpClient client, string subject = "ログを添付します")
    {
        var a3 = AccountOption().Matches(await client.GetPageAsync(Page)).Single(m => m.Groups["number"].Value == DemoAccounts.AccountA3);
        return new()
        {
            ["Input.CustomerAccountId"] = a3.Groups["id"].Value,
            ["Input.Category"] = "Other",
            ["Input.Subject"] = subject,
            ["Input.Description"] = "端末のログを添付します。",
        };
    }

    [Fact]
    public async Task The_inquiry_is_created_with_its_files()
    {
        using var web = new PortalWebFactory();
        var client = await web.LoggedInAs(DemoAccounts.AdminA);
        var bytes = Uploading.RandomBytes(50_000);

        using var sent = await client.PostFilesAsync(Page, Page,
            [("Input.Attachments", "端末ログ.zip", new ByteArrayContent(bytes)), ("Input.Attachments", "設定.txt", new ByteArrayContent([65, 66]))],
            await FieldsAsync(client));

        var casePage = await client.GetPageAsync(sent.RedirectTarget());
        Assert.Equal(["端末ログ.zip", "設定.txt"], Uploading.Links(casePage).Select(l => l.FileName).Order(StringComparer.Ordinal));
        var zip = Uploading.Links(casePage).Single(l => l.FileName == "端末ログ.zip");
        Assert.Equal(bytes, await client.GetByteArrayAsync(zip.Url, Ct));
    }

    [Fact]
    public async Task A_blocked_file_keeps_what_was_typed_and_creates_nothing()
    {
        using var web = new PortalWebFactory();
        var client = await web.LoggedInAs(DemoAccounts.AdminA);

        using var refused = await client.PostFilesAsync(Page, Page,
            [("Input.Attachments", "ok.txt", new ByteArrayContent([1])), ("Input.Attachments", "請求書.pdf.exe", new ByteArrayContent([2]))],
            await FieldsAsync(client, "実行ファイル付き"));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync(Ct);
        Assert.Contains("「請求書.pdf.exe」は添付できない種類のファイルです", page, StringComparison.Ordinal);
        Assert.Contains("value=\"実行ファイル付き\"", page, StringComparison.Ordinal);
        Assert.Contains("端末のログを添付します。</textarea>", page, StringComparison.Ordinal);
        AssertAsksForFilesAgainAtTheFileInput(page);
        Assert.Empty(Uploading.Stored(web));
    }

    [Fact]
    public async Task A_refused_inquiry_without_files_asks_for_none()
    {
        using var web = new PortalWebFactory();
        var client = await web.LoggedInAs(DemoAccounts.AdminA);
        var fields = await FieldsAsync(client);
        fields["Input.Subject"] = string.Empty;

        using var refused = await client.PostFilesAsync(Page, Page, [], fields);

        var page = await refused.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.DoesNotContain("inquiry-files-again", page, StringComparison.Ordinal);
    }

    /// <summary>The notice sits with the file input, which points to it, in the page's language; not only in the summary above.</summary>
    private static void AssertAsksForFilesAgainAtTheFileInput(string page)
    {
        var field = FileField().Match(page);
        Assert.True(field.Success, "no file input");
        Assert.Contains("aria-describedby=\"inquiry-files-again inquiry-attachment-rules\"", field.Value, StringComparison.Ordinal);
        Assert.Contains("id=\"inquiry-files-again\" role=\"alert\">", field.Value, StringComparison.Ordinal);
        Assert.Contains("選択したファイルは保存されていません。お手数ですが、もう一度ファイルを選択してください。", field.Value, StringComparison.Ordinal);
    }

    [GeneratedRegex("<input class=\"form-control\" id=\"Input_Attachments\".*?id=\"inquiry-attachment-rules\"", RegexOptions.Singleline)]
    private static partial Regex FileField();

    [Fact, Trait("Req", "CASE-2")]
    public async Task A_refused_inquiry_deletes_its_files_and_asks_for_them_again()
    {
        using var web = new PortalWebFactory();
        var client = await web.LoggedInAs(DemoAccounts.AdminA);
        using (await client.SubmitAsync(Page, await FieldsAsync(client, "一件目")))
        {
        }

        using var refused = await client.PostFilesAsync(Page, Page, [("Input.Attachments", "log.txt", new ByteArrayContent([1, 2]))],
            await FieldsAsync(client, "二件目"));

        var page = await refused.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("id=\"open-inquiry\"", page, StringComparison.Ordinal);
        AssertAsksForFilesAgainAtTheFileInput(page);
        Assert.Contains("value=\"二件目\"", page, StringComparison.Ordinal);
        Assert.Empty(Uploading.Stored(web));
    }

    [GeneratedRegex("<option value=\"(?<id>[0-9a-f-]{36})\"[^>]*>(?<number>N[0-9]+)</option>")]
    private static partial Regex AccountOption();
}
