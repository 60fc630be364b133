using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Account.Commands.BeginTotpSetup;
using Portal.Application.Account.Commands.ConfirmTotp;
using Portal.Application.Account.Commands.DisableTotp;
using Portal.Application.Account.Commands.ForgetBrowser;
using Portal.Application.Account.Commands.SetEmailMfa;
using Portal.Application.Account.Queries.GetProfile;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.Common;
using Portal.Domain.Contacts;
namespace Portal.Application.Account.Commands.UpdateProfile;

/// <summary>
/// PROF-1 (guide 4.13.1, 4.13.2, 4.13.5): name, e-mail (effective at once), title, phones, language,
/// time zone, accessibility. The sign-in cookie is re-issued so language and zone apply on the next page.
/// </summary>
public sealed record UpdateProfile(
    string? FirstName,
    string LastName,
    string Email,
    string? Title,
    string? PhoneBusiness,
    string? PhoneMobile,
    Language Language,
    string TimeZone,
    bool AccessibilityEnabled) : ICommand, IAllowed
{
    public Roles Allowed => Roles.SignedIn;
}

public sealed class UpdateProfileValidator : AbstractValidator<UpdateProfile>
{
    public UpdateProfileValidator()
    {
        RuleFor(x => x.LastName).NotEmpty().MaximumLength(Contact.NameMax);
        RuleFor(x => x.FirstName).MaximumLength(Contact.NameMax);
        RuleFor(x => x.Email).NotEmpty().EmailAddress().MaximumLength(Contact.EmailMax);
        RuleFor(x => x.Title).MaximumLength(Contact.TitleMax);
        RuleFor(x => x.PhoneBusiness).MaximumLength(Contact.PhoneMax).Matches(Phone);
        RuleFor(x => x.PhoneMobile).MaximumLength(Contact.PhoneMax).Matches(Phone);
        RuleFor(x => x.Language).IsInEnum();
        RuleFor(x => x.TimeZone).Cascade(CascadeMode.Stop).NotEmpty().MaximumLength(Contact.TimeZoneMax)
            .Must(zone => TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _)).WithErrorCode("TimeZone.Unknown");
    }

    private const string Phone = @"^[0-9+\-() ]*$";
}

public sealed class UpdateProfileHandler(IApplicationDbContext db, ICurrentUser user, IAccountSecurity security, ISignInService signIn,
    TimeProvider clock) : ICommandHandler<UpdateProfile>
{
    public async ValueTask<Unit> Handle(UpdateProfile command, CancellationToken cancellationToken)
    {
        var contact = await db.Contacts.SingleAsync(c => c.Id == user.ContactId, cancellationToken);
        var now = clock.GetUtcNow();
        contact.UpdateProfile(new ContactProfile(command.FirstName, command.LastName, command.Title, command.PhoneBusiness,
            command.PhoneMobile, command.Language, command.TimeZone, command.AccessibilityEnabled), now);
        if (!string.Equals(contact.Email, command.Email.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            contact.ChangeEmail(command.Email, now);
            await security.SetEmailAsync(contact.Id, contact.Email, cancellationToken);
        }

        await signIn.RefreshAsync(contact.Id);
        return Unit.Value;
    }
}
