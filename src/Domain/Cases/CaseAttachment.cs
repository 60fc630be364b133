using Portal.Domain.Common;

namespace Portal.Domain.Cases;

public sealed class CaseAttachment : FileAttachment
{
    private CaseAttachment(Guid caseId, string fileName, string contentType, long length, string sha256,
        string storageKey, Guid uploadedById, DateTimeOffset uploadedAt)
        : base(fileName, contentType, length, sha256, storageKey, uploadedById, uploadedAt) => CaseId = caseId;

    internal CaseAttachment(Guid caseId, StoredFile file, Guid uploadedById, DateTimeOffset uploadedAt)
        : this(caseId, file.FileName, file.ContentType, file.Length, file.Sha256, file.StorageKey, uploadedById, uploadedAt)
    {
    }

    public Guid CaseId { get; private set; }
}
