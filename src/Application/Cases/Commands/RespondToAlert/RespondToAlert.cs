using System.Globalization;
using System.Net;
using System.Resources;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Concurrency;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.Cases;

namespace Portal.Application.Cases.Commands.RespondToAlert;

/// <summary>
/// API-1: the customer's one-click answer on an alert case, 想定内 (expected) or 想定外・調査を依頼 (unexpected,
/// please investigate), with an optional note. It is recorded as the customer's comment, in the customer's
/// language, and moves the case as that comment would (an Awaiting-customer case goes back to In progress);
/// an alert is answered once (the domain refuses a second answer).
/// </summary>
public sealed record RespondToAlert(string CaseNumber, AlertResponse Response, string? Note, long Version)
    : ICommand, IAllowed, IVersionedCommand
{
    public const int NoteMaxLength = 2_000;

    public Roles Allowed => CaseActors.Customers;
}

public sealed class RespondToAlertHandler(IApplicationDbContext db, ICurrentUser user, IHtmlSanitizer sanitizer,
    TimeProvider clock) : ICommandHandler<RespondToAlert>
{
    private static readonly ResourceManager Resources = new("Portal.Application.Resources.CommentText", typeof(RespondToAlertHandler).Assembly);

    public async ValueTask<Unit> Handle(RespondToAlert command, CancellationToken cancellationToken)
    {
        var contactId = user.ContactId ?? throw new UnauthenticatedException();
        var target = await CaseChanges.LoadAsync(db, command.CaseNumber, command.Version, cancellationToken);
        var author = await db.Contacts.Where(c => c.Id == contactId).SingleOrDefaultAsync(cancellationToken)
            ?? throw new UnauthenticatedException();
        var body = CommentBody.Sanitize(sanitizer, Compose(command.Response, command.Note), target.Number);
        target.RespondToAlert(contactId, author.DisplayName, command.Response, body, clock.GetUtcNow());
        await CaseChanges.SaveAsync(db, command.CaseNumber, cancellationToken);
        return Unit.Value;
    }

    /// <summary>The answer as a comment: its heading, its sentence and the note as plain text, line by line.</summary>
    private static string Compose(AlertResponse response, string? note)
    {
        var key = response == AlertResponse.Expected ? "AlertAnswer.Expected" : "AlertAnswer.Unexpected";
        var html = $"<p><strong>{WebUtility.HtmlEncode(Text(key + ".Title"))}</strong></p><p>{WebUtility.HtmlEncode(Text(key + ".Body"))}</p>";
        if (string.IsNullOrWhiteSpace(note))
            return html;
        var lines = note.Trim().ReplaceLineEndings("\n").Split('\n').Select(WebUtility.HtmlEncode);
        return html + $"<p>{WebUtility.HtmlEncode(Text("AlertAnswer.Note"))}:<br>{string.Join("<br>", lines)}</p>";
    }

    private static string Text(string key) =>
        Resources.GetString(key, CultureInfo.CurrentUICulture) ?? throw new InvalidOperationException($"Missing comment text {key}.");
}
