using System.Text.RegularExpressions;
using Mediator;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Domain.Common;

namespace Portal.Application.Common.Files;

/// <summary>
/// CASE-8: an uploaded file on its way to storage, before any command attaches it. Storing happens outside
/// the command's transaction (a 2 GB upload must not hold the database); the caller attaches the
/// <see cref="StoredFile"/> with a command and discards it when that command is refused.
/// </summary>
public sealed partial class FileUploads(IFileStorage storage, ISender sender, IOptions<AttachmentOptions> options, ILogger<FileUploads> logger)
{
    public const string OctetStream = "application/octet-stream";

    /// <summary>The largest file accepted, in bytes.</summary>
    public long MaxBytes => options.Value.MaxBytes;

    /// <summary>
    /// Streams <paramref name="content"/> to storage under its cleaned name. Refused with a rule error
    /// (resource key = code, data "file" and "limit"): "File.BlockedExtension" before a byte is stored,
    /// "File.TooLarge" as soon as the stream passes <see cref="MaxBytes"/> (nothing stays stored).
    /// </summary>
    public async Task<StoredFile> StoreAsync(string? fileName, string? contentType, Stream content, CancellationToken cancellationToken)
    {
        var name = UploadFileName.Clean(fileName);
        if (UploadFileName.IsBlocked(name, options.Value.Blocked))
            throw Rule.Broken("File.BlockedExtension", ("file", name));
        try
        {
            return await storage.SaveAsync(content, name, CleanContentType(contentType), MaxBytes, cancellationToken);
        }
        catch (FileTooLargeException)
        {
            throw TooLarge(name);
        }
    }

    /// <summary>The refusal of a file (or a request) larger than <see cref="MaxBytes"/>.</summary>
    public DomainRuleException TooLarge(string? fileName) =>
        Rule.Broken("File.TooLarge", ("file", fileName is null ? null : UploadFileName.Clean(fileName)), ("limit", MaxBytes));

    /// <summary>
    /// Sends the command that attaches <paramref name="files"/>. Whatever refuses it (validation, a rule, not
    /// found, a concurrent change), the files are deleted again before the refusal goes on to the caller.
    /// </summary>
    public async Task<TResponse> SendAsync<TResponse>(ICommand<TResponse> command, IReadOnlyCollection<StoredFile> files,
        CancellationToken cancellationToken)
    {
        try
        {
            return await sender.Send(command, cancellationToken);
        }
        catch
        {
            await DiscardAsync(files);
            throw;
        }
    }

    /// <summary>Deletes files whose command was refused. Never throws: a file left behind only costs space.</summary>
    public async Task DiscardAsync(IEnumerable<StoredFile> files)
    {
        foreach (var file in files)
        {
            try
            {
                await storage.DeleteAsync(file.StorageKey, CancellationToken.None);
            }
            catch (IOException ex)
            {
                LogDiscardFailed(logger, ex, file.StorageKey);
            }
            catch (UnauthorizedAccessException ex)
            {
                LogDiscardFailed(logger, ex, file.StorageKey);
            }
        }
    }

    /// <summary>Kept for the record only: downloads are always sent as <see cref="OctetStream"/>.</summary>
    private static string CleanContentType(string? contentType) =>
        contentType is { Length: <= StoredFile.ContentTypeMax } && MediaType().IsMatch(contentType) ? contentType.ToLowerInvariant() : OctetStream;

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex MediaType();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not delete the stored file {StorageKey}")]
    private static partial void LogDiscardFailed(ILogger logger, Exception exception, string storageKey);
}
