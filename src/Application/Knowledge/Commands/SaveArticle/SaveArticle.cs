using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Concurrency;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Application.Common.Text;
using Portal.Domain.Common;
using Portal.Domain.Knowledge;

namespace Portal.Application.Knowledge.Commands.SaveArticle;

/// <summary>
/// KB-4 (AGT-2): an agent writes a new article (<paramref name="Number"/> null: a draft) or changes one that is not
/// retired: base and category, its language's title and body, the translation (a title in the other language; none
/// removes it), and the services it is limited to (none: every customer, KB-3). An empty body makes a document
/// article, read through its attachment. Returns the article's number. A change carries the version it showed.
/// </summary>
public sealed record SaveArticle(
    string? Number,
    long Version,
    Guid KnowledgeBaseId,
    Guid? CategoryId,
    Language Language,
    string Title,
    string? BodyHtml,
    string? TranslatedTitle,
    string? TranslatedBodyHtml,
    IReadOnlyList<Guid> ServiceIds) : ICommand<string>, IAllowed, IVersionedCommand
{
    public Roles Allowed => KnowledgeActors.Authors;
}

public sealed class SaveArticleValidator : AbstractValidator<SaveArticle>
{
    public SaveArticleValidator()
    {
        RuleFor(x => x.Language).IsInEnum();
        RuleFor(x => x.Title).NotEmpty().MaximumLength(KnowledgeArticle.TitleMax);
        RuleFor(x => x.BodyHtml).ValidArticleBody();
        RuleFor(x => x.TranslatedTitle).MaximumLength(KnowledgeArticle.TitleMax);
        RuleFor(x => x.TranslatedBodyHtml).ValidArticleBody();
        RuleFor(x => x.TranslatedTitle).NotEmpty()
            .When(x => !string.IsNullOrWhiteSpace(x.TranslatedBodyHtml) && x.TranslatedBodyHtml.Length <= ArticleBody.MaxLength
                && Cases.CommentBody.HasText(x.TranslatedBodyHtml))
            .WithErrorCode("Article.TranslationTitleMissing").WithMessage(_ => ListText.Get("Article.TranslationTitleMissing"));
        RuleFor(x => x.ServiceIds).NotNull();
    }
}

public sealed class SaveArticleHandler(IApplicationDbContext db, ICurrentUser user, IHtmlSanitizer sanitizer, ISequenceGenerator numbers,
    TimeProvider clock) : ICommandHandler<SaveArticle, string>
{
    public const string Sequence = "article";

    public async ValueTask<string> Handle(SaveArticle command, CancellationToken cancellationToken)
    {
        var authorId = user.ContactId ?? throw new Common.Exceptions.UnauthenticatedException();
        var knowledgeBase = await db.KnowledgeBases.Include(b => b.Categories)
            .SingleOrDefaultAsync(b => b.Id == command.KnowledgeBaseId, cancellationToken) ?? throw Rule.Broken("Article.NoSuchBase");
        var serviceIds = command.ServiceIds.Distinct().ToList();
        if (await db.Services.CountAsync(s => serviceIds.Contains(s.Id), cancellationToken) != serviceIds.Count)
            throw Rule.Broken("Article.NoSuchService");

        var body = ArticleBody.Sanitize(sanitizer, command.BodyHtml);
        var translatedBody = ArticleBody.Sanitize(sanitizer, command.TranslatedBodyHtml);
        var now = clock.GetUtcNow();
        KnowledgeArticle article;
        if (command.Number is { } number)
        {
            article = await ArticleChanges.LoadAsync(db, number, command.Version, cancellationToken);
            article.Categorize(knowledgeBase, command.CategoryId, now);
            article.Edit(command.Language, command.Title, body, now);
        }
        else
        {
            var author = await db.StaffContacts().Where(c => c.Id == authorId)
                .Select(c => new { c.FirstName, c.LastName }).SingleAsync(cancellationToken);
            article = KnowledgeArticle.Draft(SequenceNumber.Format(KnowledgeArticle.NumberPrefix, await numbers.NextAsync(Sequence, cancellationToken)),
                knowledgeBase, command.CategoryId, command.Language, command.Title, body, authorId,
                Domain.Contacts.Contact.FormatName(author.FirstName, author.LastName), now);
            db.KnowledgeArticles.Add(article);
        }

        article.Translate(command.TranslatedTitle, translatedBody, now);
        if (!article.Services.Select(s => s.ServiceId).Order().SequenceEqual(serviceIds.Order()))
            article.RestrictToServices(serviceIds, now);
        await ArticleChanges.SaveAsync(db, cancellationToken);
        return article.Number;
    }
}
