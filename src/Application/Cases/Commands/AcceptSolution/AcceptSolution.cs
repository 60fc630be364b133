using Mediator;
using Portal.Application.Cases.Commands.AddCustomerComment;
using Portal.Application.Cases.Commands.CloseCase;
using Portal.Application.Cases.Commands.RejectSolution;
using Portal.Application.Common.Concurrency;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
namespace Portal.Application.Cases.Commands.AcceptSolution;

/// <summary>CASE-3 (guide 4.8.4): the customer accepts the solution of a Resolved case, which closes it.</summary>
public sealed record AcceptSolution(string CaseNumber, long Version) : ICommand, IAllowed, IVersionedCommand
{
    public Roles Allowed => CaseActors.Customers;
}

public sealed class AcceptSolutionHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<AcceptSolution>
{
    public async ValueTask<Unit> Handle(AcceptSolution command, CancellationToken cancellationToken)
    {
        var contactId = user.ContactId ?? throw new UnauthenticatedException();
        var target = await CaseChanges.LoadAsync(db, command.CaseNumber, command.Version, cancellationToken);
        target.AcceptSolution(contactId, clock.GetUtcNow());
        await CaseChanges.SaveAsync(db, command.CaseNumber, cancellationToken);
        return Unit.Value;
    }
}
