using System.Net;
using Portal.Infrastructure.Seeding;
using Portal.Web.Tests.Cases;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests.Security;

/// <summary>
/// The access model through the real pipeline: rules declared in the application hold on the pages too,
/// and a refusal the page does not handle itself is a localized 4xx page, never a 500.
/// </summary>
public sealed class AccessModelPageTests(PortalWebFactory web) : IClassFixture<PortalWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, Trait("Req", "AGT-1"), Trait("Req", "TEN-2")]
    [InlineData("assignee.empty")]
    [InlineData("assignee.eq.me")]
    [InlineData("status.eq.New^OR^assignee.notempty")]
    public async Task A_customer_cannot_ask_which_of_its_cases_are_unassigned(string filter)
    {
        var customer = await web.LoggedInAs(DemoAccounts.CustomerA);

        var html = await customer.GetPageAsync("/Cases?f=" + Uri.EscapeDataString(filter));

        Assert.Contains("フィルターの項目「assignee」は使用できません", html, StringComparison.Ordinal);
        Assert.DoesNotContain("case-row", html, StringComparison.Ordinal);
        Assert.DoesNotContain("自分の担当", html, StringComparison.Ordinal);
    }

    [Fact, Trait("Req", "AGT-1")]
    public async Task An_agent_filters_by_assignee()
    {
        var agent = await web.LoggedInAs(DemoAccounts.Agent);

        var html = await agent.GetPageAsync("/Cases?f=assignee.empty");

        Assert.DoesNotContain("は使用できません", html, StringComparison.Ordinal);
        Assert.Contains(">未割り当て</a>", html, StringComparison.Ordinal);
    }

    [Theory, Trait("Req", "HIST-2")]
    [InlineData("Csv")]
    [InlineData("Xlsx")]
    [InlineData("Pdf")]
    public async Task An_export_with_a_filter_the_list_refuses_is_a_localized_400_page_not_a_file(string format)
    {
        var admin = await web.LoggedInAs(DemoAccounts.AdminA);
        const string filter = "&From=2026-11-20&To=2026-11-01";
        var list = await admin.GetPageAsync("/Account/LoginHistory?" + filter.TrimStart('&'));

        using var response = await admin.GetAsync($"/Account/LoginHistory?handler=Export&format={format}{filter}", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("text/html", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.Null(response.Content.Headers.ContentDisposition);
        Assert.Contains("入力内容に誤りがあります", html, StringComparison.Ordinal);
        var reason = System.Text.RegularExpressions.Regex.Match(list, @"validation-summary-errors[^>]*>\s*<ul>\s*<li>([^<]+)</li>").Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(reason));
        Assert.Contains(reason, html, StringComparison.Ordinal);
    }

    [Fact, Trait("Req", "CASE-3")]
    public async Task A_closed_case_offers_no_action_to_anyone()
    {
        var customer = await web.LoggedInAs(DemoAccounts.AdminA);
        var agent = await web.LoggedInAs(DemoAccounts.Agent);
        var page = $"/Cases/{CaseRows.NumberOf(await customer.GetPageAsync("/Cases?view=All&f=status.eq.Closed"), "管理コンソールのログイン URL について")}";

        foreach (var html in new[] { await customer.GetPageAsync(page), await agent.GetPageAsync(page) })
        {
            Assert.DoesNotContain("case-comment-form", html, StringComparison.Ordinal);
            Assert.DoesNotContain("case-watch", html, StringComparison.Ordinal);
            Assert.DoesNotContain("agent-panel", html, StringComparison.Ordinal);
            Assert.DoesNotContain("case-attachment-form", html, StringComparison.Ordinal);
        }
    }
}
