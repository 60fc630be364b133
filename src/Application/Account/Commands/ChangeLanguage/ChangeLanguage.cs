using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Account.Commands.ChangePassword;
using Portal.Application.Account.Commands.RequestPasswordReset;
using Portal.Application.Account.Commands.ResetPassword;
using Portal.Application.Account.Commands.SignIn;
using Portal.Application.Account.Commands.SignOut;
using Portal.Application.Admin.Commands.UnlockContact;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.Common;
using Portal.Domain.Contacts;
namespace Portal.Application.Account.Commands.ChangeLanguage;

/// <summary>UI-3: the user's display language, saved on its profile and applied at once (guide 4.13.5).</summary>
public sealed record ChangeLanguage(Language Language) : ICommand, IAllowed
{
    public Roles Allowed => Roles.SignedIn;
}

public sealed class ChangeLanguageHandler(IApplicationDbContext db, ICurrentUser user, ISignInService signIn, TimeProvider clock)
    : ICommandHandler<ChangeLanguage>
{
    public async ValueTask<Unit> Handle(ChangeLanguage command, CancellationToken cancellationToken)
    {
        var contact = await db.Contacts.SingleAsync(c => c.Id == user.ContactId, cancellationToken);
        contact.UpdateProfile(new ContactProfile(contact.FirstName, contact.LastName, contact.Title, contact.PhoneBusiness,
            contact.PhoneMobile, command.Language, contact.TimeZone, contact.AccessibilityEnabled), clock.GetUtcNow());
        await signIn.RefreshAsync(contact.Id);
        return Unit.Value;
    }
}
