using Microsoft.Extensions.Time.Testing;
using Portal.Infrastructure.Seeding;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests.Account;

/// <summary>AUTH-5 (d): the profile lists the browsers that skip MFA, and forgetting one makes it ask again.</summary>
[Trait("Req", "AUTH-5")]
public sealed class RememberedBrowserTests
{
    [Fact]
    public async Task A_forgotten_browser_is_asked_for_a_code_again()
    {
        using var mail = new Mailbox();
        await using var web = new PortalWebFactory { Clock = new FakeTimeProvider(DateTimeOffset.UtcNow), SmtpPort = mail.Port };
        var client = web.CreateBrowser();
        await client.PasswordStepAsync(DemoAccounts.MfaCustomerA, DemoAccounts.Password);
        using (await client.ChooseAsync("EmailCode"))
        {
        }

        await mail.DeliverAsync(web, 1);
        using (await client.VerifyAsync("EmailCode", mail.LatestCodeFor("mfa.a@example.com"), remember: true))
        {
        }

        var profile = await client.GetPageAsync("/Account/Profile");
        Assert.Contains("192.0.2.10", profile, StringComparison.Ordinal); // the test host's client address
        var id = System.Text.RegularExpressions.Regex.Match(profile, "name=\"id\" value=\"(?<id>[0-9a-f-]{36})\"").Groups["id"].Value;
        using (await client.SubmitAsync("/Account/Profile", new Dictionary<string, string> { ["id"] = id }, "/Account/Profile?handler=ForgetBrowser"))
        using (await client.LogOutAsync())
        {
        }

        Assert.StartsWith("/Account/Mfa", await client.PasswordStepAsync(DemoAccounts.MfaCustomerA, DemoAccounts.Password), StringComparison.Ordinal);
    }
}
