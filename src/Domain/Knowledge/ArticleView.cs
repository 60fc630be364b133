using Portal.Domain.Common;

namespace Portal.Domain.Knowledge;

/// <summary>
/// KB-3: a view counted once per user per day. A unique index on (article, contact, day) makes the
/// insert fail for a repeat; only a successful insert increments the article's view count.
/// </summary>
public sealed class ArticleView : Entity
{
    private ArticleView(Guid articleId, Guid contactId, DateOnly day)
    {
        ArticleId = articleId;
        ContactId = contactId;
        Day = day;
    }

    public Guid ArticleId { get; private set; }

    public Guid ContactId { get; private set; }

    /// <summary>The day in the viewer's time zone.</summary>
    public DateOnly Day { get; private set; }

    public static ArticleView Record(Guid articleId, Guid contactId, DateOnly day) => new(articleId, contactId, day);
}
