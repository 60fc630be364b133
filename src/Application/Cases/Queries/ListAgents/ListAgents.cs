using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Cases.Queries.GetCaseStatus;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.Contacts;
namespace Portal.Application.Cases.Queries.ListAgents;

/// <summary>AGT-1: the active agents a case can be assigned to, by name.</summary>
public sealed record ListAgents : IQuery<IReadOnlyList<AgentItem>>, IAllowed
{
    public Roles Allowed => CaseActors.Agents;
}

public sealed record AgentItem(Guid ContactId, string Name);

public sealed class ListAgentsHandler(IApplicationDbContext db) : IQueryHandler<ListAgents, IReadOnlyList<AgentItem>>
{
    public async ValueTask<IReadOnlyList<AgentItem>> Handle(ListAgents query, CancellationToken cancellationToken)
    {
        var agents = await db.Contacts.AsNoTracking()
            .Where(ContactRoles.IsStaff).Where(c => c.IsActive)
            .OrderBy(c => c.LastName).ThenBy(c => c.FirstName)
            .Select(c => new { c.Id, c.FirstName, c.LastName })
            .ToListAsync(cancellationToken);
        return [.. agents.Select(a => new AgentItem(a.Id, Contact.FormatName(a.FirstName, a.LastName)))];
    }
}
