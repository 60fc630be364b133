using Portal.Domain.Common;

namespace Portal.Domain.Knowledge;

/// <summary>KB-3: an article with any of these rows is visible only to customers of those services.</summary>
public sealed class ArticleService : Entity
{
    internal ArticleService(Guid articleId, Guid serviceId)
    {
        ArticleId = articleId;
        ServiceId = serviceId;
    }

    public Guid ArticleId { get; private set; }

    public Guid ServiceId { get; private set; }
}
