using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Cases.Commands.AcceptSolution;
using Portal.Application.Cases.Commands.CloseCase;
using Portal.Application.Cases.Commands.RejectSolution;
using Portal.Application.Common.Concurrency;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
namespace Portal.Application.Cases.Commands.AddCustomerComment;

/// <summary>
/// CASE-7 (guide 4.8.2): the customer's public comment from the rich-text editor, under the same
/// <see cref="CommentBody"/> rule as an agent's. The HTML is sanitized against the allow-list before it
/// reaches the domain; on an Awaiting-customer case the domain moves the case to In progress (CASE-3).
/// </summary>
public sealed record AddCustomerComment(string CaseNumber, string BodyHtml, long Version) : ICommand, IAllowed, IVersionedCommand
{
    public Roles Allowed => CaseActors.Customers;
}

public sealed class AddCustomerCommentHandler(IApplicationDbContext db, ICurrentUser user, IHtmlSanitizer sanitizer,
    TimeProvider clock) : ICommandHandler<AddCustomerComment>
{
    public async ValueTask<Unit> Handle(AddCustomerComment command, CancellationToken cancellationToken)
    {
        var contactId = user.ContactId ?? throw new UnauthenticatedException();
        var target = await CaseChanges.LoadAsync(db, command.CaseNumber, command.Version, cancellationToken);
        var body = CommentBody.Sanitize(sanitizer, command.BodyHtml, target.Number);
        var author = await db.Contacts.Where(c => c.Id == contactId).SingleOrDefaultAsync(cancellationToken)
            ?? throw new UnauthenticatedException();
        target.AddComment(contactId, author.DisplayName, isFromAgent: false, isWorkNote: false, body, clock.GetUtcNow());
        await CaseChanges.SaveAsync(db, command.CaseNumber, cancellationToken);
        return Unit.Value;
    }
}
