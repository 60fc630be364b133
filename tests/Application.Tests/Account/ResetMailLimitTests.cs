using Portal.Application.Account.Commands.ChangeLanguage;
using Portal.Application.Account.Commands.ChangePassword;
using Portal.Application.Account.Commands.RequestPasswordReset;
using Portal.Application.Account.Commands.ResetPassword;
using Portal.Application.Account.Commands.SignIn;
using Portal.Application.Account.Commands.SignOut;
using Portal.Application.Account.Passwords;
using Portal.Application.Account.Queries.GetResetLink;
using Portal.Application.Admin.Commands.UnlockContact;
using Portal.Application.Tests.Account.Passwords;
using Portal.Application.Tests.Support;
using Portal.Domain.Common;
using Portal.Infrastructure.Persistence;

namespace Portal.Application.Tests.Account;

/// <summary>AUTH-10: at most 3 reset mails per user ID in any hour, and a new link voids the older ones.</summary>
[Trait("Req", "AUTH-10")]
public class ResetMailLimitTests
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_fourth_reset_mail_within_the_hour_is_not_sent_and_one_is_again_an_hour_after_the_first(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        for (var request = 1; request <= 3; request++)
        {
            await Resets.Request(app, Demo.CustomerA, Demo.CustomerAEmail);
            app.Clock.Advance(TimeSpan.FromMinutes(10));
        }

        await Resets.Request(app, Demo.CustomerA, Demo.CustomerAEmail); // 30 minutes after the first
        Assert.Equal(3, (await Resets.MailsAsync(app)).Count);

        app.Clock.Advance(TimeSpan.FromMinutes(30)); // the first mail is an hour old: two remain in the window
        await Resets.Request(app, Demo.CustomerA, Demo.CustomerAEmail);
        await Resets.Request(app, Demo.CustomerA, Demo.CustomerAEmail);

        Assert.Equal(4, (await Resets.MailsAsync(app)).Count);
        Assert.Equal([.. Enumerable.Repeat(nameof(ResetDecision.LinkIssued), 3), nameof(ResetDecision.MailLimitReached),
                nameof(ResetDecision.LinkIssued), nameof(ResetDecision.MailLimitReached)],
            (await Resets.HistoryAsync(app, Demo.CustomerA)).Select(h => h.Detail));
    }

    [Fact]
    public async Task A_new_link_voids_the_older_one()
    {
        await using var app = await PortalApp.StartAsync();
        await Resets.Request(app, Demo.CustomerA, Demo.CustomerAEmail);
        await Resets.Request(app, Demo.CustomerA, Demo.CustomerAEmail);
        var mails = await Resets.MailsAsync(app);
        var (older, newer) = (Resets.LinkIn(mails[0].TextBody), Resets.LinkIn(mails[1].TextBody));

        Assert.Null(await app.Send(new GetResetLink(older.ContactId, older.Token)));
        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => app.Send(Resets.ResetWith(older, PasswordPolicyTests.Twelve)));
        Assert.Equal(ResetPassword.LinkInvalid, refused.Code);
        Assert.Equal(Demo.CustomerA, (await app.Send(new GetResetLink(newer.ContactId, newer.Token)))?.UserId);
        await app.Send(Resets.ResetWith(newer, PasswordPolicyTests.Twelve));
    }

    [Fact]
    public async Task Cool_down_notices_count_toward_the_limit_so_the_owner_is_not_flooded()
    {
        await using var app = await PortalApp.StartAsync();
        await Resets.Request(app, Demo.CustomerA, Demo.CustomerAEmail);
        await app.Send(Resets.ResetWith(await Resets.SingleLinkAsync(app), PasswordPolicyTests.Twelve));

        for (var request = 1; request <= 5; request++)
            await Resets.Request(app, Demo.CustomerA, Demo.CustomerAEmail);

        var mails = await Resets.MailsAsync(app);
        Assert.Equal(3, mails.Count); // the link and two notices
        Assert.All(mails.Skip(1), m => Assert.Equal("パスワードのリセットを受け付けられませんでした", m.Subject));
    }
}
