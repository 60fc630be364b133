using Portal.Domain.Common;

namespace Portal.Domain.WorkRequests;

public sealed class WorkRequestAttachment : FileAttachment
{
    private WorkRequestAttachment(Guid workRequestId, string fileName, string contentType, long length, string sha256,
        string storageKey, Guid uploadedById, DateTimeOffset uploadedAt)
        : base(fileName, contentType, length, sha256, storageKey, uploadedById, uploadedAt) => WorkRequestId = workRequestId;

    internal WorkRequestAttachment(Guid workRequestId, StoredFile file, Guid uploadedById, DateTimeOffset uploadedAt)
        : this(workRequestId, file.FileName, file.ContentType, file.Length, file.Sha256, file.StorageKey,
            uploadedById, uploadedAt)
    {
    }

    public Guid WorkRequestId { get; private set; }
}
