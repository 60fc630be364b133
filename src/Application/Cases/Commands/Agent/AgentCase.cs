using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.Cases;
using Portal.Domain.Common;

namespace Portal.Application.Cases.Commands.Agent;

/// <summary>AGT-1: what the agent's case commands share: who may send them, loading by number, saving.</summary>
internal static class AgentCase
{
    public const Roles Actors = Roles.Agent | Roles.ProviderAdmin;

    /// <summary>The case by its number (agents see every tenant); an unknown number is not found.</summary>
    public static async Task<Case> LoadAsync(IApplicationDbContext db, string number, CancellationToken cancellationToken)
    {
        if (!Case.IsValidNumber(number))
        {
            throw new NotFoundException();
        }

        return await db.Cases.SingleOrDefaultAsync(c => c.Number == number, cancellationToken)
            ?? throw new NotFoundException();
    }

    public static Guid AgentId(ICurrentUser user) => user.ContactId ?? throw new UnauthenticatedException();

    /// <summary>Saves; a case someone else changed since it was read is refused as "changed meanwhile".</summary>
    public static async Task SaveAsync(IApplicationDbContext db, Case changed, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Rule.Broken("Case.ChangedMeanwhile", ("case", changed.Number));
        }
    }
}
