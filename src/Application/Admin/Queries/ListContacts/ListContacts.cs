using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Models;
using Portal.Application.Common.Security;
using Portal.Domain.Contacts;

namespace Portal.Application.Admin.Queries.ListContacts;

public enum ContactSort
{
    Name,
    UserId,
    Email,
    Role,
    UpdatedAt,
}

/// <summary>One row of 連絡先一覧 (guide 5.1.1).</summary>
public sealed record ContactRow(Guid Id, string Name, string UserId, string Email, string? Title, ContactRole Role, bool IsActive,
    DateTimeOffset UpdatedAt);

/// <summary>
/// ADM-1: the contacts of the admin's own company (the "Company" filter: another company's contacts do not
/// exist for it), searched in name, user ID and e-mail, sorted and paged. Provider admins see every contact, or one
/// company's with <see cref="CompanyId"/> (AGT-3).
/// </summary>
public sealed record ListContacts(string? Query = null, ContactSort Sort = ContactSort.Name, bool Descending = false, int Page = 1,
    Guid? CompanyId = null)
    : IQuery<Paged<ContactRow>>, IAllowed
{
    public const int PageSize = 20;
    public const int QueryMax = 100;

    public Roles Allowed => Roles.CustomerAdmin | Roles.ProviderAdmin;
}

public sealed class ListContactsHandler(IApplicationDbContext db) : IQueryHandler<ListContacts, Paged<ContactRow>>
{
    public async ValueTask<Paged<ContactRow>> Handle(ListContacts query, CancellationToken cancellationToken)
    {
        var contacts = db.Contacts.AsNoTracking().Where(c => c.CompanyId != null); // staff are managed by provider admins (AGT-3)
        if (query.CompanyId is { } companyId)
            contacts = contacts.Where(c => c.CompanyId == companyId);
        if (query.Query?.Trim() is { Length: > 0 } words)
        {
            foreach (var word in words[..Math.Min(words.Length, ListContacts.QueryMax)].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var upper = word.ToUpperInvariant();
                contacts = contacts.Where(c => c.LastName.Contains(word) || (c.FirstName != null && c.FirstName.Contains(word))
                    || c.NormalizedUserId.Contains(upper) || c.Email.Contains(word));
            }
        }

        var sorted = (query.Sort, query.Descending) switch
        {
            (ContactSort.UserId, false) => contacts.OrderBy(c => c.NormalizedUserId),
            (ContactSort.UserId, true) => contacts.OrderByDescending(c => c.NormalizedUserId),
            (ContactSort.Email, false) => contacts.OrderBy(c => c.Email),
            (ContactSort.Email, true) => contacts.OrderByDescending(c => c.Email),
            (ContactSort.Role, false) => contacts.OrderBy(c => c.Role),
            (ContactSort.Role, true) => contacts.OrderByDescending(c => c.Role),
            (ContactSort.UpdatedAt, false) => contacts.OrderBy(c => c.UpdatedAt),
            (ContactSort.UpdatedAt, true) => contacts.OrderByDescending(c => c.UpdatedAt),
            (_, false) => contacts.OrderBy(c => c.LastName).ThenBy(c => c.FirstName),
            (_, true) => contacts.OrderByDescending(c => c.LastName).ThenByDescending(c => c.FirstName),
        };
        var total = await contacts.CountAsync(cancellationToken);
        var page = Math.Clamp(query.Page, 1, Math.Max(1, (total + ListContacts.PageSize - 1) / ListContacts.PageSize));
        var rows = await sorted.ThenBy(c => c.Id)
            .Skip((page - 1) * ListContacts.PageSize).Take(ListContacts.PageSize)
            .Select(c => new { c.Id, c.FirstName, c.LastName, c.UserId, c.Email, c.Title, c.Role, c.IsActive, c.UpdatedAt })
            .ToListAsync(cancellationToken);
        return new Paged<ContactRow>(
            [.. rows.Select(r => new ContactRow(r.Id, Contact.FormatName(r.FirstName, r.LastName), r.UserId, r.Email, r.Title, r.Role, r.IsActive, r.UpdatedAt))],
            total, page, ListContacts.PageSize);
    }
}
