using System.Net;
using System.Text.RegularExpressions;
using Portal.Infrastructure.Seeding;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests.Cases;

/// <summary>CASE-7 (guide 4.8.1): the read-only case page. One portal serves the class; nothing here changes data.</summary>
[Trait("Req", "CASE-7")]
public sealed class CaseDetailPageTests(PortalWebFactory web) : IClassFixture<PortalWebFactory>
{
    [Fact]
    public async Task A_customer_sees_the_fields_the_status_banner_and_the_activity()
    {
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);
        var number = CaseRows.NumberOf(await client.GetPageAsync("/Cases"), "端末の登録上限について");

        var html = await client.GetPageAsync($"/Cases/{number}");

        Assert.Contains($"<span class=\"case-number\">{number}</span> 端末の登録上限について", html, StringComparison.Ordinal);
        Assert.Contains("解決済み（クローズ待ち）", html, StringComparison.Ordinal);
        Assert.Contains("「ソリューションを承認」", html, StringComparison.Ordinal);
        Assert.Contains("現在の契約で登録できる端末数の上限を確認したいです。", html, StringComparison.Ordinal);
        Assert.Contains(DemoAccounts.AccountA1, html, StringComparison.Ordinal);
        Assert.Contains("ご契約の ID 数は <strong>500</strong> です。", html, StringComparison.Ordinal);
        // Guide 4.8.3: the agent's reply took the case up, then the agent resolved it.
        Assert.Contains("状況が「新規」から「NTT作業中」に変わりました", html, StringComparison.Ordinal);
        Assert.Contains("状況が「NTT作業中」から「解決済み（クローズ待ち）」に変わりました", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_closed_case_says_to_open_a_new_inquiry()
    {
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);
        var number = CaseRows.NumberOf(await client.GetPageAsync("/Cases"), "管理コンソールのログイン URL について");

        var html = await client.GetPageAsync($"/Cases/{number}");

        Assert.Contains("クローズしたケースは再オープンできないため、あらためて新規でお問い合わせをお願いします。", html, StringComparison.Ordinal);
    }

    [Fact, Trait("Req", "AGT-1")]
    public async Task The_work_note_shows_to_the_agent_only()
    {
        var agent = await web.LoggedInAs(DemoAccounts.Agent);
        var number = CaseRows.NumberOf(await agent.GetPageAsync("/Cases"), "iOS 18 でのアラート通知仕様");
        var customer = await web.LoggedInAs(DemoAccounts.CustomerA);

        var agentHtml = await agent.GetPageAsync($"/Cases/{number}");
        var customerHtml = await customer.GetPageAsync($"/Cases/{number}");

        Assert.Contains("製品チームに確認中", agentHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("製品チームに確認中", customerHtml, StringComparison.Ordinal);
        Assert.Contains("通知は通常 5 分以内に届きます。", customerHtml, StringComparison.Ordinal);
    }

    [Fact, Trait("Req", "TEN-1"), Trait("Req", "TEN-2")]
    public async Task Another_tenants_case_is_a_404_like_an_unknown_number()
    {
        var agent = await web.LoggedInAs(DemoAccounts.Agent);
        var numberOfB = CaseRows.NumberOf(await agent.GetPageAsync("/Cases"), "Monthly report delivery address");
        var customer = await web.LoggedInAs(DemoAccounts.CustomerA);

        using var other = await customer.GetAsync($"/Cases/{numberOfB}", TestContext.Current.CancellationToken);
        using var unknown = await customer.GetAsync("/Cases/CS9999999", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(await SameForAnyRequestAsync(unknown), await SameForAnyRequestAsync(other));
    }

    /// <summary>The page without what differs on every response anyway: antiforgery tokens and the request id.</summary>
    private static async Task<string> SameForAnyRequestAsync(HttpResponseMessage response) =>
        Regex.Replace(Browsing.WithoutTokens(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)),
            "<code[^>]*>[^<]*</code>", "<code></code>");

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_the_login_page()
    {
        var client = web.CreateBrowser();

        using var response = await client.GetAsync("/Cases/CS0000001", TestContext.Current.CancellationToken);

        Assert.StartsWith("/Account/Login", response.RedirectTarget(), StringComparison.Ordinal);
    }
}
