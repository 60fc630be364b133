using System.Net;
using Portal.Infrastructure.Seeding;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests.Cases;

/// <summary>
/// AGT-1 and CASE-10 on the case page through the real pipeline: the agent panel (assign, status, work note,
/// resolve) exists for the provider's staff only, its handlers refuse customers, and a work note never
/// reaches the customer's page. One portal serves the class; each test changes a different case.
/// </summary>
[Trait("Req", "AGT-1")]
public sealed class AgentConsolePageTests(PortalWebFactory web) : IClassFixture<PortalWebFactory>
{
    [Fact]
    public async Task The_agent_panel_is_shown_to_agents_and_not_to_customers()
    {
        var agent = await web.LoggedInAs(DemoAccounts.Agent);
        var customer = await web.LoggedInAs(DemoAccounts.CustomerA);
        var page = $"/Cases/{CaseRows.NumberOf(await customer.GetPageAsync("/Cases"), "iOS 18 でのアラート通知仕様")}";

        var agentHtml = await agent.GetPageAsync(page);
        var customerHtml = await customer.GetPageAsync(page);

        Assert.Contains("agent-panel", agentHtml, StringComparison.Ordinal);
        Assert.Contains("作業メモ（社内のみ・お客様には表示されません）", agentHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("agent-panel", customerHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("comment-work-note", customerHtml, StringComparison.Ordinal);
        var queue = await agent.GetPageAsync("/Cases");
        Assert.Contains(">自分の担当</a>", queue, StringComparison.Ordinal);
        Assert.Contains("Example Trading Co., Ltd.", queue, StringComparison.Ordinal); // every customer's cases
    }

    [Fact]
    public async Task A_work_note_is_kept_from_the_customer_and_a_public_comment_is_shown()
    {
        var agent = await web.LoggedInAs(DemoAccounts.Agent);
        var customer = await web.LoggedInAs(DemoAccounts.AdminA);
        var page = $"/Cases/{CaseRows.NumberOf(await customer.GetPageAsync("/Cases"), "一部端末でセンサーが応答しない")}";

        using var note = await agent.SubmitAsync(page, new Dictionary<string, string> { ["BodyHtml"] = "<p>社内限定：ベンダー回答待ち NOTE-7731</p>", ["isWorkNote"] = "true" }, $"{page}?handler=Comment");
        var saved = await agent.GetPageAsync(note.RedirectTarget());
        using var comment = await agent.SubmitAsync(page, new Dictionary<string, string> { ["BodyHtml"] = "<p>設定手順を確認しています。</p>" }, $"{page}?handler=Comment");

        Assert.Equal(HttpStatusCode.Redirect, note.StatusCode);
        Assert.Contains("作業メモを保存しました。", saved, StringComparison.Ordinal);
        var agentHtml = await agent.GetPageAsync(page);
        var customerHtml = await customer.GetPageAsync(page);
        Assert.Contains("NOTE-7731", agentHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("NOTE-7731", customerHtml, StringComparison.Ordinal);
        Assert.Contains("設定手順を確認しています。", customerHtml, StringComparison.Ordinal);
        var search = await customer.GetPageAsync("/Cases?f=keyword.contains.NOTE-7731");
        Assert.Contains("0~0 件目 / 0 件", search, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_agent_assigns_to_itself_sets_awaiting_customer_and_resolves_with_a_resolution()
    {
        var agent = await web.LoggedInAs(DemoAccounts.Agent);
        var page = $"/Cases/{CaseRows.NumberOf(await agent.GetPageAsync("/Cases"), "Monthly report delivery address")}";

        using var assign = await agent.SubmitAsync(page, new Dictionary<string, string> { ["toMe"] = "true" }, $"{page}?handler=Assign");
        using var status = await agent.SubmitAsync(page, new Dictionary<string, string> { ["target"] = "AwaitingCustomer" }, $"{page}?handler=Status");
        var mine = await agent.GetPageAsync("/Cases?f=assignee.eq.me");
        using var empty = await agent.SubmitAsync(page, new Dictionary<string, string> { ["resolution"] = " " }, $"{page}?handler=Resolve");
        var refused = await empty.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var resolve = await agent.SubmitAsync(page, new Dictionary<string, string> { ["resolution"] = "New address registered." }, $"{page}?handler=Resolve");

        Assert.Equal(HttpStatusCode.Redirect, assign.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, status.StatusCode);
        Assert.Contains("Monthly report delivery address", mine, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("解決内容", refused[refused.IndexOf("case-errors", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, resolve.StatusCode);
        var html = await agent.GetPageAsync(page);
        Assert.Contains("状況が「お客様確認待ち」から「解決済み（クローズ待ち）」に変わりました", html, StringComparison.Ordinal);
        Assert.Contains("New address registered.", html, StringComparison.Ordinal);
        Assert.Contains("selected=\"selected\">高橋 健</option>", html, StringComparison.Ordinal);
    }

    [Fact, Trait("Req", "TEN-1")]
    public async Task A_customer_posting_to_an_agent_handler_changes_nothing()
    {
        var customer = await web.LoggedInAs(DemoAccounts.CustomerA);
        var page = $"/Cases/{CaseRows.NumberOf(await customer.GetPageAsync("/Cases"), "iOS 18 でのアラート通知仕様")}";
        var before = await customer.GetPageAsync(page);

        using var resolve = await customer.SubmitAsync(page, new Dictionary<string, string> { ["resolution"] = "self-resolved" }, $"{page}?handler=Resolve");
        using var assign = await customer.SubmitAsync(page, new Dictionary<string, string> { ["toMe"] = "true" }, $"{page}?handler=Assign");

        Assert.Equal(HttpStatusCode.Forbidden, resolve.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, assign.StatusCode);
        var after = await customer.GetPageAsync(page);
        Assert.DoesNotContain("self-resolved", after, StringComparison.Ordinal);
        Assert.Contains("お客様確認待ち", after, StringComparison.Ordinal);
        Assert.Equal(Browsing.WithoutTokens(before).Length, Browsing.WithoutTokens(after).Length);
    }

    [Fact, Trait("Req", "CASE-10")]
    public async Task Watching_a_case_puts_it_in_the_watch_list_filter_and_unwatching_takes_it_out()
    {
        var customer = await web.LoggedInAs(DemoAccounts.AdminA);
        var page = $"/Cases/{CaseRows.NumberOf(await customer.GetPageAsync("/Cases"), "アプリが起動しない端末がある")}";

        using var watch = await customer.SubmitAsync(page, new Dictionary<string, string> { ["watch"] = "true" }, $"{page}?handler=Watch");
        var watched = await customer.GetPageAsync("/Cases?f=watch.contains.me");
        var detail = await customer.GetPageAsync(page);
        using var unwatch = await customer.SubmitAsync(page, new Dictionary<string, string> { ["watch"] = "false" }, $"{page}?handler=Watch");
        var after = await customer.GetPageAsync("/Cases?f=watch.contains.me");

        Assert.Equal(HttpStatusCode.Redirect, watch.StatusCode);
        Assert.Contains("アプリが起動しない端末がある", watched, StringComparison.Ordinal);
        Assert.Contains("1~1 件目 / 1 件", watched, StringComparison.Ordinal);
        Assert.Contains("ウォッチリスト=自分", watched, StringComparison.Ordinal);
        Assert.Contains("ウォッチリストから削除", detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, unwatch.StatusCode);
        Assert.Contains("0~0 件目 / 0 件", after, StringComparison.Ordinal);
    }
}
