using System.Net;
using System.Text.RegularExpressions;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Cases.Commands.AcceptSolution;
using Portal.Application.Cases.Commands.CloseCase;
using Portal.Application.Cases.Commands.RejectSolution;
using Portal.Application.Common.Concurrency;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.Common;
namespace Portal.Application.Cases.Commands.AddCustomerComment;

/// <summary>
/// CASE-7 (guide 4.8.2): the customer's public comment from the rich-text editor. The HTML is sanitized
/// against the allow-list before it reaches the domain; on an Awaiting-customer case the domain moves the
/// case to In progress (CASE-3).
/// </summary>
public sealed record AddCustomerComment(string CaseNumber, string BodyHtml, long Version) : ICommand, IAllowed, IVersionedCommand
{
    /// <summary>The editor's HTML as sent, before sanitizing.</summary>
    public const int BodyHtmlMax = 100_000;

    public Roles Allowed => CaseActors.Customers;
}

public sealed partial class AddCustomerCommentHandler(IApplicationDbContext db, ICurrentUser user, IHtmlSanitizer sanitizer,
    TimeProvider clock) : ICommandHandler<AddCustomerComment>
{
    public async ValueTask<Unit> Handle(AddCustomerComment command, CancellationToken cancellationToken)
    {
        var contactId = user.ContactId ?? throw new UnauthenticatedException();
        var target = await CaseChanges.LoadAsync(db, command.CaseNumber, command.Version, cancellationToken);
        var body = sanitizer.Sanitize(command.BodyHtml);
        if (!HasText(body))
        {
            // E.g. only a <script>, or the editor's empty "<p><br></p>".
            throw Rule.Broken("Case.EmptyComment", ("case", target.Number));
        }

        var author = await db.Contacts.Where(c => c.Id == contactId).SingleOrDefaultAsync(cancellationToken)
            ?? throw new UnauthenticatedException();
        target.AddComment(contactId, author.DisplayName, isFromAgent: false, isWorkNote: false, body, clock.GetUtcNow());
        await CaseChanges.SaveAsync(db, command.CaseNumber, cancellationToken);
        return Unit.Value;
    }

    private static bool HasText(string html) =>
        !string.IsNullOrWhiteSpace(WebUtility.HtmlDecode(Tags().Replace(html, " ")).Replace('\u00A0', ' '));

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Tags();
}
