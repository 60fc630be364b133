using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Concurrency;
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
    /// A case that is no longer at <paramref name="version"/>, the one the user's page showed, is refused
    /// (NFR-4): not found first, so a stale page never tells another tenant's case exists.
    /// </summary>
    public static async Task<Case> LoadAsync(IApplicationDbContext db, string number, long version, CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(db.Cases, number, cancellationToken);
        db.ExpectVersion(loaded, version, () => ChangedMeanwhile(number));
        return loaded;
    }

    /// <summary>As above, for a change that is not a change of the case's state (watching), so checks no version.</summary>
    public static async Task<Case> LoadAsync(IQueryable<Case> cases, string number, CancellationToken cancellationToken)
    {
        if (!Case.IsValidNumber(number))
            throw new NotFoundException();
        return await cases.SingleOrDefaultAsync(c => c.Number == number, cancellationToken) ?? throw new NotFoundException();
    }

    /// <summary>Saves now: a concurrent change (NFR-4) is refused with <c>Case.ChangedMeanwhile</c>.</summary>
    public static Task SaveAsync(IApplicationDbContext db, string number, CancellationToken cancellationToken) =>
        db.SaveExpectingVersionAsync(() => ChangedMeanwhile(number), cancellationToken);

    private static DomainRuleException ChangedMeanwhile(string number) => Rule.Broken("Case.ChangedMeanwhile", ("case", number));
}
