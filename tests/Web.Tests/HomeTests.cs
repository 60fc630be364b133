using System.Text.RegularExpressions;
using Portal.Infrastructure.Seeding;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests;

/// <summary>UI-1: what a signed-in customer sees on the home page. Read-only, so one portal serves the class.</summary>
[Trait("Req", "UI-1")]
public sealed partial class HomeTests(PortalWebFactory web) : IClassFixture<PortalWebFactory>
{
    [Fact]
    public async Task Customer_sees_the_active_announcements_in_the_banner_and_the_list_but_not_the_expired_one()
    {
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);

        var html = await client.GetPageAsync("/");

        Assert.Equal("ja", Browsing.HtmlLang(html));
        var banner = string.Concat(Banners().Matches(html).Select(m => m.Value));
        Assert.Contains("カスタマーポータル定期メンテナンスのお知らせ", banner, StringComparison.Ordinal);
        Assert.Contains("Falcon Mobile センサー新バージョン提供開始", banner, StringComparison.Ordinal);
        var list = AnnouncementList().Match(html).Value;
        Assert.Contains("カスタマーポータル定期メンテナンスのお知らせ", list, StringComparison.Ordinal);
        Assert.Contains("Falcon Mobile センサー新バージョン提供開始", list, StringComparison.Ordinal);
        Assert.DoesNotContain("年末年始の受付時間について", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Customer_sees_the_six_tiles_in_the_guides_order()
    {
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);

        var html = await client.GetPageAsync("/");

        Assert.Equal(["お問い合わせ", "作業依頼", "ケース一覧", "ナレッジ", "サービス設定情報", "アカウント管理"],
            TileTitles().Matches(html).Select(m => m.Groups["title"].Value));
    }

    [Fact]
    public async Task Customer_sees_the_configured_sibling_portals_as_links()
    {
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);

        var html = await client.GetPageAsync("/");

        Assert.Contains("<a href=\"https://cspm.portal.example.fm/\" rel=\"noopener\">マネージド CSPM カスタマーポータル</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://mobile.portal.example.fm/\" rel=\"noopener\">モバイルセキュリティ カスタマーポータル</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://soar.portal.example.fm/\" rel=\"noopener\">マネージド SOAR カスタマーポータル</a>", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("<div class=\"[^\"]*announcement-banner[^\"]*\".*?</div>\\s*</div>", RegexOptions.Singleline)]
    private static partial Regex Banners();

    [GeneratedRegex("<section[^>]*aria-labelledby=\"announcements-heading\".*?</section>", RegexOptions.Singleline)]
    private static partial Regex AnnouncementList();

    [GeneratedRegex("<a class=\"tile\"[^>]*>.*?<h2>(?<title>[^<]*)</h2>", RegexOptions.Singleline)]
    private static partial Regex TileTitles();
}
