using Portal.Application.Account.Commands.ChangeLanguage;
using Portal.Application.Account.Commands.ChangePassword;
using Portal.Application.Account.Commands.RequestPasswordReset;
using Portal.Application.Account.Commands.ResetPassword;
using Portal.Application.Account.Commands.SignIn;
using Portal.Application.Account.Commands.SignOut;
using Portal.Application.Admin.Commands.UnlockContact;
using Portal.Application.Announcements.Queries.ListHomeAnnouncements;
using Portal.Application.Common.Exceptions;
using Portal.Application.Tests.Support;
using Portal.Domain.Common;

namespace Portal.Application.Tests.Pipeline;

/// <summary>The authorization behaviour: requests for signed-in users are refused to anonymous callers.</summary>
public class AuthorizationTests
{
    [Fact, Trait("Req", "ANN-1")]
    public async Task Home_announcements_are_refused_to_an_anonymous_caller()
    {
        await using var app = await PortalApp.StartAsync();

        await Assert.ThrowsAsync<UnauthenticatedException>(() => app.Anonymous().Send(new ListHomeAnnouncements()));
    }

    [Fact, Trait("Req", "UI-3")]
    public async Task Changing_the_language_is_refused_to_an_anonymous_caller()
    {
        await using var app = await PortalApp.StartAsync();

        await Assert.ThrowsAsync<UnauthenticatedException>(() => app.Anonymous().Send(new ChangeLanguage(Language.English)));
    }
}
