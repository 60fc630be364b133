using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Domain.Cases;
using Portal.Domain.Common;

namespace Portal.Application.Cases;

/// <summary>Loading and saving a case for the customers' and agents' case commands.</summary>
internal static class CaseChanges
{
    /// <summary>
    /// The case by its number through the "Tenant" filter: for a customer another company's or an unlinked
    /// account's case is not found, exactly like an unknown number (TEN-1); agents see every tenant.
    /// </summary>
    public static Task<Case> LoadAsync(IApplicationDbContext db, string number, CancellationToken cancellationToken) =>
        LoadAsync(db.Cases, number, cancellationToken);

    /// <summary>As above, from <paramref name="cases"/> (e.g. with a child collection included).</summary>
    public static async Task<Case> LoadAsync(IQueryable<Case> cases, string number, CancellationToken cancellationToken)
    {
        if (!Case.IsValidNumber(number))
            throw new NotFoundException();
        return await cases.SingleOrDefaultAsync(c => c.Number == number, cancellationToken) ?? throw new NotFoundException();
    }

    /// <summary>
    /// Saves now, so that a concurrent edit (the aggregate's version moved since it was read, NFR-4) is
    /// refused with a message the user understands instead of an error page.
    /// </summary>
    public static async Task SaveAsync(IApplicationDbContext db, string number, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Rule.Broken("Case.ChangedMeanwhile", ("case", number));
        }
    }
}
