using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Application.Admin.Contacts;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Outbox;
using Portal.Application.Common.Security;
using Portal.Domain.Common;
using Portal.Domain.Contacts;

namespace Portal.Application.Admin.Commands.CreateContact;

/// <summary>
/// ADM-2 (guide 5.1.5): a customer admin creates a contact of its own company, linked to customer numbers it
/// sees itself; the new user gets an activation mail leading into the first-login flow (AUTH-4, guide 5.2).
/// A provider admin (AGT-3) names the company in <see cref="CompanyId"/>; a customer admin's own company is used
/// whatever it says. Returns the new contact's id.
/// </summary>
public sealed record CreateContact(
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
    IReadOnlyList<Guid> AccountIds,
    Guid? CompanyId = null) : ICommand<Guid>, IAllowed, IContactFields
{
    public Roles Allowed => Roles.CustomerAdmin | Roles.ProviderAdmin;
}

public sealed class CreateContactValidator : ContactFieldsValidator<CreateContact>;

public sealed class CreateContactHandler(IApplicationDbContext db, IUnitOfWork unitOfWork, ICurrentUser user, IAccountSecurity security,
    IOutbox outbox, IOptions<PortalOptions> portal, TimeProvider clock) : ICommandHandler<CreateContact, Guid>
{
    public async ValueTask<Guid> Handle(CreateContact command, CancellationToken cancellationToken)
    {
        var companyId = await ContactAdmin.CompanyToManageAsync(db, user, command.CompanyId, cancellationToken);
        await UserIds.EnsureFreeAsync(db, command.UserId, Guid.Empty, cancellationToken);
        var accounts = await ContactLinks.AccountsAsync(db, companyId, command.AccountIds, cancellationToken);

        var now = clock.GetUtcNow();
        var contact = Contact.Create(companyId, command.UserId, command.Email, ContactLinks.Profile(command),
            command.IsAdmin ? ContactRole.CustomerAdmin : ContactRole.Customer, command.EmailMfaEnabled, now);
        foreach (var account in accounts)
            contact.LinkAccount(account.Id, account.CompanyId, now);
        db.Contacts.Add(contact);
        try
        {
            // The contact first, then its sign-in account: the unique index on the user ID decides a race.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException)
        {
            await unitOfWork.RollbackAsync(CancellationToken.None);
            throw UserIds.Taken();
        }

        await ContactAdmin.ActivateAsync(contact, security, outbox, portal.Value, cancellationToken);
        return contact.Id;
    }
}
