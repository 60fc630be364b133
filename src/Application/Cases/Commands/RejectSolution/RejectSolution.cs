using Mediator;
using Portal.Application.Cases.Commands.AcceptSolution;
using Portal.Application.Cases.Commands.AddCustomerComment;
using Portal.Application.Cases.Commands.CloseCase;
using Portal.Application.Common.Concurrency;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
namespace Portal.Application.Cases.Commands.RejectSolution;

/// <summary>CASE-3 (guide 4.8.4): the customer rejects the solution of a Resolved case; it goes back to In progress.</summary>
public sealed record RejectSolution(string CaseNumber, long Version) : ICommand, IAllowed, IVersionedCommand
{
    public Roles Allowed => CaseActors.Customers;
}

public sealed class RejectSolutionHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<RejectSolution>
{
    public async ValueTask<Unit> Handle(RejectSolution command, CancellationToken cancellationToken)
    {
        var contactId = user.ContactId ?? throw new UnauthenticatedException();
        var target = await CaseChanges.LoadAsync(db, command.CaseNumber, command.Version, cancellationToken);
        target.RejectSolution(contactId, clock.GetUtcNow());
        await CaseChanges.SaveAsync(db, command.CaseNumber, cancellationToken);
        return Unit.Value;
    }
}
