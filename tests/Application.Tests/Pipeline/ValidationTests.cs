using System.Globalization;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Account.Commands.ChangeLanguage;
using Portal.Application.Account.Commands.ChangePassword;
using Portal.Application.Account.Commands.RequestPasswordReset;
using Portal.Application.Account.Commands.ResetPassword;
using Portal.Application.Account.Commands.SignIn;
using Portal.Application.Account.Commands.SignOut;
using Portal.Application.Admin.Commands.UnlockContact;
using Portal.Application.Tests.Support;

namespace Portal.Application.Tests.Pipeline;

/// <summary>The validation behaviour: FluentValidation failures, in the caller's UI language (UI-3).</summary>
[Trait("Req", "UI-3")]
public class ValidationTests
{
    [Fact]
    public async Task An_empty_user_id_is_refused_in_Japanese_for_a_Japanese_caller()
    {
        await using var app = await PortalApp.StartAsync();

        var message = await UserIdErrorAsync(app, "ja-JP");

        Assert.Equal("ユーザーIDを入力してください。", message);
    }

    [Fact]
    public async Task An_empty_user_id_is_refused_in_English_for_an_English_caller()
    {
        await using var app = await PortalApp.StartAsync();

        var message = await UserIdErrorAsync(app, "en-US");

        Assert.Equal("Enter the user ID.", message);
    }

    [Fact, Trait("Req", "AUTH-8")]
    public async Task A_refused_sign_in_never_reaches_the_handler()
    {
        await using var app = await PortalApp.StartAsync();
        var before = await app.InScopeAsync(sp => sp.Db().LoginEvents.CountAsync());

        await Assert.ThrowsAsync<ValidationException>(() => app.Send(new SignIn(" ", Demo.Password, "192.0.2.20", "tests")));

        Assert.Equal(before, await app.InScopeAsync(sp => sp.Db().LoginEvents.CountAsync()));
    }

    /// <summary>Sends a sign-in with an empty user ID under <paramref name="culture"/>; returns the user ID's error message.</summary>
    private static async Task<string> UserIdErrorAsync(PortalApp app, string culture)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var error = await Assert.ThrowsAsync<ValidationException>(() => app.Send(new SignIn("", Demo.Password, null, null)));
            return Assert.Single(error.Errors, e => e.PropertyName == nameof(SignIn.UserId)).ErrorMessage;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
