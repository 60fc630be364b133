using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Behaviours;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
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

/// <summary>What the admin commands share: loading a managed contact, the ADM-4 count, the stale-page refusal.</summary>
internal static class ContactAdmin
{
    /// <summary>A customer contact the caller may manage; another company's (outside the "Company" filter) or staff is not found.</summary>
    public static async Task<Contact> LoadAsync(IApplicationDbContext db, Guid contactId, CancellationToken cancellationToken) =>
        await db.Contacts.Include(c => c.Accounts).SingleOrDefaultAsync(c => c.Id == contactId && c.CompanyId != null, cancellationToken)
            ?? throw new NotFoundException();

    public static Task<int> OtherActiveAdminsAsync(IApplicationDbContext db, Contact contact, CancellationToken cancellationToken) =>
        db.Contacts.CountAsync(c => c.CompanyId == contact.CompanyId && c.Id != contact.Id && c.IsActive && c.Role == ContactRole.CustomerAdmin,
            cancellationToken);

    public static DomainRuleException ChangedMeanwhile() => Rule.Broken("Contact.ChangedMeanwhile");
}
