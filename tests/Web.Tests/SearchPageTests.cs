using System.Net;
using System.Text.RegularExpressions;
using Portal.Infrastructure.Seeding;
using Portal.Web.Tests.Cases;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests;

/// <summary>
/// UI-4: the header's search box. A case number the user may see opens it; another tenant's number reads
/// exactly like an unknown one (TEN-1); other text shows the cases (CASE-5) and the articles (KB-2) it finds.
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
    public async Task Other_text_shows_the_cases_found_with_a_link_to_all_of_them_in_the_case_list()
    {
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);

        var html = await client.GetPageAsync("/Search?q=" + Uri.EscapeDataString("起動しない"));

        Assert.Equal(["アプリが起動しない端末がある"], Hits(html, "search-cases"));
        Assert.Contains("「起動しない」のすべて結果", html, StringComparison.Ordinal);
        var all = "/Cases?f=" + Uri.EscapeDataString("keyword.contains.起動しない");
        Assert.Contains($"href=\"{System.Net.WebUtility.HtmlEncode(all)}\"", html, StringComparison.Ordinal);
        var list = await client.GetPageAsync(all);
        Assert.Equal(["アプリが起動しない端末がある"], CaseRows.Read(list).Select(r => r.Subject));
        Assert.Contains("結果の最後", html, StringComparison.Ordinal);
    }

    [Fact, Trait("Req", "KB-2")]
    public async Task One_results_page_holds_both_the_cases_and_the_articles_the_user_may_read()
    {
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);

        var html = await client.GetPageAsync("/Search?q=" + Uri.EscapeDataString("アラート対応表"));

        Assert.NotEmpty(Hits(html, "search-cases"));
        Assert.Equal(["CrowdStrike Falcon Mobile マネージドサービス サービス仕様書", "CrowdStrike_Falcon_Mobile_アラート対応表_1.01.pdf"],
            Hits(html, "search-articles").Order(StringComparer.Ordinal));
        Assert.Contains("お客様向けドキュメント | 01. サービス仕様書", html, StringComparison.Ordinal);
    }

    [Fact, Trait("Req", "KB-2")]
    public async Task A_two_character_keyword_searches_cases_and_says_knowledge_needs_three()
    {
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);

        var html = await client.GetPageAsync("/Search?q=" + Uri.EscapeDataString("端末"));

        Assert.NotEmpty(Hits(html, "search-cases"));
        Assert.Empty(Hits(html, "search-articles"));
        Assert.Contains("ナレッジは 3 文字以上で検索できます。", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_keyword_too_short_to_search_gets_a_message_and_keeps_what_was_typed()
    {
        var client = await web.LoggedInAs(DemoAccounts.CustomerB);

        var html = await client.GetPageAsync("/Search?q=" + Uri.EscapeDataString("ア"));

        Assert.Contains("Please enter at least 2 characters per keyword", html, StringComparison.Ordinal);
        Assert.Contains("value=\"ア\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_search_asks_for_a_term()
    {
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);

        var html = await client.GetPageAsync("/Search?q=%20");

        Assert.Contains("検索する語を入力してください。", html, StringComparison.Ordinal);
    }

    /// <summary>The link texts of one result list (cases or articles).</summary>
    private static List<string> Hits(string html, string list)
    {
        var start = html.IndexOf($"class=\"list-group list-group-flush {list}\"", StringComparison.Ordinal);
        if (start < 0)
            return [];
        var end = html.IndexOf("</ul>", start, StringComparison.Ordinal);
        return [.. HitLink().Matches(html[start..end]).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value))];
    }

    [GeneratedRegex("<a class=\"fw-semibold\"[^>]*>(?:<i[^>]*></i>)?([^<]*)")]
    private static partial Regex HitLink();

    /// <summary>The page with the searched number, antiforgery tokens and nonces blanked: what may differ by design.</summary>
    private static string Comparable(string html, string number) =>
        Nonce().Replace(Browsing.WithoutTokens(html), "nonce=\"\"").Replace(number, "CS#######", StringComparison.Ordinal);

    [GeneratedRegex("nonce=\"[^\"]*\"")]
    private static partial Regex Nonce();
}
