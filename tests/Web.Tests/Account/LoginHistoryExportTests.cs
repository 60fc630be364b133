using System.Net;
using System.Text;
using MiniExcelLibs;
using Portal.Infrastructure.Seeding;
using Portal.Web.Tests.Support;
using UglyToad.PdfPig;

namespace Portal.Web.Tests.Account;

/// <summary>HIST-2: the page's exports download the current view in each format, to signed-in users only.</summary>
[Trait("Req", "HIST-2")]
public sealed class LoginHistoryExportTests(PortalWebFactory web) : IClassFixture<PortalWebFactory>
{
    private const string Export = "/Account/LoginHistory?handler=Export&format=";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CSV_downloads_the_customers_own_rows_as_UTF8_with_BOM()
    {
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);

        using var response = await client.GetAsync(Export + "Csv", Ct);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Matches(@"^login-history-\d{8}-\d{6}\.csv$", response.Content.Headers.ContentDisposition.FileName!.Trim('"'));
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("イベント,ユーザーID,日時,IPアドレス,ユーザーエージェント", lines[0]);
        Assert.All(lines[1..], l => Assert.Contains($",{DemoAccounts.CustomerA},", l, StringComparison.Ordinal));
        Assert.True(lines.Length > 21, $"{lines.Length} lines");
    }

    [Fact]
    public async Task The_export_follows_the_filter_in_the_URL()
    {
        var client = await web.LoggedInAs(DemoAccounts.AdminA);

        using var response = await client.GetAsync(Export + "Csv&Kinds=LoginFailed&UserId=user.a", Ct);
        var lines = (await response.Content.ReadAsStringAsync(Ct)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(2, lines.Length);
        Assert.StartsWith($"ログイン失敗,{DemoAccounts.CustomerA},", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Excel_downloads_a_workbook_that_reads_back()
    {
        var client = await web.LoggedInAs(DemoAccounts.AdminA);

        using var response = await client.GetAsync(Export + "Xlsx", Ct);
        var rows = MiniExcel.Query(await response.Content.ReadAsStreamAsync(Ct), useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        Assert.EndsWith(".xlsx", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'), StringComparison.Ordinal);
        Assert.Contains(rows, r => (string?)r["ユーザーID"] == DemoAccounts.CustomerA);
        Assert.DoesNotContain(rows, r => (string?)r["ユーザーID"] == DemoAccounts.CustomerB);
    }

    [Fact]
    public async Task PDF_downloads_a_document_whose_text_is_Japanese()
    {
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);

        using var response = await client.GetAsync(Export + "Pdf", Ct);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync(Ct));

        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var text = string.Concat(pdf.GetPages().Select(p => p.Text));
        Assert.Contains("ログイン履歴", text, StringComparison.Ordinal);
        Assert.Contains("ログイン成功", text, StringComparison.Ordinal);
        Assert.Contains(DemoAccounts.CustomerA, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Csv")]
    [InlineData("Xlsx")]
    [InlineData("Pdf")]
    public async Task Anonymous_visitors_get_no_file_but_the_login_page(string format)
    {
        var client = web.CreateBrowser();

        using var response = await client.GetAsync(Export + format, Ct);

        Assert.StartsWith("/Account/Login", response.RedirectTarget(), StringComparison.Ordinal);
        Assert.Null(response.Content.Headers.ContentDisposition);
    }
}
