using Portal.Domain.Common;

namespace Portal.Application.Common.Interfaces;

/// <summary>
/// CASE-8: where attachment bytes live (a folder by default). Files arrive as streams and are never held
/// whole in memory; the storage picks the key, never the user's file name.
/// </summary>
public interface IFileStorage
{
    /// <summary>
    /// Copies <paramref name="content"/> to storage while counting its bytes and computing its SHA-256.
    /// Beyond <paramref name="maxLength"/> bytes the copy stops, the partial file is deleted and
    /// <see cref="Exceptions.FileTooLargeException"/> is thrown.
    /// </summary>
    Task<StoredFile> SaveAsync(Stream content, string fileName, string contentType, long maxLength, CancellationToken cancellationToken);

    /// <summary>The stored bytes for reading (seekable); the caller disposes the stream.</summary>
    Task<Stream> OpenReadAsync(string storageKey, CancellationToken cancellationToken);

    /// <summary>Removes the file; an unknown key is not an error.</summary>
    Task DeleteAsync(string storageKey, CancellationToken cancellationToken);
}
