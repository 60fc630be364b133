using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Behaviours;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Mail;
using Portal.Application.Common.Outbox;
using Portal.Application.Common.Security;
using Portal.Domain.Common;
using Portal.Domain.Contacts;

namespace Portal.Application.Admin.Contacts;

/// <summary>ADM-3: the user ID rule that needs the database: unique portal-wide, whatever the letters' case.</summary>
internal static class UserIds
{
    public static async Task EnsureFreeAsync(IApplicationDbContext db, string userId, Guid contactId, CancellationToken cancellationToken)
    {
        if (await db.IsUserIdTakenAsync(userId, contactId, cancellationToken))
            throw Taken();
    }

    public static ValidationException Taken(string property = nameof(IContactFields.UserId)) =>
        new([new ValidationFailure(property, ValidationText.Get("UserId.Taken")) { ErrorCode = "UserId.Taken" }]);
}

internal static class ContactLinks
{
    public static ContactProfile Profile(IContactPerson fields) => new(fields.FirstName, fields.LastName, fields.Title,
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

/// <summary>What the admin commands share: loading a managed contact, the ADM-4 count, the stale-page refusal.</summary>
internal static class ContactAdmin
{
    /// <summary>
    /// A customer contact the caller may manage; another company's (outside the "Company" filter) is not found, nor is
    /// staff unless <paramref name="staffToo"/> (provider admins manage agents, AGT-3).
    /// </summary>
    public static async Task<Contact> LoadAsync(IApplicationDbContext db, Guid contactId, CancellationToken cancellationToken, bool staffToo = false) =>
        await db.Contacts.Include(c => c.Accounts).SingleOrDefaultAsync(c => c.Id == contactId && (staffToo || c.CompanyId != null), cancellationToken)
            ?? throw new NotFoundException();

    /// <summary>
    /// The company whose contacts the caller creates: a customer admin's own; for a provider admin the one it names,
    /// which must be a customer company (a missing or unknown one is a 404).
    /// </summary>
    public static async Task<Guid> CompanyToManageAsync(IApplicationDbContext db, ICurrentUser user, Guid? requested,
        CancellationToken cancellationToken)
    {
        if (user.CompanyId is { } own)
            return own;
        if (user.Role != Roles.ProviderAdmin)
            throw new ForbiddenAccessException();
        return requested is { } id && await db.Companies.AnyAsync(c => c.Id == id && !c.IsProvider, cancellationToken)
            ? id
            : throw new NotFoundException();
    }

    /// <summary>ADM-2, AUTH-4: the new user's sign-in account (no password yet) and its activation mail through the outbox.</summary>
    public static async Task ActivateAsync(Contact contact, IAccountSecurity security, IOutbox outbox, PortalOptions portal,
        CancellationToken cancellationToken)
    {
        await security.CreateUserAsync(contact.Id, contact.UserId, contact.Email, cancellationToken);
        EnqueueActivation(contact, outbox, portal);
    }

    /// <summary>AUTH-4: the activation mail of a contact whose sign-in account exists.</summary>
    public static void EnqueueActivation(Contact contact, IOutbox outbox, PortalOptions portal)
    {
        var link = new Uri(portal.BaseUrl,
            $"Account/Forgot?userId={Uri.EscapeDataString(contact.UserId)}&culture={MailText.Culture(contact.Language).Name}");
        outbox.EnqueueMail(ContactActivationMail.For(contact, link));
    }

    /// <summary>Active admins beside the contact: of its company, or for staff the other provider admins.</summary>
    public static Task<int> OtherActiveAdminsAsync(IApplicationDbContext db, Contact contact, CancellationToken cancellationToken)
    {
        var adminRole = contact.Role.IsProvider() ? ContactRole.ProviderAdmin : ContactRole.CustomerAdmin;
        return db.Contacts.CountAsync(c => c.CompanyId == contact.CompanyId && c.Id != contact.Id && c.IsActive && c.Role == adminRole,
            cancellationToken);
    }

    public static DomainRuleException ChangedMeanwhile() => Rule.Broken("Contact.ChangedMeanwhile");
}
