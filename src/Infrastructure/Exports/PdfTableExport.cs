using System.Globalization;
using Microsoft.Extensions.Options;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Portal.Application.Common.Exports;

namespace Portal.Infrastructure.Exports;

/// <summary>
/// HIST-2 PDF with PDFsharp: A4 landscape, the title and the column headings on every page, page numbers
/// "n / N", Japanese text in the embedded IPAexGothic. PDFsharp holds the whole document until it saves,
/// so this format stops at <see cref="ExportOptions.PdfMaxRows"/> rows and says so under the last one.
/// </summary>
internal sealed class PdfTableExport(IOptions<ExportOptions> options) : ITableExport
{
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    public ExportFormat Format => ExportFormat.Pdf;

    public string ContentType => "application/pdf";

    public string FileExtension => ".pdf";

    public int? MaxRows => options.Value.PdfMaxRows;

    public async Task WriteAsync(Stream output, TableHeader header, IAsyncEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        EmbeddedFontResolver.EnsureInstalled();
        using var document = new PdfDocument();
        document.Info.Title = header.Title;
        var fonts = new PdfFonts(
            new XFont(EmbeddedFontResolver.Family, 12, XFontStyleEx.Bold, Unicode),
            new XFont(EmbeddedFontResolver.Family, 7.5, XFontStyleEx.Bold, Unicode),
            new XFont(EmbeddedFontResolver.Family, 7.5, XFontStyleEx.Regular, Unicode));

        PdfPageWriter? page = null;
        try
        {
            var written = 0;
            var limit = options.Value.PdfMaxRows;
            await foreach (var row in rows.WithCancellation(cancellationToken))
            {
                if (page is null || page.IsFull)
                {
                    page?.Dispose();
                    page = new PdfPageWriter(document.AddPage(), header, fonts);
                }

                if (written++ == limit)
                {
                    // One row past the limit proves there were more: say so instead of drawing it.
                    page.Note(string.Format(CultureInfo.CurrentCulture, header.LimitNote ?? "… ({0:N0})", limit));
                    break;
                }

                page.Row(row);
            }

            page ??= new PdfPageWriter(document.AddPage(), header, fonts); // no rows: still the headings
        }
        finally
        {
            page?.Dispose();
        }

        PdfPageWriter.NumberPages(document, fonts.Body);
        // PdfDocument.Save needs a seekable stream (it writes cross-reference offsets); a response body is not.
        using var buffer = new MemoryStream();
        await document.SaveAsync(buffer);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }
}
