using System.Net;
using System.Text.RegularExpressions;
using Portal.Infrastructure.Seeding;
using Portal.Web.Tests.Cases;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests;

/// <summary>
/// UI-4: the header's search box. A case number the user may see opens it; another tenant's number reads
/// exactly like an unknown one (TEN-1); other text lists the cases found by keyword (CASE-5).
/// One portal serves the class; nothing here changes data.
/// </summary>
[Trait("Req", "UI-4")]
public sealed partial class SearchPageTests(PortalWebFactory web) : IClassFixture<PortalWebFactory>
{
    [Fact]
    public async Task A_visible_case_number_opens_the_case()
    {
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);
        var number = CaseRows.NumberOf(await client.GetPageAsync("/Cases"), "端末の登録上限について");

        using var exact = await client.GetAsync($"/Search?q={number}", TestContext.Current.CancellationToken);
        using var typed = await client.GetAsync($"/Search?q=%20{number.ToLowerInvariant()}%20", TestContext.Current.CancellationToken);

        Assert.Equal($"/Cases/{number}", exact.RedirectTarget());
        Assert.Equal($"/Cases/{number}", typed.RedirectTarget());
    }

    [Theory, Trait("Req", "TEN-1"), Trait("Req", "TEN-2")]
    [InlineData("Monthly report delivery address")]
    [InlineData("一部端末でセンサーが応答しない")]
    public async Task Another_tenants_case_number_reads_exactly_like_an_unknown_number(string subject)
    {
        var agent = await web.LoggedInAs(DemoAccounts.Agent);
        var hidden = CaseRows.NumberOf(await agent.GetPageAsync("/Cases"), subject);
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);

        var forHidden = await client.GetPageAsync($"/Search?q={hidden}");
        var forUnknown = await client.GetPageAsync("/Search?q=CS9999999");

        Assert.Contains($"ケース番号「{hidden}」のケースは見つかりませんでした。", forHidden, StringComparison.Ordinal);
        Assert.DoesNotContain(subject, forHidden, StringComparison.Ordinal);
        Assert.Equal(Comparable(forUnknown, "CS9999999"), Comparable(forHidden, hidden));
    }

    [Fact, Trait("Req", "CASE-5")]
    public async Task Other_text_lists_the_cases_found_by_keyword()
    {
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);

        using var response = await client.GetAsync("/Search?q=" + Uri.EscapeDataString("起動しない"), TestContext.Current.CancellationToken);
        var target = response.RedirectTarget();
        var html = await client.GetPageAsync(target);

        Assert.Equal("/Cases?f=" + Uri.EscapeDataString("keyword.contains.起動しない"), target);
        Assert.Equal(["アプリが起動しない端末がある"], CaseRows.Read(html).Select(r => r.Subject));
        Assert.Equal("キーワード=起動しない", FilterCrumbs.Read(html)[^1].Label);
    }

    [Fact, Trait("Req", "TEN-1")]
    public async Task A_keyword_only_in_another_tenants_case_finds_nothing()
    {
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);

        using var response = await client.GetAsync("/Search?q=" + Uri.EscapeDataString("monthly report"), TestContext.Current.CancellationToken);
        var html = await client.GetPageAsync(response.RedirectTarget());

        Assert.Empty(CaseRows.Read(html));
        Assert.Contains("0~0 件目 / 0 件", html, StringComparison.Ordinal);
        var b = await web.LoggedInAs(DemoAccounts.CustomerB);
        using var forB = await b.GetAsync("/Search?q=" + Uri.EscapeDataString("monthly report"), TestContext.Current.CancellationToken);
        Assert.Equal(["Monthly report delivery address"], CaseRows.Read(await b.GetPageAsync(forB.RedirectTarget())).Select(r => r.Subject));
    }

    [Fact]
    public async Task An_empty_search_asks_for_a_term()
    {
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);

        var html = await client.GetPageAsync("/Search?q=%20");

        Assert.Contains("検索する語を入力してください。", html, StringComparison.Ordinal);
    }

    /// <summary>The page with the searched number, antiforgery tokens and nonces blanked: what may differ by design.</summary>
    private static string Comparable(string html, string number) =>
        Nonce().Replace(Browsing.WithoutTokens(html), "nonce=\"\"").Replace(number, "CS#######", StringComparison.Ordinal);

    [GeneratedRegex("nonce=\"[^\"]*\"")]
    private static partial Regex Nonce();
}
