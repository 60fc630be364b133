using System.Globalization;
using System.Resources;
using Portal.Domain.LoginHistory;
using Portal.Infrastructure.Seeding;
using Portal.Web.Resources;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests.Account;

/// <summary>UI-1 アカウント管理: the account menu behind the home tile.</summary>
[Trait("Req", "UI-1")]
public sealed class AccountMenuTests(PortalWebFactory web) : IClassFixture<PortalWebFactory>
{
    [Fact]
    public async Task A_customer_finds_login_history_and_profile_but_no_user_management()
    {
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);

        var html = await client.GetPageAsync("/Account");

        Assert.Contains("<a class=\"tile\" href=\"/Account/LoginHistory\">", html, StringComparison.Ordinal);
        Assert.Contains("<a class=\"tile\" href=\"/Account/Profile\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/Account/Users", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_customer_admin_also_finds_user_management()
    {
        var client = await web.LoggedInAs(DemoAccounts.AdminA);

        var html = await client.GetPageAsync("/Account");

        Assert.Contains("<a class=\"tile\" href=\"/Account/Users\">", html, StringComparison.Ordinal);
        Assert.Contains("ユーザー管理", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_the_login_page()
    {
        using var response = await web.CreateBrowser().GetAsync("/Account", TestContext.Current.CancellationToken);

        Assert.StartsWith("/Account/Login", response.RedirectTarget(), StringComparison.Ordinal);
    }

    [Fact, Trait("Req", "HIST-1")]
    public void Every_login_event_kind_has_a_Japanese_and_an_English_name()
    {
        var resources = new ResourceManager("Portal.Web.Resources.SharedResource", typeof(SharedResource).Assembly);
        var japanese = resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!;
        var english = resources.GetResourceSet(new CultureInfo("en"), createIfNotExists: true, tryParents: false)!;

        Assert.All(Enum.GetValues<LoginEventKind>(), kind =>
        {
            Assert.False(string.IsNullOrEmpty(japanese.GetString($"LoginEventKind.{kind}")), $"{kind} has no Japanese name");
            Assert.False(string.IsNullOrEmpty(english.GetString($"LoginEventKind.{kind}")), $"{kind} has no English name");
        });
    }
}
