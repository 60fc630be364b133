using Mediator;
using Portal.Application.Cases.Commands.AddAgentComment;
using Portal.Application.Cases.Commands.AssignCase;
using Portal.Application.Cases.Commands.ResolveCase;
using Portal.Application.Common.Concurrency;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.Cases;
namespace Portal.Application.Cases.Commands.ChangeCaseStatus;

/// <summary>
/// AGT-1 / CASE-3: an agent moves the case to In progress or Awaiting customer. Resolved needs a
/// resolution (<see cref="ResolveCase"/>); New and Closed are never an agent's target (the domain refuses).
/// </summary>
public sealed record ChangeCaseStatus(string CaseNumber, CaseStatus Target, long Version) : ICommand, IAllowed, IVersionedCommand
{
    public Roles Allowed => AgentCase.Actors;
}

public sealed class ChangeCaseStatusHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ChangeCaseStatus>
{
    public async ValueTask<Unit> Handle(ChangeCaseStatus command, CancellationToken cancellationToken)
    {
        var agentId = AgentCase.AgentId(user);
        var target = await CaseChanges.LoadAsync(db, command.CaseNumber, command.Version, cancellationToken);
        target.ChangeStatusByAgent(command.Target, agentId, clock.GetUtcNow());
        await CaseChanges.SaveAsync(db, target.Number, cancellationToken);
        return Unit.Value;
    }
}
