using System.Net;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests;

/// <summary>UI-3: the error pages exist in both languages; an anonymous visitor's choice is kept in a cookie.</summary>
[Trait("Req", "UI-3")]
public sealed class ErrorPageTests(PortalWebFactory web) : IClassFixture<PortalWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Unknown_page_shows_page_not_found_in_Japanese_by_default()
    {
        var client = web.CreateBrowser();

        using var response = await client.GetAsync("/no-such-page", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal("ja", Browsing.HtmlLang(html));
        Assert.Contains("ページが見つかりません", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_page_shows_page_not_found_in_English_after_the_visitor_chose_English()
    {
        var client = web.CreateBrowser();
        using var switched = await client.SwitchLanguageAsync("/Account/Login", "en");

        using var response = await client.GetAsync("/no-such-page", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal("en", Browsing.HtmlLang(html));
        Assert.Contains("Page not found", html, StringComparison.Ordinal);
        Assert.DoesNotContain("ページが見つかりません", html, StringComparison.Ordinal);
    }
}
