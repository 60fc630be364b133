using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Application.Common.Text;
using Portal.Application.Common.Time;
using Portal.Domain.Common;
using Portal.Domain.Knowledge;

namespace Portal.Application.Knowledge.Commands.ReadArticle;

/// <summary>
/// KB-3 (guide 4.9, 4.12): the article page KBnnnnnnn, in <paramref name="Language"/> (or the reader's) when the
/// article has it, and the reading counted: once per user per day in the reader's time zone. An article the user
/// may not read (a draft, a retired one, one limited to other services) is not found, like an unknown number.
/// </summary>
public sealed record ReadArticle(string Number, Language? Language = null) : ICommand<ArticlePage>, IAllowed
{
    public Roles Allowed => KnowledgeActors.Readers;
}

public sealed record ArticlePage(
    Guid Id,
    string Number,
    string Title,
    string BodyHtml,
    Language Language,
    IReadOnlyList<Language> Languages,
    BilingualText KnowledgeBase,
    Guid KnowledgeBaseId,
    BilingualText? Category,
    Guid? CategoryId,
    string AuthorName,
    int ViewCount,
    DateTimeOffset UpdatedAt,
    ArticleStatus Status,
    long Version,
    IReadOnlyList<ArticleFile> Attachments);

public sealed record ArticleFile(Guid Id, string FileName, string ContentType, long Length, DateTimeOffset UploadedAt);

public sealed class ReadArticleHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ReadArticle, ArticlePage>
{
    public async ValueTask<ArticlePage> Handle(ReadArticle command, CancellationToken cancellationToken)
    {
        if (!KnowledgeArticle.IsValidNumber(command.Number))
            throw new NotFoundException();
        var article = await ArticleAccess.Readable(db, user).AsNoTracking()
            .Include(a => a.Attachments)
            .SingleOrDefaultAsync(a => a.Number == command.Number, cancellationToken) ?? throw new NotFoundException();
        var knowledgeBase = await db.KnowledgeBases.AsNoTracking().Include(b => b.Categories)
            .SingleAsync(b => b.Id == article.KnowledgeBaseId, cancellationToken);

        var views = article.ViewCount;
        if (article.Status == ArticleStatus.Published && user.ContactId is { } reader && await CountAsync(article.Id, reader, cancellationToken))
            views++;

        var (language, title, body) = article.In(command.Language ?? CurrentLanguage.Value);
        return new ArticlePage(article.Id, article.Number, title, body, language, article.Languages, knowledgeBase.Name, knowledgeBase.Id,
            knowledgeBase.Categories.FirstOrDefault(c => c.Id == article.CategoryId)?.Name, article.CategoryId,
            article.AuthorName, views, article.UpdatedAt, article.Status, article.Version,
            [.. article.Attachments.OrderBy(f => f.UploadedAt).Select(f => new ArticleFile(f.Id, f.FileName, f.ContentType, f.Length, f.UploadedAt))]);
    }

    /// <summary>
    /// KB-3: the first reading of the day inserts the (article, reader, day) row, which a unique index keeps single,
    /// and only then adds one to the count; the article itself is not saved (its version and index entry stay).
    /// A reading racing another of the same reader loses at the index and counts nothing.
    /// </summary>
    private async Task<bool> CountAsync(Guid articleId, Guid reader, CancellationToken cancellationToken)
    {
        var zone = await UserZone.OfAsync(db, user, cancellationToken);
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);
        if (await db.ArticleViews.AnyAsync(v => v.ArticleId == articleId && v.ContactId == reader && v.Day == day, cancellationToken))
            return false;

        var view = ArticleView.Record(articleId, reader, day);
        db.ArticleViews.Add(view);
        try
        {
            // Inside the command's transaction EF saves to a savepoint: a lost race rolls back this insert only.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ArticleViews.Entry(view).State = EntityState.Detached;
            return false;
        }

        await db.KnowledgeArticles.Where(a => a.Id == articleId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.ViewCount, a => a.ViewCount + 1), cancellationToken);
        return true;
    }
}
