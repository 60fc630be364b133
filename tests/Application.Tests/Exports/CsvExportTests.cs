using System.Globalization;
using System.Text;
using CsvHelper;
using Portal.Application.Common.Exports;

namespace Portal.Application.Tests.Exports;

/// <summary>HIST-2: CSV that Excel opens correctly (UTF-8 with BOM) and safely (no formula runs).</summary>
[Trait("Req", "HIST-2")]
public class CsvExportTests
{
    [Fact]
    public async Task The_file_starts_with_the_UTF8_BOM_and_keeps_Japanese_text()
    {
        var bytes = await Writers.WriteAsync(Writers.For(ExportFormat.Csv), [Writers.Row("user.a@example.com.fm")]);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var rows = Read(bytes);
        Assert.Equal(["イベント", "ユーザーID", "日時", "IPアドレス", "ユーザーエージェント"], rows[0]);
        Assert.Equal(["ログイン成功", "user.a@example.com.fm", "2026-11-24 09:00:00", "203.0.113.10", "Mozilla/5.0"], rows[1]);
    }

    [Theory]
    [InlineData("=cmd|' /C calc'!A0")]
    [InlineData("+1+cmd|' /C calc'!A0")]
    [InlineData("-2+3")]
    [InlineData("@SUM(1+1)*cmd|' /C calc'!A0")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    [InlineData("＝1+1")]
    public async Task A_cell_that_Excel_would_run_as_a_formula_gets_a_leading_quote(string typed)
    {
        var bytes = await Writers.WriteAsync(Writers.For(ExportFormat.Csv), [Writers.Row(typed, userAgent: typed)]);

        var row = Read(bytes)[1];
        Assert.Equal("'" + typed, row[1]);
        Assert.Equal("'" + typed, row[4]);
    }

    [Theory]
    [InlineData("user.a@example.com.fm")]
    [InlineData("a=b")]
    [InlineData("Mozilla/5.0 (X11; Linux x86_64)")]
    public async Task Other_cells_are_written_as_they_are(string typed)
    {
        var bytes = await Writers.WriteAsync(Writers.For(ExportFormat.Csv), [Writers.Row(typed)]);

        Assert.Equal(typed, Read(bytes)[1][1]);
    }

    [Fact]
    public async Task With_no_rows_the_file_still_has_the_headings()
    {
        var bytes = await Writers.WriteAsync(Writers.For(ExportFormat.Csv), []);

        Assert.Equal(["イベント", "ユーザーID", "日時", "IPアドレス", "ユーザーエージェント"], Assert.Single(Read(bytes)));
    }

    private static List<string[]> Read(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvParser(reader, CultureInfo.InvariantCulture);
        List<string[]> rows = [];
        while (csv.Read())
            rows.Add(csv.Record!);
        return rows;
    }
}
