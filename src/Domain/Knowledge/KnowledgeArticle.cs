using System.Text.RegularExpressions;
using Portal.Domain.Common;
using Portal.Domain.Knowledge.Events;

namespace Portal.Domain.Knowledge;

/// <summary>
/// A knowledge article KBnnnnnnn (KB-3, KB-4): written as a draft, published, retired; in its language and, when
/// translated, in the other one too (KB-4: Japanese and/or English). A document article (the guide's PDFs) has
/// no body of its own, only its attachment.
/// </summary>
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

    /// <summary>Sanitized HTML; empty for an article whose content is its attached document.</summary>
    public string BodyHtml { get; private set; }

    /// <summary>The title in the other language (<see cref="OtherLanguage"/>), when the article is translated.</summary>
    public string? TranslatedTitle { get; private set; }

    /// <summary>The body in the other language; empty when the title is translated but the body is the document.</summary>
    public string? TranslatedBodyHtml { get; private set; }

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

    /// <summary>The language a translation is in: English for a Japanese article, Japanese for an English one.</summary>
    public Language OtherLanguage => Language == Language.Japanese ? Language.English : Language.Japanese;

    public bool IsTranslated => TranslatedTitle is not null;

    /// <summary>The guide's document articles: no body; the first attachment is the article (its title downloads it).</summary>
    public bool IsDocument => BodyHtml.Length == 0 && _attachments.Count > 0;

    /// <summary>The languages the article can be read in.</summary>
    public IReadOnlyList<Language> Languages => IsTranslated ? [Language, OtherLanguage] : [Language];

    /// <summary>The title and body in <paramref name="language"/> when the article has it, otherwise in its own language.</summary>
    public (Language Language, string Title, string BodyHtml) In(Language language) =>
        language == OtherLanguage && TranslatedTitle is { } title ? (language, title, TranslatedBodyHtml ?? "") : (Language, Title, BodyHtml);

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

    /// <summary>The article in its language; a translation made before is kept (see <see cref="Translate"/>).</summary>
    public void Edit(Language language, string title, string bodyHtml, DateTimeOffset now)
    {
        EnsureNotRetired();
        Language = language;
        Title = Text.Required(title, TitleMax, nameof(Title));
        BodyHtml = Text.Clean(bodyHtml).Trim();
        EnsureReadable();
        UpdatedAt = now;
    }

    /// <summary>KB-4: the article in <see cref="OtherLanguage"/>; a null title removes the translation.</summary>
    public void Translate(string? title, string? bodyHtml, DateTimeOffset now)
    {
        EnsureNotRetired();
        TranslatedTitle = Text.Optional(title, TitleMax, nameof(TranslatedTitle));
        TranslatedBodyHtml = TranslatedTitle is null ? null : Text.Clean(bodyHtml ?? "").Trim();
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

    public void RemoveAttachment(Guid attachmentId, DateTimeOffset now)
    {
        EnsureNotRetired();
        var attachment = _attachments.Find(a => a.Id == attachmentId) ?? throw Rule.Broken("Article.NoSuchAttachment", ("article", Number));
        if (Status == ArticleStatus.Published && BodyHtml.Length == 0 && _attachments.Count == 1)
        {
            throw Rule.Broken("Article.Empty", ("article", Number));
        }

        _attachments.Remove(attachment);
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

    /// <summary>An article with no body is read through its attachment: it must have one to be published.</summary>
    public void Publish(DateTimeOffset now)
    {
        EnsureStatus(ArticleStatus.Draft, ArticleStatus.Published);
        if (BodyHtml.Length == 0 && _attachments.Count == 0)
        {
            throw Rule.Broken("Article.Empty", ("article", Number));
        }

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

    /// <summary>A published article keeps something to read: a body or its document.</summary>
    private void EnsureReadable()
    {
        if (Status == ArticleStatus.Published && BodyHtml.Length == 0 && _attachments.Count == 0)
        {
            throw Rule.Broken("Article.Empty", ("article", Number));
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
