using Mediator;
using Portal.Application.Common.Concurrency;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.Knowledge;

namespace Portal.Application.Knowledge.Commands.ChangeArticleState;

/// <summary>KB-4: a draft is published (customers may read it from now) or a published article retired (for good).</summary>
public sealed record ChangeArticleState(string Number, ArticleStatus To, long Version) : ICommand, IAllowed, IVersionedCommand
{
    public Roles Allowed => KnowledgeActors.Authors;
}

public sealed class ChangeArticleStateHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<ChangeArticleState>
{
    public async ValueTask<Unit> Handle(ChangeArticleState command, CancellationToken cancellationToken)
    {
        var article = await ArticleChanges.LoadAsync(db, command.Number, command.Version, cancellationToken);
        var now = clock.GetUtcNow();
        if (command.To == ArticleStatus.Published)
            article.Publish(now);
        else if (command.To == ArticleStatus.Retired)
            article.Retire(now);
        else
            throw Domain.Common.Rule.Broken("Article.IllegalTransition", ("article", article.Number), ("from", article.Status.ToString()), ("to", command.To.ToString()));
        await ArticleChanges.SaveAsync(db, cancellationToken);
        return Unit.Value;
    }
}
