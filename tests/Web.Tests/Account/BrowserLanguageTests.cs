using System.Net;
using Portal.Infrastructure.Seeding;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests.Account;

/// <summary>
/// UI-3: before sign-in the pages follow the visitor's choice (the language cookie), then the browser's
/// Accept-Language; after sign-in, the profile's language.
/// </summary>
[Trait("Req", "UI-3")]
public sealed class BrowserLanguageTests(PortalWebFactory web) : IClassFixture<PortalWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient BrowserIn(string acceptLanguage)
    {
        var client = web.CreateBrowser();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);
        return client;
    }

    [Theory]
    [InlineData("/Account/Login", "Sign in")]
    [InlineData("/Account/Forgot", "Forgot your password")]
    [InlineData("/Account/Reset?user=00000000-0000-0000-0000-000000000001&token=x", "Reset your password")]
    public async Task An_English_browser_gets_the_anonymous_pages_in_English(string page, string title)
    {
        var client = BrowserIn("en-GB,en;q=0.9,ja;q=0.5");

        var html = await client.GetPageAsync(page);

        Assert.Equal("en", Browsing.HtmlLang(html));
        Assert.Contains(title, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_English_browser_gets_the_error_page_in_English()
    {
        var client = BrowserIn("en");

        using var response = await client.GetAsync("/no-such-page", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr-FR,de;q=0.8")]
    [InlineData("ja-JP,en;q=0.8")]
    [InlineData("en;q=0")]
    public async Task Other_browsers_get_Japanese(string acceptLanguage)
    {
        var client = BrowserIn(acceptLanguage);

        Assert.Equal("ja", Browsing.HtmlLang(await client.GetPageAsync("/Account/Login")));
    }

    [Fact]
    public async Task The_visitors_choice_comes_before_the_browsers_language()
    {
        var client = BrowserIn("en-US");
        using var switched = await client.SwitchLanguageAsync("/Account/Login", "ja");

        Assert.Equal("ja", Browsing.HtmlLang(await client.GetPageAsync("/Account/Login")));
    }

    [Fact]
    public async Task A_signed_in_user_keeps_the_profiles_language_in_an_English_browser()
    {
        var client = BrowserIn("en-US");
        using var login = await client.LogInAsync(DemoAccounts.CustomerA, DemoAccounts.Password);

        Assert.Equal("ja", Browsing.HtmlLang(await client.GetPageAsync("/")));
    }
}
