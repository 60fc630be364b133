using System.Globalization;
using System.Text;
using Portal.Domain.Common;

namespace Portal.Application.Common.Files;

/// <summary>CASE-8: the name an uploaded file is kept and downloaded under, and whether its type is refused.</summary>
public static class UploadFileName
{
    /// <summary>What a file with no usable name is called.</summary>
    public const string Fallback = "file";

    private const string Reserved = "<>:\"|?*";

    /// <summary>
    /// The last path part only (browsers used to send full paths), without control and bidirectional
    /// formatting characters (U+202E can make "exe.pdf" read as "pdf.exe"), without the characters Windows
    /// refuses and the trailing dots and spaces it drops; at most <see cref="StoredFile.FileNameMax"/> characters.
    /// </summary>
    public static string Clean(string? fileName)
    {
        var name = (fileName ?? string.Empty).Normalize(NormalizationForm.FormC);
        name = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];
        var text = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
                continue;
            text.Append(Reserved.Contains(c, StringComparison.Ordinal) ? '_' : c);
        }

        name = text.ToString().Trim().TrimEnd('.', ' ');
        if (name.Length == 0 || name.All(c => c == '.'))
            return Fallback;
        return name.Length <= StoredFile.FileNameMax ? name : Shorten(name);
    }

    /// <summary>
    /// True when the extension (the part after the last dot, so "invoice.pdf.exe" is an exe) is one of
    /// <paramref name="blocked"/>, in any letter case.
    /// </summary>
    public static bool IsBlocked(string cleanName, IEnumerable<string> blocked)
    {
        var dot = cleanName.LastIndexOf('.');
        if (dot < 0)
            return false;
        var extension = cleanName[(dot + 1)..];
        return blocked.Any(b => string.Equals(b.TrimStart('.'), extension, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Keeps the extension: cutting it off would change what the file is.</summary>
    private static string Shorten(string name)
    {
        var extension = Path.GetExtension(name);
        if (extension.Length > 20)
            extension = string.Empty;
        var stem = name[..(StoredFile.FileNameMax - extension.Length)];
        if (char.IsHighSurrogate(stem[^1]))
            stem = stem[..^1];
        return stem + extension;
    }
}
