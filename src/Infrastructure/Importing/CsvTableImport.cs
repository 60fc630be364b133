using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Portal.Application.Common.Importing;

namespace Portal.Infrastructure.Importing;

/// <summary>
/// A CSV upload read with CsvHelper (RFC 4180 quoting, comma, semicolon or tab found from the first line). The
/// bytes are UTF-8 when they say so by a BOM or decode as UTF-8 without error, UTF-16 by its BOM, and otherwise
/// Shift_JIS, the encoding Excel writes on a Japanese Windows.
/// </summary>
internal sealed class CsvTableImport : ITableImport
{
    private const int ShiftJis = 932;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture)
    {
        HasHeaderRecord = false,
        DetectDelimiter = true,
        DetectDelimiterValues = [",", ";", "\t"],
        IgnoreBlankLines = true,
    };

    static CsvTableImport() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public IReadOnlyList<IReadOnlyList<string>>? Read(ReadOnlyMemory<byte> content)
    {
        if (Decode(content.Span) is not { } text)
            return null;
        try
        {
            using var parser = new CsvParser(new StringReader(text), Configuration);
            var records = new List<IReadOnlyList<string>>();
            while (parser.Read())
                records.Add(parser.Record ?? []);
            return records;
        }
        catch (CsvHelperException)
        {
            return null;
        }
    }

    private static string? Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return Try(StrictUtf8, bytes[3..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return Try(new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), bytes[2..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return Try(new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), bytes[2..]);
        return Try(StrictUtf8, bytes)
            ?? Try(Encoding.GetEncoding(ShiftJis, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback), bytes);
    }

    private static string? Try(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        try
        {
            var text = encoding.GetString(bytes);
            // A NUL is no text a person typed: a binary file uploaded by mistake.
            return text.Contains('\0', StringComparison.Ordinal) ? null : text;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
