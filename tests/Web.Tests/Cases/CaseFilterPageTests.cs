using System.Net;
using Portal.Infrastructure.Seeding;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests.Cases;

/// <summary>
/// CASE-5 (guide 4.8.7) on the case list page: the filter lives in the URL, shows as a breadcrumb whose steps
/// go back, and a bad filter is explained in the user's language without losing what was typed. One portal
/// serves the class; nothing here changes data.
/// </summary>
[Trait("Req", "CASE-5")]
public sealed class CaseFilterPageTests(PortalWebFactory web) : IClassFixture<PortalWebFactory>
{
    private const string Service = "category.eq.Service";
    private const string ServiceResolved = "category.eq.Service^status.eq.Resolved";

    [Fact]
    public async Task A_filter_in_the_URL_narrows_the_list_and_shows_as_a_breadcrumb_of_links()
    {
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);

        var html = await client.GetPageAsync("/Cases?f=" + Uri.EscapeDataString(ServiceResolved));

        Assert.Equal(["端末の登録上限について"], CaseRows.Read(html).Select(r => r.Subject));
        Assert.Contains("1~1 件目 / 1 件", html, StringComparison.Ordinal);
        Assert.Equal(
            [new("すべて", "/Cases"), new("カテゴリ=サービスについて", "/Cases?f=" + Service), new FilterCrumbs.Crumb("状況=解決済み（クローズ待ち）", null)],
            FilterCrumbs.Read(html));
    }

    [Fact]
    public async Task A_breadcrumb_step_opens_the_list_filtered_up_to_it()
    {
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);
        var html = await client.GetPageAsync("/Cases?f=" + Uri.EscapeDataString("category.in.Fault|Service^status.ne.Closed^OR^customer.eq.N202400002"));
        var crumbs = FilterCrumbs.Read(html);

        Assert.Equal(["すべて", "カテゴリ∈故障について, サービスについて", "状況≠クローズ", "お客様番号=N202400002"], crumbs.Select(c => c.Label));
        Assert.Contains(">または</span>", html, StringComparison.Ordinal);
        Assert.Equal(5, CaseRows.Read(html).Count);

        var first = await client.GetPageAsync(crumbs[1].Link!);
        var all = await client.GetPageAsync(crumbs[0].Link!);

        Assert.Equal(2, CaseRows.Read(first).Count);
        Assert.Equal(["すべて", "カテゴリ∈故障について, サービスについて"], FilterCrumbs.Read(first).Select(c => c.Label));
        Assert.Equal(6, CaseRows.Read(all).Count);
        Assert.Equal([new FilterCrumbs.Crumb("すべて", "/Cases")], FilterCrumbs.Read(all));
    }

    [Fact]
    public async Task A_breadcrumb_keeps_the_view_and_the_sort()
    {
        var client = await web.LoggedInAs(DemoAccounts.Agent);

        var html = await client.GetPageAsync("/Cases?view=ActionNeeded&sort=status.asc,subject.desc&f=" + Uri.EscapeDataString(ServiceResolved));

        Assert.Equal("/Cases?view=ActionNeeded&f=category.eq.Service&sort=status.asc,subject.desc", FilterCrumbs.Read(html)[1].Link);
    }

    [Theory]
    [InlineData(DemoAccounts.CustomerA, "secret.eq.x", "フィルターの項目「secret」は使用できません。", "該当するケースはありません")]
    [InlineData(DemoAccounts.CustomerA, "status.contains.New", "「状況」には、この条件は使用できません。", null)]
    [InlineData(DemoAccounts.CustomerB, "created.eq.2026-02-30", "\"2026-02-30\" is not a valid value for \"Created\".", "No cases to show.")]
    [InlineData(DemoAccounts.CustomerB, "subject.eq", "Please enter a value for the \"Subject\" condition.", null)]
    [Trait("Req", "UI-3")]
    public async Task An_invalid_filter_shows_the_localized_error_and_keeps_the_filter_text(string user, string filter, string message, string? empty)
    {
        var client = await web.LoggedInAs(user);

        var html = await client.GetPageAsync("/Cases?f=" + Uri.EscapeDataString(filter));

        Assert.Equal(message, FilterCrumbs.Errors(html));
        Assert.Equal(filter, FilterCrumbs.FilterField(html));
        Assert.Empty(CaseRows.Read(html));
        Assert.Contains("collapse show mb-3\" id=\"filter-builder\"", html, StringComparison.Ordinal);
        if (empty is not null)
            Assert.Contains(empty, html, StringComparison.Ordinal);
    }

    [Fact, Trait("Req", "TEN-1")]
    public async Task Filtering_by_another_tenants_values_shows_nothing_with_a_zero_count()
    {
        var agent = await web.LoggedInAs(DemoAccounts.Agent);
        var ofB = CaseRows.NumberOf(await agent.GetPageAsync("/Cases"), "Monthly report delivery address");
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);

        foreach (var filter in new[] { $"number.eq.{ofB}", "customer.eq.N202400011", "contractor.contains.trading", "keyword.contains.monthly report", "customer.eq.N202400003" })
        {
            var html = await client.GetPageAsync("/Cases?f=" + Uri.EscapeDataString(filter));
            Assert.Empty(CaseRows.Read(html));
            Assert.Contains("0~0 件目 / 0 件", html, StringComparison.Ordinal);
            Assert.Null(FilterCrumbs.Errors(html));
        }
    }

    [Fact]
    public async Task Sort_keys_in_the_URL_order_the_rows()
    {
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);

        var html = await client.GetPageAsync("/Cases?sort=status.asc,number.desc");

        var numbers = CaseRows.Read(html).Select(r => r.Number).ToList();
        Assert.Equal(6, numbers.Count);
        Assert.True(string.CompareOrdinal(numbers[0], numbers[1]) > 0, "the two new cases, newest number first");
        Assert.Contains("aria-sort=\"ascending\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sort_outside_the_whitelist_is_explained_not_an_error_page()
    {
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);

        using var response = await client.GetAsync("/Cases?sort=" + Uri.EscapeDataString("subject;DROP TABLE Cases"), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("並べ替えの指定が正しくありません。", FilterCrumbs.Errors(html));
    }
}
