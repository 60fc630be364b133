using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Interfaces;
using Portal.Domain.Common;

namespace Portal.Application.Common.Concurrency;

/// <summary>
/// NFR-4, optimistic concurrency across requests: a command that changes an aggregate carries the
/// <see cref="AggregateRoot.Version"/> the user's page was rendered with. The change is refused when the
/// aggregate moved on since (a colleague acted meanwhile), and the save's concurrency check compares the
/// stored version with that same expected version, so a change committed between this request's read and
/// its write is refused too, on every provider. Each aggregate's commands use it with their own rule,
/// e.g. <c>Case.ChangedMeanwhile</c> (see <c>CaseChanges</c>).
/// </summary>
public static class OptimisticConcurrency
{
    /// <summary>
    /// Refuses the change with <paramref name="changedMeanwhile"/> unless <paramref name="aggregate"/> is still
    /// at <paramref name="expectedVersion"/>; call it right after loading, before any rule of the aggregate runs.
    /// </summary>
    public static void ExpectVersion(this IApplicationDbContext db, AggregateRoot aggregate, long expectedVersion,
        Func<DomainRuleException> changedMeanwhile)
    {
        if (aggregate.Version != expectedVersion)
            throw changedMeanwhile();
        // The UPDATE's "WHERE Version = @original" then tests the version the user saw, not only the one read here.
        db.Entry(aggregate).Property(a => a.Version).OriginalValue = expectedVersion;
    }

    /// <summary>
    /// Saves now, inside the command's transaction, so that a concurrent change is refused with
    /// <paramref name="changedMeanwhile"/> (a message the user understands) instead of an error page.
    /// </summary>
    public static async Task SaveExpectingVersionAsync(this IApplicationDbContext db, Func<DomainRuleException> changedMeanwhile,
        CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw changedMeanwhile();
        }
    }
}
