using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.Common;
using Portal.Domain.Contacts;

namespace Portal.Application.Admin.Queries.GetContact;

/// <summary>A customer number the contact may be linked to (only its own company's, TEN-1).</summary>
public sealed record AccountChoice(Guid Id, string Number, string? Name);

/// <summary>The contact page (guide 5.1.2–5.1.4): its fields, the version shown, and what the actions menu offers.</summary>
public sealed record ContactDetail(
    Guid Id,
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
    ContactRole Role,
    bool EmailMfaEnabled,
    bool IsActive,
    bool IsLocked,
    IReadOnlySet<Guid> LinkedAccountIds,
    IReadOnlyList<AccountChoice> Accounts,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public string DisplayName => Contact.FormatName(FirstName, LastName);

    public bool IsAdmin => Role == ContactRole.CustomerAdmin;
}

/// <summary>ADM-3: one contact of the admin's company; another company's is the same 404 as an unknown one.</summary>
public sealed record GetContact(Guid ContactId) : IQuery<ContactDetail>, IAllowed
{
    public Roles Allowed => Roles.CustomerAdmin | Roles.ProviderAdmin;
}

public sealed class GetContactHandler(IApplicationDbContext db, IAccountSecurity security)
    : IQueryHandler<GetContact, ContactDetail>
{
    public async ValueTask<ContactDetail> Handle(GetContact query, CancellationToken cancellationToken)
    {
        var c = await db.Contacts.AsNoTracking().Include(x => x.Accounts)
            .Where(x => x.Id == query.ContactId && x.CompanyId != null) // staff are not managed here (AGT-3)
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException();
        var accounts = await AccountsOfAsync(c.CompanyId!.Value, cancellationToken);
        return new ContactDetail(c.Id, c.Version, c.FirstName, c.LastName, c.Title, c.Email, c.PhoneBusiness, c.PhoneMobile, c.Language,
            c.TimeZone, c.UserId, c.Role, c.EmailMfaEnabled, c.IsActive, await security.IsLockedAsync(c.Id, cancellationToken),
            c.Accounts.Select(a => a.CustomerAccountId).ToHashSet(), accounts, c.CreatedAt, c.UpdatedAt);
    }

    private async Task<IReadOnlyList<AccountChoice>> AccountsOfAsync(Guid companyId, CancellationToken cancellationToken) =>
        await db.CustomerAccounts.AsNoTracking().Where(a => a.CompanyId == companyId).OrderBy(a => a.Number)
            .Select(a => new AccountChoice(a.Id, a.Number, a.DisplayName)).ToListAsync(cancellationToken);
}
