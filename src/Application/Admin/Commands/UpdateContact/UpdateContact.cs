using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Admin.Contacts;
using Portal.Application.Common.Concurrency;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.Common;
using Portal.Domain.Contacts;

namespace Portal.Application.Admin.Commands.UpdateContact;

/// <summary>
/// ADM-3 (guide 5.1.2, 5.1.4): an admin edits a contact of its own company — names, e-mail, phones, language,
/// time zone, user ID (unique portal-wide), admin flag (ADM-4: not the last active admin's own), e-mail MFA and
/// the linked customer numbers among those the admin sees. Carries the version the page showed (NFR-4).
/// </summary>
public sealed record UpdateContact(
    Guid ContactId,
    long Version,
    string? FirstName,
    string LastName,
    string? Title,
    string Email,
    string? PhoneBusiness,
    string? PhoneMobile,
    Language Language,
    string TimeZone,
    string UserId,
    bool IsAdmin,
    bool EmailMfaEnabled,
    IReadOnlyList<Guid> AccountIds) : ICommand, IAllowed, IContactFields, IVersionedCommand
{
    public Roles Allowed => Roles.CustomerAdmin | Roles.ProviderAdmin;
}

public sealed class UpdateContactValidator : ContactFieldsValidator<UpdateContact>;

public sealed class UpdateContactHandler(IApplicationDbContext db, IUnitOfWork unitOfWork, ICurrentUser user, IAccountSecurity security,
    TimeProvider clock) : ICommandHandler<UpdateContact>
{
    public async ValueTask<Unit> Handle(UpdateContact command, CancellationToken cancellationToken)
    {
        var contact = await ContactAdmin.LoadAsync(db, command.ContactId, cancellationToken);
        db.ExpectVersion(contact, command.Version, ContactAdmin.ChangedMeanwhile);
        var now = clock.GetUtcNow();
        contact.UpdateProfile(ContactLinks.Profile(command), now);
        if (!string.Equals(contact.Email, command.Email.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            contact.ChangeEmail(command.Email, now);
            await security.SetEmailAsync(contact.Id, contact.Email, cancellationToken);
        }

        if (command.UserId.Trim() != contact.UserId)
        {
            await UserIds.EnsureFreeAsync(db, command.UserId, contact.Id, cancellationToken);
            contact.ChangeUserId(command.UserId, now);
        }

        var role = command.IsAdmin ? ContactRole.CustomerAdmin : ContactRole.Customer;
        if (role != contact.Role)
            contact.SetRole(role, user.ContactId ?? Guid.Empty, await ContactAdmin.OtherActiveAdminsAsync(db, contact, cancellationToken), now);
        if (command.EmailMfaEnabled != contact.EmailMfaEnabled)
            contact.SetEmailMfa(command.EmailMfaEnabled, now);
        await RelinkAsync(contact, command.AccountIds, now, cancellationToken);

        try
        {
            await db.SaveExpectingVersionAsync(ContactAdmin.ChangedMeanwhile, cancellationToken);
        }
        catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException)
        {
            // The unique index on the user ID refused a concurrent taker of the same ID.
            await unitOfWork.RollbackAsync(CancellationToken.None);
            throw UserIds.Taken();
        }

        await security.SetUserIdAsync(contact.Id, contact.UserId, cancellationToken);
        return Unit.Value;
    }

    /// <summary>The links the admin sees become the chosen ones; links to customer numbers it does not see stay as they are.</summary>
    private async Task RelinkAsync(Contact contact, IReadOnlyList<Guid> chosen, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var accounts = await ContactLinks.AccountsAsync(db, contact.CompanyId!.Value, chosen, cancellationToken);
        foreach (var link in contact.Accounts.Where(a => !chosen.Contains(a.CustomerAccountId)).ToList())
            contact.UnlinkAccount(link.CustomerAccountId, now);
        foreach (var account in accounts.Where(a => !contact.IsLinkedTo(a.Id)))
            contact.LinkAccount(account.Id, account.CompanyId, now);
    }
}
