using System.Net;
using Portal.Infrastructure.Seeding;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests.Cases;

/// <summary>
/// CASE-3 / CASE-7 (guide 4.8.2, 4.8.4): the customer's comment and actions on the case page. One portal
/// serves the class; each test changes a different case.
/// </summary>
[Trait("Req", "CASE-3"), Trait("Req", "CASE-7")]
public sealed class CaseActionsPageTests(PortalWebFactory web) : IClassFixture<PortalWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Closing_through_the_dialog_closes_the_case()
    {
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);
        var page = $"/Cases/{CaseRows.NumberOf(await client.GetPageAsync("/Cases"), "アプリが起動しない端末がある")}";
        var before = await client.GetPageAsync(page);
        Assert.Contains("アクション", before, StringComparison.Ordinal);
        Assert.Contains("data-bs-target=\"#close-case-dialog\"", before, StringComparison.Ordinal);

        using var response = await client.SubmitAsync(page, new Dictionary<string, string>(), $"{page}?handler=Close");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = await client.GetPageAsync(response.RedirectTarget());
        Assert.Contains("ケースをクローズしました。", html, StringComparison.Ordinal);
        Assert.Contains("case-status\">クローズ</span>", html, StringComparison.Ordinal);
        Assert.Contains("クローズしたケースは再オープンできないため、あらためて新規でお問い合わせをお願いします。", html, StringComparison.Ordinal);
        Assert.DoesNotContain("case-comment-form", html, StringComparison.Ordinal);
        Assert.DoesNotContain("case-actions", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accepting_the_solution_closes_the_resolved_case_without_a_dialog()
    {
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);
        var page = $"/Cases/{CaseRows.NumberOf(await client.GetPageAsync("/Cases"), "端末の登録上限について")}";
        var before = await client.GetPageAsync(page);
        Assert.Contains("ソリューションを承認", before, StringComparison.Ordinal);
        Assert.Contains("ソリューションを却下", before, StringComparison.Ordinal);
        Assert.DoesNotContain("close-case-dialog", before, StringComparison.Ordinal);

        using var response = await client.SubmitAsync(page, new Dictionary<string, string>(), $"{page}?handler=Accept");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = await client.GetPageAsync(response.RedirectTarget());
        Assert.Contains("ソリューションを承認し、ケースをクローズしました。", html, StringComparison.Ordinal);
        Assert.Contains("状況が「解決済み（クローズ待ち）」から「クローズ」に変わりました", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_comment_appears_in_the_activity_sanitized()
    {
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);
        var page = $"/Cases/{CaseRows.NumberOf(await client.GetPageAsync("/Cases"), "iOS 18 でのアラート通知仕様")}";
        Assert.Contains("/lib/quill/quill.js", await client.GetPageAsync(page), StringComparison.Ordinal);

        using var response = await client.SubmitAsync(page,
            new Dictionary<string, string> { ["BodyHtml"] = "<p><strong>追加の情報</strong>です<script>alert(1)</script></p>" }, $"{page}?handler=Comment");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = await client.GetPageAsync(response.RedirectTarget());
        Assert.Contains("コメントを送信しました。", html, StringComparison.Ordinal);
        Assert.Contains("<p><strong>追加の情報</strong>です</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("alert(1)", html, StringComparison.Ordinal);
        Assert.Contains("状況が「お客様確認待ち」から「NTT作業中」に変わりました", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_comment_is_refused_on_the_page()
    {
        // The open case that only gets comments here (another test closes the other one by accepting it).
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);
        var page = $"/Cases/{CaseRows.NumberOf(await client.GetPageAsync("/Cases"), "iOS 18 でのアラート通知仕様")}";

        using var response = await client.SubmitAsync(page,
            new Dictionary<string, string> { ["BodyHtml"] = "<script>x</script>" }, $"{page}?handler=Comment");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("case-errors", html, StringComparison.Ordinal);
        Assert.Contains("コメントを入力してください。", html, StringComparison.Ordinal);
    }

    [Theory, Trait("Req", "TEN-1")]
    [InlineData("Comment")]
    [InlineData("Close")]
    [InlineData("Accept")]
    [InlineData("Reject")]
    public async Task Actions_on_another_tenants_case_are_a_404(string handler)
    {
        var agent = await web.LoggedInAs(DemoAccounts.Agent);
        var numberOfB = CaseRows.NumberOf(await agent.GetPageAsync("/Cases"), "Monthly report delivery address");
        var customer = await web.LoggedInAs(DemoAccounts.CustomerA);

        var ownPage = $"/Cases/{CaseRows.NumberOf(await customer.GetPageAsync("/Cases"), "端末の登録上限について")}";
        using var form = await customer.FillInAsync(ownPage, new Dictionary<string, string> { ["BodyHtml"] = "<p>x</p>" });
        using var response = await customer.PostAsync($"/Cases/{numberOfB}?handler={handler}", form, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
