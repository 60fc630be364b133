using Portal.Application.Common.Exports;
using UglyToad.PdfPig;

namespace Portal.Application.Tests.Exports;

/// <summary>HIST-2: the PDF renders Japanese with the font shipped in the app, repeats the headings on every page and stops at its row limit.</summary>
[Trait("Req", "HIST-2")]
public class PdfExportTests
{
    [Fact]
    public async Task Japanese_names_and_headings_are_in_the_PDFs_text_in_the_embedded_IPAex_font()
    {
        var bytes = await Writers.WriteAsync(Writers.For(ExportFormat.Pdf), [Writers.Row("山田 花子"), Writers.Row("user.a@example.com.fm", "ログイン失敗")]);

        using var pdf = PdfDocument.Open(bytes);
        var page = Assert.Single(pdf.GetPages());
        var text = page.Text;
        Assert.Contains("ログイン履歴", text, StringComparison.Ordinal);
        Assert.Contains("ユーザーID", text, StringComparison.Ordinal);
        Assert.Contains("山田", text, StringComparison.Ordinal);
        Assert.Contains("花子", text, StringComparison.Ordinal);
        Assert.Contains("ログイン失敗", text, StringComparison.Ordinal);
        Assert.Contains("user.a@example.com.fm", text, StringComparison.Ordinal);
        Assert.All(page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)), l => Assert.Contains("IPAexGothic", l.FontName, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_page_repeats_the_title_and_headings_and_is_numbered()
    {
        var rows = Enumerable.Range(1, 100).Select(i => Writers.Row($"user{i:000}@example.com.fm")).ToList();

        var bytes = await Writers.WriteAsync(Writers.For(ExportFormat.Pdf), rows);

        using var pdf = PdfDocument.Open(bytes);
        var pages = pdf.GetPages().ToList();
        Assert.True(pages.Count > 1, $"{pages.Count} page(s)");
        Assert.All(pages, p => Assert.Contains("ログイン履歴", p.Text, StringComparison.Ordinal));
        Assert.All(pages, p => Assert.Contains("ユーザーエージェント", p.Text, StringComparison.Ordinal));
        Assert.All(pages, p => Assert.Contains($"{p.Number} / {pages.Count}", p.Text, StringComparison.Ordinal));
        var all = string.Concat(pages.Select(p => p.Text));
        Assert.All(rows, r => Assert.Contains((string)r[1]!, all, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Past_its_row_limit_the_PDF_stops_and_says_so()
    {
        var writer = Writers.For(ExportFormat.Pdf, pdfMaxRows: 30);
        var rows = Enumerable.Range(1, 31).Select(i => Writers.Row($"user{i:000}@example.com.fm")).ToList();

        var bytes = await Writers.WriteAsync(writer, rows);

        using var pdf = PdfDocument.Open(bytes);
        var text = string.Concat(pdf.GetPages().Select(p => p.Text));
        Assert.Equal(30, writer.MaxRows);
        Assert.Contains("user030@example.com.fm", text, StringComparison.Ordinal);
        Assert.DoesNotContain("user031@example.com.fm", text, StringComparison.Ordinal);
        Assert.Contains("この PDF には先頭 30 件のみを出力しています。", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exactly_at_its_row_limit_the_PDF_has_every_row_and_no_note()
    {
        var rows = Enumerable.Range(1, 30).Select(i => Writers.Row($"user{i:000}@example.com.fm")).ToList();

        var bytes = await Writers.WriteAsync(Writers.For(ExportFormat.Pdf, pdfMaxRows: 30), rows);

        using var pdf = PdfDocument.Open(bytes);
        var text = string.Concat(pdf.GetPages().Select(p => p.Text));
        Assert.Contains("user030@example.com.fm", text, StringComparison.Ordinal);
        Assert.DoesNotContain("この PDF には", text, StringComparison.Ordinal);
    }
}
