using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Cases.Commands.CreateInquiry;
using Portal.Application.Common.Concurrency;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.Cases;
using Portal.Domain.Common;
using Portal.Domain.WorkRequests;

namespace Portal.Application.WorkRequests.Commands.AcceptWorkRequestIntoCase;

/// <summary>
/// WR-2, AGT-2 (guide 4.7.1 「受理の後、ケース起票されます」): an agent accepts a submitted request; a case of
/// category 作業依頼 is opened for its customer number and requester, holding the request's answers, and the two
/// are linked both ways. Returns the case number. The form carries the version it showed (NFR-4).
/// </summary>
public sealed record AcceptWorkRequestIntoCase(string Number, long Version) : ICommand<string>, IAllowed, IVersionedCommand
{
    public Roles Allowed => WorkRequestActors.Reviewers;
}

public sealed class AcceptWorkRequestIntoCaseHandler(IApplicationDbContext db, ISequenceGenerator numbers, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<AcceptWorkRequestIntoCase, string>
{
    public async ValueTask<string> Handle(AcceptWorkRequestIntoCase command, CancellationToken cancellationToken)
    {
        var agentId = user.ContactId ?? throw new UnauthenticatedException();
        var request = await WorkRequests.LoadAsync(db, command.Number, cancellationToken);
        db.ExpectVersion(request, command.Version, WorkRequestRules.ChangedMeanwhile);
        request.EnsureUndecided();
        var type = await db.WorkRequestTypes.AsNoTracking().SingleAsync(t => t.Id == request.TypeId, cancellationToken);
        var account = await db.CustomerAccounts.SingleAsync(a => a.Id == request.CustomerAccountId, cancellationToken);

        var number = SequenceNumber.Format(Case.NumberPrefix, await numbers.NextAsync(CreateInquiryHandler.NumberSequence, cancellationToken));
        var now = clock.GetUtcNow();
        // The case is the requester's: worded in its language, as the request's mails are.
        var language = await db.Contacts.Where(c => c.Id == request.SubmittedById).Select(c => c.Language).SingleAsync(cancellationToken);
        var subject = Text.Truncate($"{type.NameIn(language)} ({request.Number})", Case.SubjectMax)!;
        var created = Case.FromWorkRequest(number, account, request, subject, WorkRequests.Description(request, language), now);
        db.Cases.Add(created);
        request.Accept(created.Id, agentId, now);
        await db.SaveExpectingVersionAsync(WorkRequestRules.ChangedMeanwhile, cancellationToken);
        return number;
    }
}
