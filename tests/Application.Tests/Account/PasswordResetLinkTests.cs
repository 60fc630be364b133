using FluentValidation;
using Microsoft.EntityFrameworkCore;
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
using Portal.Domain.LoginHistory;
using Portal.Infrastructure.Persistence;

namespace Portal.Application.Tests.Account;

/// <summary>AUTH-4 step ③ リセット: links work once, for 60 minutes; after a completed reset, none for 24 hours.</summary>
[Trait("Req", "AUTH-4")]
public class PasswordResetLinkTests
{
    private const string NewPassword = PasswordPolicyTests.Twelve;

    private static async Task<(Guid ContactId, string Token)> LinkAsync(PortalApp app)
    {
        await Resets.Request(app, Demo.CustomerA, Demo.CustomerAEmail);
        return await Resets.SingleLinkAsync(app);
    }

    private static async Task<SignInOutcome> SignInAsync(PortalApp app, string password) =>
        await app.Anonymous().Send(new SignIn(Demo.CustomerA, password, Resets.Ip, "tests"));

    [Fact, Trait("Req", "AUTH-8")]
    public async Task The_link_sets_a_new_password_once_and_the_old_password_stops_working()
    {
        await using var app = await PortalApp.StartAsync();
        var link = await LinkAsync(app);
        Assert.Equal(Demo.CustomerA, (await app.Send(new GetResetLink(link.ContactId, link.Token)))?.UserId);

        await app.Send(Resets.ResetWith(link, NewPassword));

        Assert.Equal(SignInOutcome.Refused, await SignInAsync(app, Demo.Password));
        Assert.NotEqual(SignInOutcome.Refused, await SignInAsync(app, NewPassword));
        Assert.Null(await app.Send(new GetResetLink(link.ContactId, link.Token)));
        var again = await Assert.ThrowsAsync<DomainRuleException>(() => app.Send(Resets.ResetWith(link, "Blue-Ocean-Tiger-58!")));
        Assert.Equal(ResetPassword.LinkInvalid, again.Code);
        Assert.Contains((LoginEventKind.PasswordResetCompleted, null), await Resets.HistoryAsync(app, Demo.CustomerA));
    }

    [Fact]
    public async Task The_link_works_for_60_minutes_and_not_a_minute_more()
    {
        await using var app = await PortalApp.StartAsync();
        var link = await LinkAsync(app);

        app.Clock.Advance(TimeSpan.FromMinutes(59));
        Assert.NotNull(await app.Send(new GetResetLink(link.ContactId, link.Token)));
        app.Clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Null(await app.Send(new GetResetLink(link.ContactId, link.Token)));
        var expired = await Assert.ThrowsAsync<DomainRuleException>(() => app.Send(Resets.ResetWith(link, NewPassword)));
        Assert.Equal(ResetPassword.LinkInvalid, expired.Code);
        Assert.NotEqual(SignInOutcome.Refused, await SignInAsync(app, Demo.Password));
    }

    [Fact]
    public async Task A_tampered_token_or_another_users_id_is_no_link()
    {
        await using var app = await PortalApp.StartAsync();
        var link = await LinkAsync(app);
        var other = await app.InScopeAsync(sp => sp.Db().Contacts.Where(c => c.UserId == Demo.CustomerB).Select(c => c.Id).SingleAsync());

        Assert.Null(await app.Send(new GetResetLink(link.ContactId, link.Token[..^2] + "AA")));
        Assert.Null(await app.Send(new GetResetLink(other, link.Token)));
        Assert.Null(await app.Send(new GetResetLink(link.ContactId, "not-a-token")));
    }

    [Fact]
    public async Task A_weak_new_password_is_refused_with_its_reasons_and_the_link_stays_usable()
    {
        await using var app = await PortalApp.StartAsync();
        var link = await LinkAsync(app);

        var refused = await Assert.ThrowsAsync<ValidationException>(() => app.Send(Resets.ResetWith(link, "Password123!")));
        var mismatch = await Assert.ThrowsAsync<ValidationException>(() =>
            app.Send(new ResetPassword(link.ContactId, link.Token, NewPassword, NewPassword + "x", Resets.Ip, "tests")));

        Assert.Contains(refused.Errors, e => e.PropertyName == nameof(ResetPassword.NewPassword) && e.ErrorCode == PasswordPolicy.Code(PasswordRule.NoDictionaryWord));
        Assert.Equal(PasswordValidation.MismatchCode, Assert.Single(mismatch.Errors).ErrorCode);
        await app.Send(Resets.ResetWith(link, NewPassword));
    }

    [Theory, Trait("Req", "MAIL-1")]
    [ClassData(typeof(BothDatabases))]
    public async Task After_a_completed_reset_no_link_is_sent_for_24_hours_and_the_owner_is_told_why(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        var link = await LinkAsync(app);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await app.Send(Resets.ResetWith(link, NewPassword));

        app.Clock.Advance(TimeSpan.FromHours(23));
        await Resets.Request(app, Demo.CustomerA, Demo.CustomerAEmail);
        var refusal = (await Resets.MailsAsync(app))[^1];
        Assert.Equal("パスワードのリセットを受け付けられませんでした", refusal.Subject);
        Assert.DoesNotContain("Account/Reset", refusal.TextBody, StringComparison.Ordinal);
        Assert.Contains("2026-11-25 09:01", refusal.TextBody, StringComparison.Ordinal); // 24 h after the reset, Tokyo time

        app.Clock.Advance(TimeSpan.FromHours(1));
        await Resets.Request(app, Demo.CustomerA, Demo.CustomerAEmail);
        var mails = await Resets.MailsAsync(app);
        Assert.Equal(3, mails.Count);
        Resets.LinkIn(mails[^1].TextBody);
        Assert.Equal([nameof(ResetDecision.LinkIssued), null, nameof(ResetDecision.CoolingDown), nameof(ResetDecision.LinkIssued)],
            (await Resets.HistoryAsync(app, Demo.CustomerA)).Select(h => h.Detail));
    }

    [Fact]
    public async Task A_disabled_contact_gets_no_link()
    {
        await using var app = await PortalApp.StartAsync();
        await app.InScopeAsync(async sp =>
        {
            var contact = await sp.Db().Contacts.SingleAsync(c => c.UserId == Demo.CustomerA);
            contact.Disable(Guid.NewGuid(), otherActiveAdmins: 1, app.Clock.GetUtcNow());
            await sp.Db().SaveChangesAsync();
        });

        await Resets.Request(app, Demo.CustomerA, Demo.CustomerAEmail);

        Assert.Empty(await Resets.MailsAsync(app));
    }
}
