using System.IO.Compression;
using System.Text.RegularExpressions;
using MiniExcelLibs;
using Portal.Application.Common.Exports;

namespace Portal.Application.Tests.Exports;

/// <summary>HIST-2: the .xlsx reads back with the same cells, and a formula-looking value stays text.</summary>
[Trait("Req", "HIST-2")]
public partial class XlsxExportTests
{
    [Fact]
    public async Task The_workbook_reads_back_with_the_headings_and_every_row()
    {
        object?[][] rows = [Writers.Row("user.a@example.com.fm"), Writers.Row("admin.a@example.com.fm", "ログアウト", userAgent: null)];

        var bytes = await Writers.WriteAsync(Writers.For(ExportFormat.Xlsx), rows);

        var sheet = Read(bytes);
        Assert.Equal(["イベント", "ユーザーID", "日時", "IPアドレス", "ユーザーエージェント"], sheet[0]);
        Assert.Equal(["ログイン成功", "user.a@example.com.fm", "2026-11-24 09:00:00", "203.0.113.10", "Mozilla/5.0"], sheet[1]);
        Assert.Equal(["ログアウト", "admin.a@example.com.fm", "2026-11-24 09:00:00", "203.0.113.10", ""], sheet[2]);
        Assert.Equal(3, sheet.Count);
    }

    [Fact]
    public async Task A_formula_looking_value_is_stored_as_text_not_as_a_formula()
    {
        var bytes = await Writers.WriteAsync(Writers.For(ExportFormat.Xlsx), [Writers.Row("=cmd|' /C calc'!A0")]);

        Assert.Equal("=cmd|' /C calc'!A0", Read(bytes)[1][1]);
        using var zip = new ZipArchive(new MemoryStream(bytes));
        using var xml = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        Assert.DoesNotMatch(FormulaElement(), await xml.ReadToEndAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task With_no_rows_the_sheet_still_has_the_headings()
    {
        var bytes = await Writers.WriteAsync(Writers.For(ExportFormat.Xlsx), []);

        Assert.Equal(["イベント", "ユーザーID", "日時", "IPアドレス", "ユーザーエージェント"], Assert.Single(Read(bytes)));
    }

    private static List<string[]> Read(byte[] bytes) =>
        [.. MiniExcel.Query(new MemoryStream(bytes)).Cast<IDictionary<string, object?>>()
            .Select(row => row.Values.Select(v => v?.ToString() ?? string.Empty).ToArray())];

    [GeneratedRegex("<(\\w+:)?f[ >/]")]
    private static partial Regex FormulaElement();
}
