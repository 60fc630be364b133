using FluentValidation;
using Mediator;
using Portal.Application.Common.Concurrency;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.WorkRequests;

namespace Portal.Application.WorkRequests.Commands.RejectWorkRequest;

/// <summary>WR-2, AGT-2 (「不受理の場合、ケース起票はありません」): an agent rejects a submitted request with a reason the customer reads.</summary>
public sealed record RejectWorkRequest(string Number, long Version, string Reason) : ICommand, IAllowed, IVersionedCommand
{
    public Roles Allowed => WorkRequestActors.Reviewers;
}

public sealed class RejectWorkRequestValidator : AbstractValidator<RejectWorkRequest>
{
    public RejectWorkRequestValidator() => RuleFor(x => x.Reason).NotEmpty().MaximumLength(WorkRequest.RejectionReasonMax);
}

public sealed class RejectWorkRequestHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<RejectWorkRequest>
{
    public async ValueTask<Unit> Handle(RejectWorkRequest command, CancellationToken cancellationToken)
    {
        var agentId = user.ContactId ?? throw new UnauthenticatedException();
        var request = await WorkRequests.LoadAsync(db, command.Number, cancellationToken);
        db.ExpectVersion(request, command.Version, WorkRequestRules.ChangedMeanwhile);
        request.Reject(command.Reason, agentId, clock.GetUtcNow());
        await db.SaveExpectingVersionAsync(WorkRequestRules.ChangedMeanwhile, cancellationToken);
        return Unit.Value;
    }
}
