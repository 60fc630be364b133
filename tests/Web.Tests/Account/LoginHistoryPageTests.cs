using System.Net;
using System.Text.RegularExpressions;
using Portal.Infrastructure.Seeding;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests.Account;

/// <summary>HIST-1 (guide 4.11.1): the login history page as each kind of user sees it. One portal serves the class.</summary>
[Trait("Req", "HIST-1")]
public sealed partial class LoginHistoryPageTests(PortalWebFactory web) : IClassFixture<PortalWebFactory>
{
    private const string Page = "/Account/LoginHistory";

    [Fact]
    public async Task A_customer_sees_its_own_events_newest_first_with_the_guides_range_text()
    {
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);

        var html = await client.GetPageAsync(Page);

        var rows = Rows(html);
        Assert.Equal(20, rows.Count);
        Assert.All(rows, r => Assert.Equal(DemoAccounts.CustomerA, r.UserId));
        Assert.Equal(("ログイン成功", "192.0.2.10"), (rows[0].Event, rows[0].Ip)); // the sign-in just made, from the test client's address
        Assert.Equal(rows.Select(r => r.Time).OrderDescending(StringComparer.Ordinal), rows.Select(r => r.Time));
        Assert.Matches(@"1~20 件目 / (2[1-9]|[3-9]\d) 件", html);
        Assert.Contains("<th scope=\"col\">イベント</th>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_customer_admin_sees_its_companys_users_but_not_company_B_even_when_asking_for_it()
    {
        var client = await web.LoggedInAs(DemoAccounts.AdminA);

        var company = Rows(await client.GetPageAsync(Page));
        var askingForB = await client.GetPageAsync($"{Page}?UserId=user.b");

        Assert.Contains(company, r => r.UserId == DemoAccounts.CustomerA);
        Assert.Contains(company, r => r.UserId == DemoAccounts.AdminA);
        Assert.DoesNotContain(company, r => r.UserId == DemoAccounts.CustomerB);
        Assert.Empty(Rows(askingForB));
        Assert.Contains("0~0 件目 / 0 件", askingForB, StringComparison.Ordinal);
        Assert.Contains("該当するログイン履歴はありません。", askingForB, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_filter_lives_in_the_URL_and_keeps_its_choices()
    {
        var client = await web.LoggedInAs(DemoAccounts.AdminA);

        var html = await client.GetPageAsync($"{Page}?Kinds=LoginFailed&UserId=user.a");

        var row = Assert.Single(Rows(html));
        Assert.Equal(("ログイン失敗", DemoAccounts.CustomerA), (row.Event, row.UserId));
        Assert.Matches("<input[^>]*value=\"LoginFailed\"[^>]*checked", html);
        Assert.Contains("value=\"user.a\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/Account/LoginHistory?handler=Export&amp;format=Csv&amp;Kinds=LoginFailed&amp;UserId=user.a\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_second_page_continues_where_the_first_ended()
    {
        var client = await web.LoggedInAs(DemoAccounts.AdminA);

        var first = await client.GetPageAsync(Page);
        var second = await client.GetPageAsync($"{Page}?p=2");

        var total = Total(first);
        Assert.Contains($"21~40 件目 / {total} 件", second, StringComparison.Ordinal);
        Assert.Equal(20, Rows(second).Count);
        Assert.True(string.CompareOrdinal(Rows(first)[^1].Time, Rows(second)[0].Time) >= 0);
    }

    [Fact]
    public async Task An_impossible_date_range_is_explained_not_failed()
    {
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);

        var html = await client.GetPageAsync($"{Page}?From=2026-11-21&To=2026-11-20");

        Assert.Matches("validation-summary-errors[^>]*><ul><li>[^<]*終了日", html);
        Assert.Empty(Rows(html));
    }

    [Fact]
    public async Task An_English_user_sees_English_headings_and_event_names()
    {
        var client = await web.LoggedInAs(DemoAccounts.CustomerB);

        var html = await client.GetPageAsync(Page);

        Assert.Contains("<th scope=\"col\">Event</th>", html, StringComparison.Ordinal);
        Assert.Equal("Login succeeded", Rows(html)[0].Event);
        Assert.Matches(@"1–\d+ of \d+", html);
        Assert.Contains("Asia/Singapore", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_the_login_page()
    {
        var client = web.CreateBrowser();

        using var response = await client.GetAsync(Page, TestContext.Current.CancellationToken);

        Assert.StartsWith("/Account/Login", response.RedirectTarget(), StringComparison.Ordinal);
    }

    private sealed record Row(string Event, string UserId, string Time, string Ip);

    private static List<Row> Rows(string html) =>
        [.. TableRow().Matches(html).Select(m => new Row(m.Groups["event"].Value, WebUtility.HtmlDecode(m.Groups["user"].Value), m.Groups["time"].Value, m.Groups["ip"].Value))];

    private static int Total(string html) => int.Parse(RangeTotal().Match(html).Groups["total"].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("<tr>\\s*<td[^>]*>(?<event>[^<]*)</td>\\s*<td class=\"text-break\"[^>]*>(?<user>[^<]*)</td>\\s*<td class=\"text-nowrap\"[^>]*>(?<time>[^<]*)</td>\\s*<td class=\"text-nowrap\"[^>]*>(?<ip>[^<]*)</td>")]
    private static partial Regex TableRow();

    [GeneratedRegex(@"件目 / (?<total>\d+) 件")]
    private static partial Regex RangeTotal();
}
