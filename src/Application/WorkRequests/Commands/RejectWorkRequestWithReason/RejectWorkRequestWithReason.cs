using FluentValidation;
using Mediator;
using Portal.Application.Common.Concurrency;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.WorkRequests;

namespace Portal.Application.WorkRequests.Commands.RejectWorkRequestWithReason;

/// <summary>WR-2, AGT-2 (「不受理の場合、ケース起票はありません」): an agent rejects a submitted request with a reason the customer reads.</summary>
public sealed record RejectWorkRequestWithReason(string Number, long Version, string Reason) : ICommand, IAllowed, IVersionedCommand
{
    public Roles Allowed => WorkRequestActors.Reviewers;
}

public sealed class RejectWorkRequestWithReasonValidator : AbstractValidator<RejectWorkRequestWithReason>
{
    public RejectWorkRequestWithReasonValidator() => RuleFor(x => x.Reason).NotEmpty().MaximumLength(WorkRequest.RejectionReasonMax);
}

public sealed class RejectWorkRequestWithReasonHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<RejectWorkRequestWithReason>
{
    public async ValueTask<Unit> Handle(RejectWorkRequestWithReason command, CancellationToken cancellationToken)
    {
        var agentId = user.ContactId ?? throw new UnauthenticatedException();
        var request = await WorkRequests.LoadAsync(db, command.Number, cancellationToken);
        db.ExpectVersion(request, command.Version, WorkRequestRules.ChangedMeanwhile);
        request.Reject(command.Reason, agentId, clock.GetUtcNow());
        await db.SaveExpectingVersionAsync(WorkRequestRules.ChangedMeanwhile, cancellationToken);
        return Unit.Value;
    }
}
