using System.Text.RegularExpressions;

namespace Portal.Domain.Common;

/// <summary>A file already streamed to storage with its SHA-256 (CASE-8), ready to attach.</summary>
public sealed partial record StoredFile
{
    public const int FileNameMax = 255;
    public const int ContentTypeMax = 200;
    public const int Sha256Length = 64;
    public const int StorageKeyMax = 400;

    public StoredFile(string fileName, string contentType, long length, string sha256, string storageKey)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        if (!Sha256Hex().IsMatch(sha256))
        {
            throw Rule.Broken("File.InvalidHash");
        }

        FileName = Text.Required(fileName, FileNameMax, nameof(FileName));
        ContentType = Text.Required(contentType, ContentTypeMax, nameof(ContentType));
        Length = length;
        Sha256 = sha256.ToUpperInvariant();
        StorageKey = Text.Required(storageKey, StorageKeyMax, nameof(StorageKey));
    }

    public string FileName { get; }

    public string ContentType { get; }

    public long Length { get; }

    /// <summary>Upper-case hex.</summary>
    public string Sha256 { get; }

    public string StorageKey { get; }

    [GeneratedRegex("^[0-9A-Fa-f]{64}$")]
    private static partial Regex Sha256Hex();
}
