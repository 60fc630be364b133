using PdfSharp.Fonts;

namespace Portal.Infrastructure.Exports;

/// <summary>
/// HIST-2: PDFsharp takes fonts only from a resolver, and a fresh server has no Japanese font, so every
/// family resolves to the IPAexGothic file compiled into this assembly (Fonts/README.md: licence).
/// IPAexGothic has no bold or italic face: PDFsharp simulates them.
/// </summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    public const string Family = "IPAexGothic";

    private const string Resource = "Portal.Infrastructure.Exports.Fonts.ipaexg.ttf";

    private static readonly Lazy<byte[]> Font = new(Load);

    /// <summary>PDFsharp allows setting its resolver only once per process, before the first font is used.</summary>
    private static readonly Lazy<IFontResolver> Installed = new(() => GlobalFontSettings.FontResolver ??= new EmbeddedFontResolver());

    private EmbeddedFontResolver()
    {
    }

    /// <summary>Installs the resolver the first time a PDF is written; idempotent and thread-safe.</summary>
    public static void EnsureInstalled() => _ = Installed.Value;

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) => new(Family, bold, italic);

    public byte[]? GetFont(string faceName) => faceName == Family ? Font.Value : null;

    private static byte[] Load()
    {
        using var stream = typeof(EmbeddedFontResolver).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The font resource {Resource} is missing from the build.");
        using var copy = new MemoryStream((int)stream.Length);
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
