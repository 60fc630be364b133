using Mediator;
using Portal.Application.Cases.Commands.AcceptSolution;
using Portal.Application.Cases.Commands.AddCustomerComment;
using Portal.Application.Cases.Commands.RejectSolution;
using Portal.Application.Common.Concurrency;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
namespace Portal.Application.Cases.Commands.CloseCase;

/// <summary>CASE-3 (guide 4.8.4): the customer closes a New, In progress or Awaiting-customer case.</summary>
public sealed record CloseCase(string CaseNumber, long Version) : ICommand, IAllowed, IVersionedCommand
{
    public Roles Allowed => CaseActors.Customers;
}

public sealed class CloseCaseHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<CloseCase>
{
    public async ValueTask<Unit> Handle(CloseCase command, CancellationToken cancellationToken)
    {
        var contactId = user.ContactId ?? throw new UnauthenticatedException();
        var target = await CaseChanges.LoadAsync(db, command.CaseNumber, command.Version, cancellationToken);
        target.CloseByCustomer(contactId, clock.GetUtcNow());
        await CaseChanges.SaveAsync(db, command.CaseNumber, cancellationToken);
        return Unit.Value;
    }
}
