using System.Net;
using Portal.Infrastructure.Seeding;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests.Cases;

/// <summary>
/// API-1: the customer's answer on an alert is a comment and moves the case like one; its own portal, because it
/// answers the demo alert that <see cref="AlertPanelPageTests"/> reads unanswered.
/// </summary>
[Trait("Req", "API-1"), Trait("Req", "CASE-3")]
public sealed class AlertAnswerPageTests(PortalWebFactory web) : IClassFixture<PortalWebFactory>
{
    private const string AlertOfA1 = "High severity detection: malicious app installed";

    [Fact]
    public async Task An_answer_moves_an_alert_awaiting_the_customer_back_to_in_progress_like_a_comment()
    {
        var agent = await web.LoggedInAs(DemoAccounts.Agent);
        var customer = await web.LoggedInAs(DemoAccounts.AdminA);
        var page = $"/Cases/{CaseRows.NumberOf(await customer.GetPageAsync("/Cases?view=Alerts"), AlertOfA1)}";
        using var awaiting = await agent.SubmitAsync(page, new Dictionary<string, string> { ["target"] = "AwaitingCustomer" }, $"{page}?handler=Status");
        var agentView = await agent.GetPageAsync(page);

        using var answer = await customer.SubmitAsync(page, new Dictionary<string, string> { ["response"] = "Expected" }, $"{page}?handler=AlertAnswer");

        Assert.Equal(HttpStatusCode.Redirect, awaiting.StatusCode);
        Assert.Contains("alert-panel", agentView, StringComparison.Ordinal);
        Assert.DoesNotContain("alert-answer-form", agentView, StringComparison.Ordinal); // the answer is the customer's
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        var html = await customer.GetPageAsync(page);
        Assert.Contains("アラートへの回答: 想定内", html, StringComparison.Ordinal);
        Assert.Contains("状況が「お客様確認待ち」から「NTT作業中」に変わりました", html, StringComparison.Ordinal);
        Assert.Contains("「想定内」と回答済みです。", html, StringComparison.Ordinal);
    }
}
