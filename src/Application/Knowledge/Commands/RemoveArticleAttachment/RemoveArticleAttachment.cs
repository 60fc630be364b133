using Mediator;
using Portal.Application.Common.Concurrency;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;

namespace Portal.Application.Knowledge.Commands.RemoveArticleAttachment;

/// <summary>KB-4: a document taken off an article (a published document article keeps its last one).</summary>
public sealed record RemoveArticleAttachment(string Number, Guid AttachmentId, long Version) : ICommand, IAllowed, IVersionedCommand
{
    public Roles Allowed => KnowledgeActors.Authors;
}

public sealed class RemoveArticleAttachmentHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<RemoveArticleAttachment>
{
    public async ValueTask<Unit> Handle(RemoveArticleAttachment command, CancellationToken cancellationToken)
    {
        var article = await ArticleChanges.LoadAsync(db, command.Number, command.Version, cancellationToken);
        article.RemoveAttachment(command.AttachmentId, clock.GetUtcNow());
        await ArticleChanges.SaveAsync(db, cancellationToken);
        return Unit.Value;
    }
}
