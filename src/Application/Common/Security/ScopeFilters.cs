using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Interfaces;
using Portal.Domain.Contacts;

namespace Portal.Application.Common.Security;

/// <summary>
/// The named query filters (TEN-1, KB-3) and the only reads in the application that look past one.
/// Anything else that needs more than the caller's scope runs as the system (jobs), never by hand.
/// </summary>
public static class ScopeFilters
{
    /// <summary>Rows of the caller's linked customer accounts.</summary>
    public const string Tenant = "Tenant";

    /// <summary>Rows of the caller's company.</summary>
    public const string Company = "Company";

    /// <summary>Articles limited to services, for customers of those services.</summary>
    public const string Service = "Service";

    /// <summary>
    /// The contact proving its identity (sign-in, second factor, password reset): before sign-in there is no
    /// principal and so no company to filter by. Callers select exactly one contact, by its id or user ID.
    /// </summary>
    public static IQueryable<Contact> ContactsSigningIn(this IApplicationDbContext db) =>
        db.Contacts.IgnoreQueryFilters([Company]); // why: see the summary; no list of contacts is ever read this way

    /// <summary>
    /// ADM-3: a user ID is unique portal-wide, other companies included, whatever the letters' case. Only
    /// whether it is taken is read: nothing of the other contact (not even its company) reaches the caller.
    /// </summary>
    public static Task<bool> IsUserIdTakenAsync(this IApplicationDbContext db, string userId, Guid exceptContactId,
        CancellationToken cancellationToken)
    {
        var normalized = Contact.NormalizeUserId(userId);
        return db.Contacts.IgnoreQueryFilters([Company]) // why: see the summary
            .AnyAsync(c => c.NormalizedUserId == normalized && c.Id != exceptContactId, cancellationToken);
    }

    /// <summary>ADM-3 for a bulk creation: which of the normalized user IDs are taken; as above, nothing else is read.</summary>
    public static async Task<HashSet<string>> TakenUserIdsAsync(this IApplicationDbContext db, IReadOnlyList<string> normalizedUserIds,
        CancellationToken cancellationToken) =>
        [.. await db.Contacts.IgnoreQueryFilters([Company]) // why: see IsUserIdTakenAsync
            .Where(c => normalizedUserIds.Contains(c.NormalizedUserId)).Select(c => c.NormalizedUserId).ToListAsync(cancellationToken)];

    /// <summary>
    /// Provider staff belong to no company, yet a customer sees the names of the agents working its cases
    /// (assignee, uploader). Only staff rows: another company's contacts stay out of reach.
    /// </summary>
    public static IQueryable<Contact> StaffContacts(this IApplicationDbContext db) =>
        db.Contacts.IgnoreQueryFilters([Company]).Where(c => c.CompanyId == null); // why: see the summary
}
