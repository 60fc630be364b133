using FluentValidation;
using Mediator;
using Portal.Application.Cases.Commands.AddAgentComment;
using Portal.Application.Cases.Commands.AssignCase;
using Portal.Application.Cases.Commands.ChangeCaseStatus;
using Portal.Application.Common.Concurrency;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
namespace Portal.Application.Cases.Commands.ResolveCase;

/// <summary>AGT-1 / CASE-3: the agent resolves the case with a resolution; the customer is asked to accept it.</summary>
public sealed record ResolveCase(string CaseNumber, string Resolution, long Version) : ICommand, IAllowed, IVersionedCommand
{
    public Roles Allowed => AgentCase.Actors;
}

public sealed class ResolveCaseHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ResolveCase>
{
    public async ValueTask<Unit> Handle(ResolveCase command, CancellationToken cancellationToken)
    {
        var agentId = AgentCase.AgentId(user);
        var target = await CaseChanges.LoadAsync(db, command.CaseNumber, command.Version, cancellationToken);
        target.Resolve(command.Resolution, agentId, clock.GetUtcNow());
        await CaseChanges.SaveAsync(db, target.Number, cancellationToken);
        return Unit.Value;
    }
}

public sealed class ResolveCaseValidator : AbstractValidator<ResolveCase>
{
    public ResolveCaseValidator()
    {
        RuleFor(x => x.Resolution).NotEmpty().MaximumLength(Domain.Cases.Case.ResolutionMax);
    }
}
