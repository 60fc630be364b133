using System.Buffers;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Domain.Common;

namespace Portal.Infrastructure.Storage;

/// <summary>
/// CASE-8: attachments in a folder ("Storage:Path"; by default "files" in the data folder). Each file gets a
/// random key ("3f/3f9c…", a sub-folder per first byte) and never the user's name; it is written under a
/// temporary name first and moved into place once complete, so a half-written file is never served.
/// </summary>
public sealed partial class LocalFileStorage : IFileStorage
{
    /// <summary>Copy buffer: the only memory an upload of any size takes.</summary>
    private const int BufferSize = 81_920;

    private const string IncomingFolder = ".incoming";

    private readonly string _root;

    public LocalFileStorage(string root)
    {
        _root = Path.GetFullPath(root);
        Directory.CreateDirectory(Path.Combine(_root, IncomingFolder));
    }

    public async Task<StoredFile> SaveAsync(Stream content, string fileName, string contentType, long maxLength,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var key = NewKey();
        var temporary = Path.Combine(_root, IncomingFolder, Guid.CreateVersion7().ToString("N") + ".part");
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long length = 0;
            await using (var output = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0,
                FileOptions.Asynchronous))
            {
                int read;
                while ((read = await content.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken)) > 0)
                {
                    length += read;
                    if (length > maxLength)
                        throw new FileTooLargeException(maxLength);
                    sha256.AppendData(buffer, 0, read);
                    await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }

            var target = PathOf(key);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(temporary, target);
            return new StoredFile(fileName, contentType, length, Convert.ToHexString(sha256.GetHashAndReset()), key);
        }
        catch
        {
            File.Delete(temporary); // no error when it is already gone
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public Task<Stream> OpenReadAsync(string storageKey, CancellationToken cancellationToken)
    {
        try
        {
            Stream stream = new FileStream(PathOf(storageKey), FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize,
                FileOptions.Asynchronous | FileOptions.SequentialScan);
            return Task.FromResult(stream);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new NotFoundException($"Stored file {storageKey} is missing.", ex);
        }
    }

    public Task DeleteAsync(string storageKey, CancellationToken cancellationToken)
    {
        File.Delete(PathOf(storageKey));
        return Task.CompletedTask;
    }

    private static string NewKey()
    {
        var name = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        return $"{name[..2]}/{name}";
    }

    /// <summary>Only keys this storage made resolve to a path: nothing outside the folder can be named.</summary>
    private string PathOf(string storageKey) =>
        KeyFormat().IsMatch(storageKey)
            ? Path.Combine(_root, storageKey[..2], storageKey[3..])
            : throw new ArgumentException("Not a storage key of this storage.", nameof(storageKey));

    [GeneratedRegex("^[0-9a-f]{2}/[0-9a-f]{32}$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex KeyFormat();
}
