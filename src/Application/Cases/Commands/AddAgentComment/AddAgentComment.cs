using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Cases.Commands.AssignCase;
using Portal.Application.Cases.Commands.ChangeCaseStatus;
using Portal.Application.Cases.Commands.ResolveCase;
using Portal.Application.Common.Concurrency;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
namespace Portal.Application.Cases.Commands.AddAgentComment;

/// <summary>
/// AGT-1: an agent's public comment, or an internal work note (<paramref name="IsWorkNote"/>) that never
/// reaches a customer. The same <see cref="CommentBody"/> rule as a customer's comment: validated, then
/// sanitized against the CASE-7 allow-list once, before it is stored.
/// </summary>
public sealed record AddAgentComment(string CaseNumber, string BodyHtml, bool IsWorkNote, long Version) : ICommand<Guid>, IAllowed, IVersionedCommand
{
    public Roles Allowed => AgentCase.Actors;
}

public sealed class AddAgentCommentHandler(IApplicationDbContext db, ICurrentUser user, IHtmlSanitizer sanitizer, TimeProvider clock)
    : ICommandHandler<AddAgentComment, Guid>
{
    public async ValueTask<Guid> Handle(AddAgentComment command, CancellationToken cancellationToken)
    {
        var agentId = AgentCase.AgentId(user);
        var target = await CaseChanges.LoadAsync(db, command.CaseNumber, command.Version, cancellationToken);
        var agent = await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == agentId, cancellationToken);
        var comment = target.AddComment(agentId, agent.DisplayName, isFromAgent: true, command.IsWorkNote,
            CommentBody.Sanitize(sanitizer, command.BodyHtml, target.Number), clock.GetUtcNow());
        await CaseChanges.SaveAsync(db, target.Number, cancellationToken);
        return comment.Id;
    }
}
