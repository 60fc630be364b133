using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Portal.Infrastructure.Seeding;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests.Admin;

/// <summary>
/// ADM-2 bulk creation through the real HTTP pipeline: upload, the preview with each line's errors, the create step
/// that carries the checked file, the template; customers are refused by Application (403).
/// </summary>
[Trait("Req", "ADM-2")]
public sealed partial class ContactImportPageTests(PortalWebFactory web) : IClassFixture<PortalWebFactory>
{
    private const string Page = "/Account/Users/Import";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] content, string name = "contacts.csv")
    {
        var token = Browsing.AntiforgeryToken(await client.GetPageAsync(Page));
        using var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { file, "file", name } };
        return await client.PostAsync(Page + "?handler=Preview", form, Ct);
    }

    private static byte[] Csv(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n");

    [Theory, Trait("Req", "TEN-1")]
    [InlineData(DemoAccounts.CustomerA)]
    [InlineData(DemoAccounts.Agent)]
    public async Task A_customer_or_an_agent_is_refused_the_page_the_template_and_the_upload(string userId)
    {
        var client = await web.LoggedInAs(userId);
        var token = Browsing.AntiforgeryToken(await client.GetPageAsync("/Account"));

        using var page = await client.GetAsync(Page, Ct);
        using var template = await client.GetAsync(Page + "?handler=Template", Ct);
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new ByteArrayContent(Csv("姓,メール,お客様番号", "x,x@example.com,N202400001")), "file", "c.csv" } };
        using var upload = await client.PostAsync(Page + "?handler=Import", form, Ct);

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], new[] { page.StatusCode, template.StatusCode, upload.StatusCode });
    }

    [Fact]
    public async Task The_template_is_a_CSV_of_the_headers_in_the_users_language()
    {
        var client = await web.LoggedInAs(DemoAccounts.AdminA);

        using var response = await client.GetAsync(Page + "?handler=Template", Ct);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);

        Assert.Equal(("text/csv", "contacts.csv"), (response.Content.Headers.ContentType?.MediaType, response.Content.Headers.ContentDisposition?.FileName));
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Equal("名,姓,役職,メール,勤務先電話,携帯,言語,タイムゾーン,ユーザーID,管理者,マルチファクター認証 (MFA) を有効化,お客様番号",
            Encoding.UTF8.GetString(bytes[3..]).Trim());
    }

    [Fact]
    public async Task A_file_with_an_error_shows_its_line_and_offers_no_create_button()
    {
        var client = await web.LoggedInAs(DemoAccounts.AdminA);

        using var response = await UploadAsync(client, Csv("姓,メール,お客様番号", "鈴木,suzuki.web@example.com,N202400001", "佐藤,not-an-email,N202400001"));
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("2 行のうち 1 行にエラーがあります。連絡先は作成されていません。", html, StringComparison.Ordinal);
        Assert.Contains("メールアドレス", html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"content\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("suzuki.web@example.com", await client.GetPageAsync("/Account/Users?q=suzuki.web"), StringComparison.Ordinal);
    }

    [Fact, Trait("Req", "AUTH-4")]
    public async Task A_checked_file_is_created_from_the_preview_and_the_list_shows_the_new_contacts()
    {
        var client = await web.LoggedInAs(DemoAccounts.AdminA);
        using var preview = await UploadAsync(client, Csv("姓,名,メール,お客様番号", "石井,一,ishii.import@example.com,N202400001", "石井,二,ishii2.import@example.com,N202400002"));
        var html = await preview.Content.ReadAsStringAsync(Ct);
        Assert.Contains("2 件の連絡先を作成できます。", html, StringComparison.Ordinal);
        var content = WebUtility.HtmlDecode(CheckedFile().Match(html).Groups["value"].Value);

        using var create = await client.PostAsync(Page + "?handler=Import", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Browsing.AntiforgeryToken(html),
            ["content"] = content,
        }), Ct);

        Assert.Equal("/Account/Users", create.RedirectTarget());
        var list = await client.GetPageAsync("/Account/Users?q=import%40example");
        Assert.Contains("2 件の連絡先を作成しました。各ユーザーに案内メールを送信しました。", list, StringComparison.Ordinal);
        Assert.Contains("ishii.import@example.com.fm", list, StringComparison.Ordinal);
        Assert.Contains("ishii2.import@example.com.fm", list, StringComparison.Ordinal);
    }

    [Fact, Trait("Req", "NFR-4")]
    public async Task A_file_over_2_MB_gets_a_clear_message_not_an_error_page()
    {
        var client = await web.LoggedInAs(DemoAccounts.AdminA);

        using var response = await UploadAsync(client, new byte[3 * 1024 * 1024], "big.csv");
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ファイルが大きすぎます。2 MB までの CSV ファイルを選択してください。", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("name=\"content\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex CheckedFile();
}
