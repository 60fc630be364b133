using Microsoft.EntityFrameworkCore;
using Portal.Application.Account.Commands.ChangeLanguage;
using Portal.Application.Account.Commands.ChangePassword;
using Portal.Application.Account.Commands.RequestPasswordReset;
using Portal.Application.Account.Commands.ResetPassword;
using Portal.Application.Account.Commands.SignIn;
using Portal.Application.Account.Commands.SignOut;
using Portal.Application.Admin.Commands.UnlockContact;
using Portal.Application.Tests.Support;
using Portal.Domain.LoginHistory;

namespace Portal.Application.Tests.Pipeline;

[Trait("Req", "AUTH-8")]
public class SignInTests
{
    [Fact]
    public async Task An_anonymous_caller_signs_in_with_the_right_password_and_the_login_is_recorded()
    {
        await using var app = await PortalApp.StartAsync();

        var signedIn = await app.Anonymous().Send(new SignIn(Demo.CustomerA, Demo.Password, "192.0.2.10", "tests"));

        Assert.Equal(SignInOutcome.SignedIn, signedIn);
        var recorded = Assert.Single(await EventsFromAsync(app, "192.0.2.10"));
        Assert.Equal((LoginEventKind.LoginSucceeded, Demo.CustomerA, "tests", app.Clock.GetUtcNow()),
            (recorded.Kind, recorded.UserId, recorded.UserAgent, recorded.OccurredAt));
        Assert.NotNull(recorded.ContactId);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_and_recorded_as_a_failed_login()
    {
        await using var app = await PortalApp.StartAsync();

        var signedIn = await app.Anonymous().Send(new SignIn(Demo.CustomerA, "Wrong-Password-2026!", "192.0.2.11", "tests"));
        app.Clock.Advance(TimeSpan.FromSeconds(5));
        var retried = await app.Send(new SignIn(Demo.CustomerA, Demo.Password, "192.0.2.11", "tests"));

        Assert.Equal(SignInOutcome.Refused, signedIn);
        Assert.Equal(SignInOutcome.SignedIn, retried);
        Assert.Equal([LoginEventKind.LoginFailed, LoginEventKind.LoginSucceeded], (await EventsFromAsync(app, "192.0.2.11")).Select(e => e.Kind));
    }

    [Fact]
    public async Task An_unknown_user_id_is_refused_and_recorded_with_what_was_typed()
    {
        await using var app = await PortalApp.StartAsync();

        var signedIn = await app.Anonymous().Send(new SignIn("nobody@example.com.fm", Demo.Password, "192.0.2.12", "tests"));

        Assert.Equal(SignInOutcome.Refused, signedIn);
        var recorded = Assert.Single(await EventsFromAsync(app, "192.0.2.12"));
        Assert.Equal((LoginEventKind.LoginFailed, "nobody@example.com.fm", (Guid?)null), (recorded.Kind, recorded.UserId, recorded.ContactId));
    }

    private static Task<List<LoginEvent>> EventsFromAsync(PortalApp app, string ip) =>
        app.InScopeAsync(sp => sp.Db().LoginEvents.Where(e => e.IpAddress == ip).OrderBy(e => e.OccurredAt).ToListAsync());
}
