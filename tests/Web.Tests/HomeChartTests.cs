using System.Net;
using System.Text.RegularExpressions;
using Portal.Infrastructure.Seeding;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests;

/// <summary>
/// UI-1: the customer's home page shows a chart card: open cases by status and alerts per week, each chart with
/// its name and a table of the same numbers that needs no script. Read-only, so one portal serves the class.
/// </summary>
[Trait("Req", "UI-1")]
public sealed partial class HomeChartTests(PortalWebFactory web) : IClassFixture<PortalWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact, Trait("Req", "TEN-1")]
    public async Task A_customer_sees_its_open_cases_by_status_and_its_alerts_of_the_last_twelve_weeks_as_tables()
    {
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);

        var html = await client.GetPageAsync("/");

        Assert.Contains("<h2 class=\"h5 mb-0\" id=\"home-chart-heading\">ケースの状況</h2>", html, StringComparison.Ordinal);
        Assert.Equal([("新規", "2 件"), ("NTT作業中", "1 件"), ("お客様確認待ち", "1 件"), ("解決済み（クローズ待ち）", "1 件")], Rows(html, "open"));
        var weeks = Rows(html, "alerts");
        Assert.Equal(12, weeks.Count);
        Assert.All(weeks[..^1], w => Assert.Matches("^[0-9]{4}-[0-9]{2}-[0-9]{2} の週$", w.Label));
        Assert.Matches("^[0-9]{4}-[0-9]{2}-[0-9]{2} の週（今週）$", weeks[^1].Label);
        Assert.Equal(1, weeks.Sum(w => int.Parse(w.Count.Replace(" 件", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains("<canvas role=\"img\" aria-label=\"クローズされていないケース（状況別）\"", html, StringComparison.Ordinal);
        Assert.Contains("<canvas role=\"img\" aria-label=\"週ごとのアラート（過去 12 週）\"", html, StringComparison.Ordinal);
        // Without script the tables are open; the script folds them once it has drawn the charts.
        Assert.Equal(2, Regex.Count(html, "<details class=\"home-chart-table\" open>"));
        Assert.Contains("<script src=\"/lib/chart.js/chart.umd.min.js\" defer></script>", html, StringComparison.Ordinal);
    }

    [Fact, Trait("Req", "UI-3")]
    public async Task An_english_customer_reads_the_chart_in_english_with_only_its_own_cases()
    {
        var client = await web.LoggedInAs(DemoAccounts.CustomerB);

        var html = await client.GetPageAsync("/");

        Assert.Contains(">Your cases at a glance</h2>", html, StringComparison.Ordinal);
        Assert.Equal([("New", "1"), ("In progress", "1"), ("Awaiting customer", "0"), ("Resolved (awaiting closure)", "0")], Rows(html, "open"));
        Assert.Matches("^Week of [0-9]{4}-[0-9]{2}-[0-9]{2} \\(this week\\)$", Rows(html, "alerts")[^1].Label);
        Assert.Contains("<summary>Show as table<span class=\"visually-hidden\">: Alerts per week (last 12 weeks)</span></summary>", html, StringComparison.Ordinal);
    }

    [Fact, Trait("Req", "AGT-1")]
    public async Task Staff_get_their_menu_without_the_chart_and_without_its_script()
    {
        var agent = await web.LoggedInAs(DemoAccounts.Agent);

        var html = await agent.GetPageAsync("/");

        Assert.DoesNotContain("home-chart", html, StringComparison.Ordinal);
        Assert.DoesNotContain("chart.umd.min.js", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_chart_library_and_its_script_are_served_by_the_portal()
    {
        var client = web.CreateBrowser();

        foreach (var path in new[] { "/lib/chart.js/chart.umd.min.js", "/js/home-chart.js" })
        {
            using var response = await client.GetAsync(path, Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        }
    }

    private static List<(string Label, string Count)> Rows(string html, string chart)
    {
        var block = Chart().Matches(html).Single(m => m.Groups["id"].Value == chart).Value;
        return [.. Row().Matches(block).Select(m => (m.Groups["label"].Value, m.Groups["count"].Value))];
    }

    [GeneratedRegex("<div class=\"col-lg-6 home-chart-(?<id>[a-z]+)\">.*?</details>", RegexOptions.Singleline)]
    private static partial Regex Chart();

    [GeneratedRegex("<tr><th scope=\"row\" class=\"fw-normal\">(?<label>[^<]*)</th><td class=\"text-end\">(?<count>[^<]*)</td></tr>")]
    private static partial Regex Row();
}
