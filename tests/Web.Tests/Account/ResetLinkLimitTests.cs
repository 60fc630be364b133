using Microsoft.Extensions.Time.Testing;
using Portal.Infrastructure.Seeding;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests.Account;

/// <summary>
/// AUTH-10 through the real pages: at most 3 reset mails per user ID in an hour (the requester always sees the
/// same "mail sent" page), and a new link voids the older ones. Each test has its own portal and clock.
/// </summary>
[Trait("Req", "AUTH-10")]
public sealed class ResetLinkLimitTests
{
    private const string Email = "user.a@example.com";
    private const string Invalid = "このリンクは無効です。";

    [Fact]
    public async Task The_fourth_reset_within_an_hour_shows_the_same_page_but_mails_nothing_and_an_hour_later_mails_again()
    {
        await using var web = new PortalWebFactory { Clock = new FakeTimeProvider(DateTimeOffset.UtcNow) };
        var client = web.CreateBrowser();
        for (var request = 1; request <= 4; request++)
        {
            using var sent = await client.RequestResetAsync(DemoAccounts.CustomerA, Email);
            Assert.Equal("/Account/Forgot?handler=Sent", sent.RedirectTarget());
        }

        Assert.Equal(3, (await ResetBrowsing.WaitingMailsAsync(web)).Count);

        web.Clock!.Advance(TimeSpan.FromMinutes(61));
        (await client.RequestResetAsync(DemoAccounts.CustomerA, Email)).Dispose();

        var mails = await ResetBrowsing.WaitingMailsAsync(web);
        Assert.Equal(4, mails.Count);
        Assert.Contains(DemoAccounts.CustomerA, await client.GetPageAsync(ResetBrowsing.LinkIn(mails[^1])), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_newer_link_voids_an_older_one_which_then_shows_the_invalid_link_page()
    {
        await using var web = new PortalWebFactory();
        var client = web.CreateBrowser();
        (await client.RequestResetAsync(DemoAccounts.CustomerA, Email)).Dispose();
        (await client.RequestResetAsync(DemoAccounts.CustomerA, Email)).Dispose();
        var mails = await ResetBrowsing.WaitingMailsAsync(web);
        var (older, newer) = (ResetBrowsing.LinkIn(mails[0]), ResetBrowsing.LinkIn(mails[1]));

        Assert.Contains(Invalid, await client.GetPageAsync(older), StringComparison.Ordinal);
        Assert.DoesNotContain(Invalid, await client.GetPageAsync(newer), StringComparison.Ordinal);
        using var reset = await client.ResetAsync(newer, "Blue-Ocean-Tiger-58!");
        Assert.Equal("/Account/Login?passwordReset=True", reset.RedirectTarget());
    }
}
