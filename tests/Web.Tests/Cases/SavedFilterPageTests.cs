using System.Net;
using Portal.Infrastructure.Seeding;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests.Cases;

/// <summary>CASE-6 on the case list page: save, confirm an overwrite, load; shared only within the company (TEN-1).</summary>
[Trait("Req", "CASE-6")]
public sealed class SavedFilterPageTests(PortalWebFactory web) : IClassFixture<PortalWebFactory>
{
    private const string SaveHandler = "/Cases?handler=SaveFilter";

    [Fact]
    public async Task Saving_under_a_taken_name_asks_before_overwriting()
    {
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);
        using (var saved = await SaveAsync(client, "サービス案件", "status.eq.Resolved", overwrite: false))
        {
            Assert.Equal("/Cases?f=status.eq.Resolved", saved.RedirectTarget());
            Assert.Contains("フィルター「サービス案件」を保存しました。", await client.GetPageAsync(saved.RedirectTarget()), StringComparison.Ordinal);
        }

        using var taken = await SaveAsync(client, "サービス案件", "status.eq.Closed", overwrite: false);
        var html = await taken.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, taken.StatusCode);
        Assert.Contains("フィルター「サービス案件」はすでに保存されています。上書きしますか？", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"overwrite\" value=\"true\" />", html, StringComparison.Ordinal);
        Assert.Contains("class=\"dropdown-item\" href=\"/Cases?f=status.eq.Resolved\"", await client.GetPageAsync("/Cases"), StringComparison.Ordinal);

        using var confirmed = await SaveAsync(client, "サービス案件", "status.eq.Closed", overwrite: true);
        var after = await client.GetPageAsync(confirmed.RedirectTarget());

        Assert.Contains("フィルター「サービス案件」を上書きして保存しました。", after, StringComparison.Ordinal);
        Assert.Contains("class=\"dropdown-item\" href=\"/Cases?f=status.eq.Closed\"", after, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"dropdown-item\" href=\"/Cases?f=status.eq.Resolved\"", after, StringComparison.Ordinal);
    }

    [Fact, Trait("Req", "TEN-1")]
    public async Task A_filter_shared_with_company_A_is_listed_for_A_only_and_its_link_shows_each_user_only_its_cases()
    {
        var a = await web.LoggedInAs(DemoAccounts.CustomerA);
        using (var saved = await SaveAsync(a, "A社で共有", "category.eq.Service", overwrite: false, visibility: "Company"))
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var admin = await web.LoggedInAs(DemoAccounts.AdminA);
        var b = await web.LoggedInAs(DemoAccounts.CustomerB);

        Assert.Contains("A社で共有", await admin.GetPageAsync("/Cases"), StringComparison.Ordinal);
        Assert.Contains("山田 花子 さんが共有", await admin.GetPageAsync("/Cases"), StringComparison.Ordinal);
        Assert.DoesNotContain("A社で共有", await b.GetPageAsync("/Cases"), StringComparison.Ordinal);
        var seenByB = CaseRows.Read(await b.GetPageAsync("/Cases?f=category.eq.Service"));
        Assert.Equal(["Monthly report delivery address"], seenByB.Select(r => r.Subject));
    }

    [Fact]
    public async Task An_agent_is_not_offered_sharing_with_a_company_and_is_refused_if_it_tries()
    {
        var client = await web.LoggedInAs(DemoAccounts.Agent);
        Assert.DoesNotContain("id=\"save-filter-company\"", await client.GetPageAsync("/Cases"), StringComparison.Ordinal);

        using var response = await SaveAsync(client, "全社向け", "status.eq.New", overwrite: false, visibility: "Company");
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("会社で共有できるのはお客様のアカウントだけです。", html, StringComparison.Ordinal);
        Assert.DoesNotContain("全社向け", await client.GetPageAsync("/Cases"), StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> SaveAsync(HttpClient client, string name, string filter, bool overwrite, string visibility = "Me") =>
        client.SubmitAsync("/Cases", new Dictionary<string, string>
        {
            ["name"] = name,
            ["visibility"] = visibility,
            ["overwrite"] = overwrite ? "true" : "false",
            ["view"] = "All",
            ["f"] = filter,
            ["sort"] = "",
        }, SaveHandler);
}
