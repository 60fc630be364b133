using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Application.Common.Behaviours;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Outbox;
using Portal.Application.Common.Security;
using Portal.Domain.Common;
using Portal.Domain.Contacts;

namespace Portal.Application.Admin.Commands.SaveContact;

/// <summary>
/// ADM-2 (guide 5.1.5): a customer admin creates a contact of its own company, linked to customer numbers it
/// sees itself; the new user gets an activation mail leading into the first-login flow (AUTH-4, guide 5.2).
/// Returns the new contact's id.
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
    IReadOnlyList<Guid> AccountIds) : ICommand<Guid>, IAllowed, IContactFields
{
    public Roles Allowed => Roles.CustomerAdmin;
}

public sealed class CreateContactValidator : ContactFieldsValidator<CreateContact>;

public sealed class CreateContactHandler(IApplicationDbContext db, IUnitOfWork unitOfWork, ICurrentUser user, IAccountSecurity security,
    IOutbox outbox, IOptions<PortalOptions> portal, TimeProvider clock) : ICommandHandler<CreateContact, Guid>
{
    public async ValueTask<Guid> Handle(CreateContact command, CancellationToken cancellationToken)
    {
        var companyId = user.CompanyId ?? throw new ForbiddenAccessException();
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

        await security.CreateUserAsync(contact.Id, contact.UserId, contact.Email, cancellationToken);
        outbox.EnqueueMail(ContactActivationMail.For(contact, new Uri(portal.Value.BaseUrl, $"Account/Forgot?userId={Uri.EscapeDataString(contact.UserId)}")));
        return contact.Id;
    }
}

/// <summary>ADM-3: the user ID rule that needs the database: unique portal-wide, whatever the letters' case.</summary>
internal static class UserIds
{
    public static async Task EnsureFreeAsync(IApplicationDbContext db, string userId, Guid contactId, CancellationToken cancellationToken)
    {
        if (await db.IsUserIdTakenAsync(userId, contactId, cancellationToken))
            throw Taken();
    }

    public static ValidationException Taken() =>
        new([new ValidationFailure(nameof(IContactFields.UserId), ValidationText.Get("UserId.Taken")) { ErrorCode = "UserId.Taken" }]);
}

internal static class ContactLinks
{
    public static ContactProfile Profile(IContactFields fields) => new(fields.FirstName, fields.LastName, fields.Title,
        fields.PhoneBusiness, fields.PhoneMobile, fields.Language, fields.TimeZone);

    /// <summary>The chosen customer numbers, each of the company and seen by the admin itself; any other is a field error.</summary>
    public static async Task<List<Domain.Companies.CustomerAccount>> AccountsAsync(IApplicationDbContext db, Guid companyId,
        IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        var accounts = await db.CustomerAccounts.Where(a => wanted.Contains(a.Id) && a.CompanyId == companyId).ToListAsync(cancellationToken);
        if (accounts.Count != wanted.Count)
            throw new ValidationException([new ValidationFailure(nameof(IContactFields.AccountIds), ValidationText.Get("Contact.UnknownAccount"))
            {
                ErrorCode = "Contact.UnknownAccount",
            }]);
        return accounts;
    }
}
