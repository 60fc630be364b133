namespace Portal.Domain.Common;

/// <summary>What every attachment row records (CASE-8, WR-1, KB-3); subclasses add their owner's id.</summary>
public abstract class FileAttachment : Entity
{
    protected FileAttachment(
        string fileName, string contentType, long length, string sha256, string storageKey,
        Guid uploadedById, DateTimeOffset uploadedAt)
    {
        FileName = fileName;
        ContentType = contentType;
        Length = length;
        Sha256 = sha256;
        StorageKey = storageKey;
        UploadedById = uploadedById;
        UploadedAt = uploadedAt;
    }

    public string FileName { get; private set; }

    public string ContentType { get; private set; }

    public long Length { get; private set; }

    public string Sha256 { get; private set; }

    /// <summary>Where the storage keeps the bytes; never shown to users.</summary>
    public string StorageKey { get; private set; }

    public Guid UploadedById { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }
}
