using System.Text.RegularExpressions;
using Portal.Domain.Common;
using Portal.Domain.Knowledge.Events;

namespace Portal.Domain.Knowledge;

/// <summary>A knowledge article KBnnnnnnn (KB-3, KB-4): written as a draft, published, retired.</summary>
public sealed partial class KnowledgeArticle : AggregateRoot, IAuditable
{
    /// <summary>Provider data: its trail is for provider admins only.</summary>
    Guid? IAuditable.AuditCompanyId => null;

    public const string NumberPrefix = "KB";
    public const int NumberMax = 9;
    public const int TitleMax = 200;
    public const int AuthorNameMax = 200;

    private readonly List<ArticleService> _services = [];
    private readonly List<ArticleAttachment> _attachments = [];

    private KnowledgeArticle(string number, Guid knowledgeBaseId, Language language, string title, string bodyHtml,
        Guid authorId, string authorName, DateTimeOffset createdAt)
    {
        Number = number;
        KnowledgeBaseId = knowledgeBaseId;
        Language = language;
        Title = title;
        BodyHtml = bodyHtml;
        AuthorId = authorId;
        AuthorName = authorName;
        Status = ArticleStatus.Draft;
        CreatedAt = createdAt;
        UpdatedAt = createdAt;
    }

    public string Number { get; private set; }

    public Guid KnowledgeBaseId { get; private set; }

    public Guid? CategoryId { get; private set; }

    public Language Language { get; private set; }

    public string Title { get; private set; }

    /// <summary>Sanitized HTML.</summary>
    public string BodyHtml { get; private set; }

    public Guid AuthorId { get; private set; }

    public string AuthorName { get; private set; }

    public ArticleStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public int ViewCount { get; private set; }

    /// <summary>KB-3: empty means every customer may read it.</summary>
    public IReadOnlyCollection<ArticleService> Services => _services;

    public IReadOnlyCollection<ArticleAttachment> Attachments => _attachments;

    public static bool IsValidNumber(string? number) => number is not null && NumberFormat().IsMatch(number);

    public static KnowledgeArticle Draft(string number, KnowledgeBase knowledgeBase, Guid? categoryId,
        Language language, string title, string bodyHtml, Guid authorId, string authorName, DateTimeOffset now)
    {
        if (!IsValidNumber(number))
        {
            throw Rule.Broken("Article.InvalidNumber", ("number", number));
        }

        var article = new KnowledgeArticle(number, knowledgeBase.Id, language, "", "", authorId,
            Text.Required(authorName, AuthorNameMax, nameof(AuthorName)), now);
        article.Edit(language, title, bodyHtml, now);
        article.Categorize(knowledgeBase, categoryId, now);
        return article;
    }

    public void Edit(Language language, string title, string bodyHtml, DateTimeOffset now)
    {
        EnsureNotRetired();
        Language = language;
        Title = Text.Required(title, TitleMax, nameof(Title));
        BodyHtml = Text.Required(bodyHtml, int.MaxValue, nameof(BodyHtml));
        UpdatedAt = now;
    }

    /// <summary>Moves the article to a base and one of its categories (or none).</summary>
    public void Categorize(KnowledgeBase knowledgeBase, Guid? categoryId, DateTimeOffset now)
    {
        EnsureNotRetired();
        if (categoryId is { } id && !knowledgeBase.HasCategory(id))
        {
            throw Rule.Broken("Article.CategoryNotInBase", ("article", Number));
        }

        KnowledgeBaseId = knowledgeBase.Id;
        CategoryId = categoryId;
        UpdatedAt = now;
    }

    /// <summary>KB-3: replaces the services the article is limited to.</summary>
    public void RestrictToServices(IEnumerable<Guid> serviceIds, DateTimeOffset now)
    {
        EnsureNotRetired();
        _services.Clear();
        _services.AddRange(serviceIds.Distinct().Select(s => new ArticleService(Id, s)));
        UpdatedAt = now;
    }

    public ArticleAttachment AddAttachment(StoredFile file, Guid uploadedById, DateTimeOffset now)
    {
        EnsureNotRetired();
        var attachment = new ArticleAttachment(Id, file, uploadedById, now);
        _attachments.Add(attachment);
        UpdatedAt = now;
        return attachment;
    }

    public void Publish(DateTimeOffset now)
    {
        EnsureStatus(ArticleStatus.Draft, ArticleStatus.Published);
        Status = ArticleStatus.Published;
        PublishedAt = now;
        UpdatedAt = now;
        Raise(new ArticlePublished(Id, Number, now));
    }

    public void Retire(DateTimeOffset now)
    {
        EnsureStatus(ArticleStatus.Published, ArticleStatus.Retired);
        Status = ArticleStatus.Retired;
        UpdatedAt = now;
        Raise(new ArticleRetired(Id, Number, now));
    }

    /// <summary>Call only after an <see cref="ArticleView"/> for the user and day was inserted (KB-3).</summary>
    public void CountView()
    {
        if (Status != ArticleStatus.Published)
        {
            throw Rule.Broken("Article.NotPublished", ("article", Number));
        }

        ViewCount++;
    }

    private void EnsureStatus(ArticleStatus required, ArticleStatus target)
    {
        if (Status != required)
        {
            throw Rule.Broken("Article.IllegalTransition",
                ("article", Number), ("from", Status.ToString()), ("to", target.ToString()));
        }
    }

    private void EnsureNotRetired()
    {
        if (Status == ArticleStatus.Retired)
        {
            throw Rule.Broken("Article.Retired", ("article", Number));
        }
    }

    [GeneratedRegex("^KB[0-9]{7}$")]
    private static partial Regex NumberFormat();
}
