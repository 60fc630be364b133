using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Account.Commands.BeginTotpSetup;
using Portal.Application.Account.Commands.ConfirmTotp;
using Portal.Application.Account.Commands.DisableTotp;
using Portal.Application.Account.Commands.ForgetBrowser;
using Portal.Application.Account.Commands.SetEmailMfa;
using Portal.Application.Account.Commands.UpdateProfile;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.Common;
namespace Portal.Application.Account.Queries.GetProfile;

/// <summary>PROF-1 (guide 4.13): the signed-in user's own profile and sign-in settings, with its active sessions (AUTH-6).</summary>
public sealed record GetProfile : IQuery<ProfileView>, IAllowed
{
    public Roles Allowed => Roles.SignedIn;
}

public sealed record ProfileView(
    string UserId,
    string? FirstName,
    string LastName,
    string Email,
    string? Title,
    string? PhoneBusiness,
    string? PhoneMobile,
    Language Language,
    string TimeZone,
    bool AccessibilityEnabled,
    bool EmailMfaEnabled,
    AccountSecurityView Security,
    IReadOnlyList<PasskeyView> Passkeys,
    IReadOnlyList<UserSessionView> Sessions)
{
    /// <summary>AUTH-5 (f): the profile recommends MFA while the user has no second factor.</summary>
    public bool MfaOff => !EmailMfaEnabled && !Security.TotpEnabled;
}

public sealed class GetProfileHandler(IApplicationDbContext db, ICurrentUser user, IAccountSecurity security, IPasskeys passkeys,
    IUserSessions sessions) : IQueryHandler<GetProfile, ProfileView>
{
    public async ValueTask<ProfileView> Handle(GetProfile query, CancellationToken cancellationToken)
    {
        var contact = await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == user.ContactId, cancellationToken);
        return new ProfileView(contact.UserId, contact.FirstName, contact.LastName, contact.Email, contact.Title, contact.PhoneBusiness,
            contact.PhoneMobile, contact.Language, contact.TimeZone, contact.AccessibilityEnabled, contact.EmailMfaEnabled,
            await security.GetAsync(contact.Id, cancellationToken), await passkeys.ListAsync(contact.Id, cancellationToken),
            await sessions.ListAsync(contact.Id, cancellationToken));
    }
}
