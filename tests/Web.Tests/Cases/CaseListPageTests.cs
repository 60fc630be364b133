using Portal.Infrastructure.Seeding;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests.Cases;

/// <summary>CASE-4 (guide 4.8): the case list page. One portal serves the class; nothing here changes data.</summary>
[Trait("Req", "CASE-4")]
public sealed class CaseListPageTests(PortalWebFactory web) : IClassFixture<PortalWebFactory>
{
    [Fact, Trait("Req", "TEN-1")]
    public async Task A_customer_sees_its_cases_with_the_guides_columns_and_counts()
    {
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);

        var html = await client.GetPageAsync("/Cases");

        var rows = CaseRows.Read(html);
        Assert.Equal(6, rows.Count);
        Assert.Contains(rows, r => r.Subject == "端末の登録上限について");
        Assert.DoesNotContain(rows, r => r.Subject == "Monthly report delivery address");
        Assert.Contains("1~6 件目 / 6 件", html, StringComparison.Ordinal);
        foreach (var column in new[] { "ケース番号", "状況", "カテゴリ", "件名", "お客様番号", "ご契約者名", "サービス名", "お客様担当者名", "更新日時" })
            Assert.Contains($">{column}", html, StringComparison.Ordinal);
        Assert.Contains("解決済み（クローズ待ち）", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/Cases/{rows[0].Number}\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quick_view_tabs_narrow_the_list_and_keep_it_in_the_URL()
    {
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);

        var action = await client.GetPageAsync("/Cases?view=ActionNeeded");
        var alerts = await client.GetPageAsync("/Cases?view=Alerts");

        Assert.Equal(["iOS 18 でのアラート通知仕様", "端末の登録上限について"], CaseRows.Read(action).Select(r => r.Subject).Order(StringComparer.Ordinal));
        Assert.Contains("1~2 件目 / 2 件", action, StringComparison.Ordinal);
        Assert.Matches("<a class=\"nav-link active\" href=\"/Cases\\?view=ActionNeeded\" aria-current=\"page\">アクションが必要</a>", action);
        Assert.Equal("High severity detection: malicious app installed", Assert.Single(CaseRows.Read(alerts)).Subject);
        Assert.Contains(">すべて</a>", alerts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Headers_are_sort_links_that_keep_the_view_and_mark_the_sorted_column()
    {
        var client = await web.LoggedInAs(DemoAccounts.Agent);

        var html = await client.GetPageAsync("/Cases?view=ActionNeeded&sort=subject.asc");

        Assert.Contains("aria-sort=\"ascending\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/Cases?view=ActionNeeded&amp;sort=subject.desc\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/Cases?view=ActionNeeded&amp;sort=number.asc\"", html, StringComparison.Ordinal);
        var subjects = CaseRows.Read(html).Select(r => r.Subject).ToList();
        Assert.Equal(subjects.Order(StringComparer.Ordinal), subjects);
        Assert.Equal(2, subjects.Count);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_the_login_page()
    {
        var client = web.CreateBrowser();

        using var response = await client.GetAsync("/Cases", TestContext.Current.CancellationToken);

        Assert.StartsWith("/Account/Login", response.RedirectTarget(), StringComparison.Ordinal);
    }
}
