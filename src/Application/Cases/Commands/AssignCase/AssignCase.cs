using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Cases.Commands.AddAgentComment;
using Portal.Application.Cases.Commands.ChangeCaseStatus;
using Portal.Application.Cases.Commands.ResolveCase;
using Portal.Application.Common.Concurrency;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.Common;
using Portal.Domain.Contacts;
namespace Portal.Application.Cases.Commands.AssignCase;

/// <summary>AGT-1: assigns the case to an agent, or unassigns it with null.</summary>
public sealed record AssignCase(string CaseNumber, Guid? AgentContactId, long Version) : ICommand, IAllowed, IVersionedCommand
{
    public Roles Allowed => AgentCase.Actors;
}

public sealed class AssignCaseHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<AssignCase>
{
    public async ValueTask<Unit> Handle(AssignCase command, CancellationToken cancellationToken)
    {
        var byId = AgentCase.AgentId(user);
        var target = await CaseChanges.LoadAsync(db, command.CaseNumber, command.Version, cancellationToken);
        if (command.AgentContactId is { } agentId
            && !await db.Contacts.Where(ContactRoles.IsStaff).AnyAsync(c => c.Id == agentId && c.IsActive, cancellationToken))
        {
            throw Rule.Broken("Case.AssigneeNotAgent", ("case", target.Number));
        }

        target.Assign(command.AgentContactId, byId, clock.GetUtcNow());
        await CaseChanges.SaveAsync(db, target.Number, cancellationToken);
        return Unit.Value;
    }
}
