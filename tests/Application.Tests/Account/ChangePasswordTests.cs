using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Account.Commands.ChangeLanguage;
using Portal.Application.Account.Commands.ChangePassword;
using Portal.Application.Account.Commands.RequestPasswordReset;
using Portal.Application.Account.Commands.ResetPassword;
using Portal.Application.Account.Commands.SignIn;
using Portal.Application.Account.Commands.SignOut;
using Portal.Application.Account.Passwords;
using Portal.Application.Admin.Commands.UnlockContact;
using Portal.Application.Common.Exceptions;
using Portal.Application.Tests.Account.Passwords;
using Portal.Application.Tests.Support;
using Portal.Domain.LoginHistory;

namespace Portal.Application.Tests.Account;

/// <summary>AUTH-7 (guide 4.13.4): current, new and confirmed password, with the AUTH-3 policy.</summary>
[Trait("Req", "AUTH-7")]
public class ChangePasswordTests
{
    private const string NewPassword = PasswordPolicyTests.Twelve;

    private static ChangePassword Change(string current, string next, string? confirm = null) =>
        new(current, next, confirm ?? next, Resets.Ip, "tests");

    private static async Task<SignInOutcome> SignInAsync(PortalApp app, string password) =>
        await app.Anonymous().Send(new SignIn(Demo.CustomerA, password, Resets.Ip, "tests"));

    private static Task<List<LoginEventKind>> KindsAsync(PortalApp app) =>
        app.InScopeAsync(sp => sp.Db().LoginEvents.Where(e => e.UserId == Demo.CustomerA && e.IpAddress == Resets.Ip)
            .OrderBy(e => e.OccurredAt).Select(e => e.Kind).ToListAsync());

    [Fact, Trait("Req", "AUTH-8")]
    public async Task The_new_password_works_and_the_old_one_no_longer_does()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.CustomerA);

        Assert.True(await app.Send(Change(Demo.Password, NewPassword)));

        Assert.Equal(SignInOutcome.Refused, await SignInAsync(app, Demo.Password));
        Assert.NotEqual(SignInOutcome.Refused, await SignInAsync(app, NewPassword));
        Assert.Contains(LoginEventKind.PasswordChanged, await KindsAsync(app));
    }

    [Fact]
    public async Task A_wrong_current_password_changes_nothing()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.CustomerA);

        Assert.False(await app.Send(Change("Wrong-Password-2026!", NewPassword)));

        Assert.NotEqual(SignInOutcome.Refused, await SignInAsync(app, Demo.Password));
    }

    [Fact, Trait("Req", "AUTH-2")]
    public async Task Five_wrong_current_passwords_lock_the_account_like_five_wrong_sign_ins()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.CustomerA);
        for (var attempt = 1; attempt <= 5; attempt++)
            Assert.False(await app.Send(Change($"Wrong-Password-{attempt}!", NewPassword)));

        Assert.False(await app.Send(Change(Demo.Password, NewPassword))); // locked: not even the right one

        Assert.Contains(LoginEventKind.LockedOut, await KindsAsync(app));
        Assert.Equal(SignInOutcome.Refused, await SignInAsync(app, Demo.Password));
    }

    [Theory, Trait("Req", "AUTH-3")]
    [InlineData("Aaaaaaaaaaa1!", nameof(PasswordRule.NoRepeats))]
    [InlineData("user.a@example.com.fm", nameof(PasswordRule.AllowedCharacters))]
    [InlineData("Zq8#Example-Wolf42", nameof(PasswordRule.NoPersonalInfo))] // "example" from the user ID user.a@example.com.fm
    [InlineData(Demo.Password, "SameAsCurrent")]
    public async Task A_new_password_against_the_policy_is_refused_with_the_rule_it_breaks(string next, string rule)
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.CustomerA);

        var refused = await Assert.ThrowsAsync<ValidationException>(() => app.Send(Change(Demo.Password, next)));

        Assert.Contains(refused.Errors, e => e.PropertyName == nameof(ChangePassword.NewPassword) && e.ErrorCode == $"Password.{rule}");
    }

    [Fact]
    public async Task The_confirmation_must_repeat_the_new_password()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.CustomerA);

        var refused = await Assert.ThrowsAsync<ValidationException>(() => app.Send(Change(Demo.Password, NewPassword, NewPassword + "!")));

        Assert.Equal(nameof(ChangePassword.ConfirmPassword), Assert.Single(refused.Errors).PropertyName);
    }

    [Fact]
    public async Task An_anonymous_caller_cannot_change_a_password()
    {
        await using var app = await PortalApp.StartAsync();

        await Assert.ThrowsAsync<UnauthenticatedException>(() => app.Anonymous().Send(Change(Demo.Password, NewPassword)));
    }
}
