using Portal.Infrastructure.Seeding;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests.Account;

/// <summary>UI-3: the display language is the user's own setting. Each test changes a profile, so each has its own portal.</summary>
[Trait("Req", "UI-3")]
public sealed class LanguageTests
{
    [Fact]
    public async Task Switching_to_English_from_the_user_menu_shows_home_in_English()
    {
        await using var web = new PortalWebFactory();
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);

        using var response = await client.SwitchLanguageAsync("/", "en");

        Assert.Equal("/", response.RedirectTarget());
        var home = await client.GetPageAsync("/");
        Assert.Equal("en", Browsing.HtmlLang(home));
        Assert.Contains("Customer Portal", home, StringComparison.Ordinal);
        Assert.Contains("Scheduled maintenance of the customer portal", home, StringComparison.Ordinal);
        Assert.Contains(">日本語</button>", home, StringComparison.Ordinal);
        Assert.DoesNotContain("お問い合わせ", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task English_stays_after_logging_out_and_in_again_on_another_browser()
    {
        await using var web = new PortalWebFactory();
        var first = await web.LoggedInAs(DemoAccounts.CustomerA);
        using var switched = await first.SwitchLanguageAsync("/", "en");
        using var logout = await first.LogOutAsync();

        var second = await web.LoggedInAs(DemoAccounts.CustomerA);

        var home = await second.GetPageAsync("/");
        Assert.Equal("en", Browsing.HtmlLang(home));
        Assert.Contains("Customer Portal", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_users_language_does_not_change_another_users_pages()
    {
        await using var web = new PortalWebFactory();
        var english = await web.LoggedInAs(DemoAccounts.CustomerA);
        using var switched = await english.SwitchLanguageAsync("/", "en");

        var other = await web.LoggedInAs(DemoAccounts.AdminA);

        Assert.Equal("ja", Browsing.HtmlLang(await other.GetPageAsync("/")));
    }
}
