using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Application.Knowledge.Commands.ReadArticle;
using Portal.Domain.Common;
using Portal.Domain.Knowledge;

namespace Portal.Application.Knowledge.Queries.GetArticleEditor;

/// <summary>KB-4: what the article editor shows: the article as stored (none for a new one) and the bases, categories and services to choose from.</summary>
public sealed record GetArticleEditor(string? Number) : IQuery<ArticleEditor>, IAllowed
{
    public Roles Allowed => KnowledgeActors.Authors;
}

public sealed record ArticleEditor(ArticleDraft? Article, IReadOnlyList<EditorBase> Bases, IReadOnlyList<EditorChoice> Services);

public sealed record ArticleDraft(
    string Number,
    long Version,
    ArticleStatus Status,
    Guid KnowledgeBaseId,
    Guid? CategoryId,
    Language Language,
    string Title,
    string BodyHtml,
    string? TranslatedTitle,
    string? TranslatedBodyHtml,
    IReadOnlyList<Guid> ServiceIds,
    IReadOnlyList<ArticleFile> Attachments);

public sealed record EditorBase(Guid Id, BilingualText Name, IReadOnlyList<EditorChoice> Categories);

public sealed record EditorChoice(Guid Id, BilingualText Name);

public sealed class GetArticleEditorHandler(IApplicationDbContext db) : IQueryHandler<GetArticleEditor, ArticleEditor>
{
    public async ValueTask<ArticleEditor> Handle(GetArticleEditor query, CancellationToken cancellationToken)
    {
        ArticleDraft? draft = null;
        if (query.Number is { } number)
        {
            if (!KnowledgeArticle.IsValidNumber(number))
                throw new NotFoundException();
            var a = await db.KnowledgeArticles.AsNoTracking().Include(x => x.Services).Include(x => x.Attachments)
                .SingleOrDefaultAsync(x => x.Number == number, cancellationToken) ?? throw new NotFoundException();
            draft = new ArticleDraft(a.Number, a.Version, a.Status, a.KnowledgeBaseId, a.CategoryId, a.Language, a.Title, a.BodyHtml,
                a.TranslatedTitle, a.TranslatedBodyHtml, [.. a.Services.Select(s => s.ServiceId)],
                [.. a.Attachments.OrderBy(f => f.UploadedAt).Select(f => new ArticleFile(f.Id, f.FileName, f.ContentType, f.Length, f.UploadedAt))]);
        }

        var bases = await db.KnowledgeBases.AsNoTracking().Include(b => b.Categories).OrderBy(b => b.SortOrder).ToListAsync(cancellationToken);
        var services = await db.Services.AsNoTracking().OrderBy(s => s.Code)
            .Select(s => new { s.Id, s.NameJa, s.NameEn }).ToListAsync(cancellationToken);
        return new ArticleEditor(draft,
            [.. bases.Select(b => new EditorBase(b.Id, b.Name, [.. b.Categories.OrderBy(c => c.SortOrder).Select(c => new EditorChoice(c.Id, c.Name))]))],
            [.. services.Select(s => new EditorChoice(s.Id, new BilingualText(s.NameJa, s.NameEn)))]);
    }
}
