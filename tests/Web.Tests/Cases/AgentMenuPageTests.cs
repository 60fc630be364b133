using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Common.Interfaces;
using Portal.Domain.Cases;
using Portal.Infrastructure.Identity;
using Portal.Infrastructure.Seeding;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests.Cases;

/// <summary>
/// AGT-1 / UI-1: the provider's staff get their own menu (queue, my cases, unassigned cases) on the home page
/// and in the main menu instead of the customer's tiles; every entry opens the case list with its filter.
/// Read-only, so one portal serves the class.
/// </summary>
[Trait("Req", "AGT-1")]
[Trait("Req", "UI-1")]
public sealed partial class AgentMenuPageTests(PortalWebFactory web) : IClassFixture<PortalWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DemoAccounts.Agent)]
    [InlineData(DemoAccounts.ProviderAdmin)]
    public async Task Staff_see_the_agent_menu_instead_of_the_customers_tiles(string userId)
    {
        var staff = await web.LoggedInAs(userId);
        using var japanese = await staff.SwitchLanguageAsync("/", "ja"); // another test of this host may have chosen English

        var html = await staff.GetPageAsync("/");

        Assert.Equal(["対応待ちケース", "自分の担当ケース", "未割り当てケース", "すべてのケース", "作業依頼の確認", "ナレッジ", "お知らせの管理", "アカウント管理"],
            TileTitles().Matches(html).Select(m => m.Groups["title"].Value));
        Assert.DoesNotContain("href=\"/Cases/New\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/WorkRequests\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"dropdown-item \" href=\"/Cases?f=assignee.eq.me\"", html, StringComparison.Ordinal); // the main menu's ケース drop-down too
    }

    [Fact]
    public async Task The_agent_menu_reads_in_english_too()
    {
        var agent = await web.LoggedInAs(DemoAccounts.Agent);
        using var switched = await agent.SwitchLanguageAsync("/", "en");

        var html = await agent.GetPageAsync("/");

        Assert.Equal(["Agent queue", "My cases", "Unassigned cases", "All cases", "Work requests to review", "Knowledge", "Announcements", "Account"],
            TileTitles().Matches(html).Select(m => m.Groups["title"].Value));
        Assert.Contains("Show the New and In-progress cases of every customer.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_entry_of_the_agent_menu_answers_with_the_cases_it_names()
    {
        var agent = await web.LoggedInAs(DemoAccounts.Agent);
        using var japanese = await agent.SwitchLanguageAsync("/", "ja"); // another test of this host may have chosen English
        var agentId = await InDatabaseAsync(db => db.Contacts.Where(c => c.UserId == DemoAccounts.Agent).Select(c => c.Id).SingleAsync(Ct));
        var links = TileLinks().Matches(await agent.GetPageAsync("/")).Select(m => WebUtility.HtmlDecode(m.Groups["href"].Value)).ToList();
        var expected = new Dictionary<string, Func<Case, bool>>
        {
            [links[0]] = c => c.Status is CaseStatus.New or CaseStatus.InProgress,
            [links[1]] = c => c.AssignedAgentId == agentId,
            [links[2]] = c => c.AssignedAgentId == null,
            [links[3]] = _ => true,
        };
        var cases = await InDatabaseAsync(db => db.Cases.AsNoTracking().ToListAsync(Ct));

        foreach (var (link, rule) in expected)
        {
            using var response = await agent.GetAsync(link, Ct);
            var html = await response.Content.ReadAsStringAsync(Ct);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{link}: {(int)response.StatusCode}");
            var wanted = cases.Where(rule).Select(c => c.Number).ToHashSet();
            Assert.True(wanted.Count > 0, link); // the demo world has cases of every kind
            Assert.Contains($"/ {wanted.Count} 件", html, StringComparison.Ordinal);
            Assert.All(CaseRows.Read(html), row => Assert.Contains(row.Number, wanted));
        }

        // The other entries (work requests, knowledge, account) lead to finished pages: no dead end.
        foreach (var link in links.Skip(4))
        {
            using var other = await agent.GetAsync(link, Ct);
            Assert.True(other.StatusCode == HttpStatusCode.OK, $"{link}: {(int)other.StatusCode}");
        }
    }

    [Fact]
    public async Task A_customer_does_not_see_the_agent_menu()
    {
        var customer = await web.LoggedInAs(DemoAccounts.CustomerA);

        var html = await customer.GetPageAsync("/");

        Assert.Equal(["お問い合わせ", "作業依頼", "ケース一覧", "ナレッジ", "サービス設定情報", "アカウント管理"],
            TileTitles().Matches(html).Select(m => m.Groups["title"].Value));
        Assert.DoesNotContain("対応待ちケース", html, StringComparison.Ordinal);
        Assert.DoesNotContain("assignee", html, StringComparison.Ordinal);
    }

    private async Task<T> InDatabaseAsync<T>(Func<IApplicationDbContext, Task<T>> read)
    {
        await using var scope = web.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().RunAsSystem();
        return await read(scope.ServiceProvider.GetRequiredService<IApplicationDbContext>());
    }

    [GeneratedRegex("<a class=\"tile\"[^>]*>.*?<h2>(?<title>[^<]*)</h2>", RegexOptions.Singleline)]
    private static partial Regex TileTitles();

    [GeneratedRegex("<a class=\"tile\" href=\"(?<href>[^\"]*)\"")]
    private static partial Regex TileLinks();
}
