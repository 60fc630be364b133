using System.Net;
using Portal.Infrastructure.Seeding;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests.Account;

/// <summary>AUTH-1 / AUTH-6: signing in with a user ID, pages behind the sign-in, logging out.</summary>
public sealed class LoginTests(PortalWebFactory web) : IClassFixture<PortalWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact, Trait("Req", "AUTH-1")]
    public async Task Demo_customer_signs_in_with_user_ID_and_password_and_lands_on_home()
    {
        var client = web.CreateBrowser();

        using var response = await client.LogInAsync(DemoAccounts.CustomerA, DemoAccounts.Password);

        Assert.Equal("/", response.RedirectTarget());
        var home = await client.GetPageAsync("/");
        Assert.Contains("山田 花子", home, StringComparison.Ordinal);
    }

    [Theory, Trait("Req", "AUTH-1")]
    [InlineData("/Cases?view=mine", "/Cases?view=mine")]
    [InlineData("https://evil.example/phish", "/")]
    [InlineData("//evil.example/phish", "/")]
    public async Task After_login_the_user_returns_to_the_page_asked_for_but_never_to_another_site(string returnUrl, string expected)
    {
        var client = web.CreateBrowser();

        using var response = await client.SubmitAsync($"/Account/Login?ReturnUrl={Uri.EscapeDataString(returnUrl)}",
            new Dictionary<string, string> { ["UserId"] = DemoAccounts.CustomerA, ["Password"] = DemoAccounts.Password });

        Assert.Equal(expected, response.RedirectTarget());
    }

    [Fact, Trait("Req", "AUTH-1")]
    public async Task Anonymous_visitor_of_home_is_sent_to_the_login_page()
    {
        var client = web.CreateBrowser();

        using var response = await client.GetAsync("/", Ct);

        Assert.StartsWith("/Account/Login?ReturnUrl=%2F", response.RedirectTarget(), StringComparison.Ordinal);
    }

    [Fact, Trait("Req", "AUTH-6")]
    public async Task After_logout_home_sends_the_user_back_to_the_login_page()
    {
        var client = await web.LoggedInAs(DemoAccounts.AdminA);

        using var logout = await client.LogOutAsync();

        Assert.StartsWith("/Account/Login?signedOut=", logout.RedirectTarget(), StringComparison.Ordinal);
        Assert.Contains("ログアウトしました。", await client.GetPageAsync(logout.RedirectTarget()), StringComparison.Ordinal);
        using var home = await client.GetAsync("/", Ct);
        Assert.StartsWith("/Account/Login", home.RedirectTarget(), StringComparison.Ordinal);
    }

    [Fact, Trait("Req", "AUTH-6")]
    public async Task Logout_by_a_plain_link_does_not_sign_the_user_out()
    {
        var client = await web.LoggedInAs(DemoAccounts.Agent);

        using var link = await client.GetAsync("/Account/Logout", Ct);

        using var home = await client.GetAsync("/", Ct);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }
}
