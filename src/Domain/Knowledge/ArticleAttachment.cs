using Portal.Domain.Common;

namespace Portal.Domain.Knowledge;

public sealed class ArticleAttachment : FileAttachment
{
    private ArticleAttachment(Guid articleId, string fileName, string contentType, long length, string sha256,
        string storageKey, Guid uploadedById, DateTimeOffset uploadedAt)
        : base(fileName, contentType, length, sha256, storageKey, uploadedById, uploadedAt) => ArticleId = articleId;

    internal ArticleAttachment(Guid articleId, StoredFile file, Guid uploadedById, DateTimeOffset uploadedAt)
        : this(articleId, file.FileName, file.ContentType, file.Length, file.Sha256, file.StorageKey,
            uploadedById, uploadedAt)
    {
    }

    public Guid ArticleId { get; private set; }
}
