using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Portal.Application.Common.Exports;

namespace Portal.Infrastructure.Exports;

internal sealed record PdfFonts(XFont Title, XFont Heading, XFont Body);

/// <summary>One A4 landscape page of a PDF table being filled: draws the title and headings on creation, then rows until full.</summary>
internal sealed class PdfPageWriter : IDisposable
{
    private const double Margin = 28;
    private const double RowHeight = 12;
    private const double Padding = 2;

    private readonly XGraphics _graphics;
    private readonly PdfFonts _fonts;
    private readonly double[] _left;
    private readonly double[] _width;
    private readonly double _usable;
    private readonly double _bottom;
    private double _top;

    public PdfPageWriter(PdfPage page, TableHeader header, PdfFonts fonts)
    {
        page.Size = PageSize.A4;
        page.Orientation = PageOrientation.Landscape;
        _graphics = XGraphics.FromPdfPage(page);
        _fonts = fonts;
        _usable = page.Width.Point - (2 * Margin);
        var total = header.Columns.Sum(c => c.Width);
        _width = [.. header.Columns.Select(c => _usable * c.Width / total)];
        _left = new double[_width.Length];
        for (var i = 1; i < _width.Length; i++)
            _left[i] = _left[i - 1] + _width[i - 1];
        _bottom = page.Height.Point - Margin;

        _graphics.DrawString(header.Title, fonts.Title, XBrushes.Black, new XRect(Margin, Margin, _usable, 16), XStringFormats.TopLeft);
        _top = Margin + 22;
        _graphics.DrawRectangle(XBrushes.LightGray, new XRect(Margin, _top, _usable, RowHeight + 2));
        Cells([.. header.Columns.Select(c => (object?)c.Name)], fonts.Heading);
        _top += RowHeight + 2;
    }

    public bool IsFull => _top + RowHeight > _bottom;

    public void Row(object?[] row)
    {
        Cells(row, _fonts.Body);
        _top += RowHeight;
        _graphics.DrawLine(XPens.LightGray, Margin, _top, Margin + _usable, _top);
    }

    /// <summary>A line of text across the table's width, e.g. why it ends early.</summary>
    public void Note(string text)
    {
        _graphics.DrawString(Fit(text, _fonts.Heading, _usable), _fonts.Heading, XBrushes.DarkRed, new XRect(Margin, _top + 2, _usable, RowHeight), XStringFormats.TopLeft);
        _top += RowHeight;
    }

    /// <summary>"n / N" at the foot of every page, once the number of pages is known.</summary>
    public static void NumberPages(PdfDocument document, XFont font)
    {
        for (var i = 0; i < document.PageCount; i++)
        {
            var page = document.Pages[i];
            using var graphics = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var box = new XRect(Margin, page.Height.Point - Margin + 6, page.Width.Point - (2 * Margin), RowHeight);
            graphics.DrawString($"{i + 1} / {document.PageCount}", font, XBrushes.Gray, box, XStringFormats.TopRight);
        }
    }

    public void Dispose() => _graphics.Dispose();

    private void Cells(object?[] cells, XFont font)
    {
        for (var i = 0; i < _width.Length && i < cells.Length; i++)
        {
            var width = _width[i] - (2 * Padding);
            var box = new XRect(Margin + _left[i] + Padding, _top + 1, width, RowHeight);
            _graphics.DrawString(Fit(Exports.Cells.Text(cells[i]), font, width), font, XBrushes.Black, box, XStringFormats.TopLeft);
        }
    }

    /// <summary>The longest start of <paramref name="text"/> that fits, with an ellipsis when cut (user agents are long).</summary>
    private string Fit(string text, XFont font, double width)
    {
        if (_graphics.MeasureString(text, font).Width <= width)
            return text;
        int low = 0, high = text.Length;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (_graphics.MeasureString(string.Concat(text.AsSpan(0, middle), "…"), font).Width <= width)
                low = middle;
            else
                high = middle - 1;
        }

        return string.Concat(text.AsSpan(0, low), "…");
    }
}
