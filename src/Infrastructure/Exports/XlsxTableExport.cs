using Microsoft.AspNetCore.WebUtilities;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;
using Portal.Application.Common.Exports;

namespace Portal.Infrastructure.Exports;

/// <summary>
/// HIST-2 .xlsx with MiniExcel: rows go through its asynchronous data-reader path one at a time into the
/// compressed sheet (nothing is collected first). Cells are plain strings, never formulas, so a value like
/// "=cmd|…" stays text. The header row is written even when there are no rows.
/// </summary>
internal sealed class XlsxTableExport : ITableExport
{
    private const int SheetNameMax = 31;
    private const int BufferInMemory = 1024 * 1024;

    public ExportFormat Format => ExportFormat.Xlsx;

    public string ContentType => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public string FileExtension => ".xlsx";

    public int? MaxRows => null;

    public async Task WriteAsync(Stream output, TableHeader header, IAsyncEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        await using var reader = new RowReader(header.Columns, rows, cancellationToken);
        var configuration = new OpenXmlConfiguration { FastMode = false, EnableAutoWidth = false, FreezeRowCount = 1 };
        // The zip's central directory is written synchronously when MiniExcel closes it, which a response body
        // refuses; the file (3.7 MiB for 100,000 rows) is therefore built in a buffer that spills to a temp file.
        await using var buffer = new FileBufferingWriteStream(BufferInMemory);
        await MiniExcel.SaveAsAsync(buffer, reader, printHeader: true, sheetName: SheetName(header.Title),
            excelType: ExcelType.XLSX, configuration: configuration, cancellationToken: cancellationToken);
        await buffer.DrainBufferAsync(output, cancellationToken);
    }

    /// <summary>Excel's rules for sheet names: at most 31 characters, none of : \ / ? * [ ].</summary>
    private static string SheetName(string title)
    {
        var name = new string([.. title.Where(c => c is not (':' or '\\' or '/' or '?' or '*' or '[' or ']'))]).Trim();
        return name.Length == 0 ? "Sheet1" : name[..Math.Min(name.Length, SheetNameMax)];
    }

    /// <summary>The rows as MiniExcel's asynchronous data reader: column names up front, one row per read.</summary>
    private sealed class RowReader(IReadOnlyList<TableColumn> columns, IAsyncEnumerable<object?[]> rows, CancellationToken cancellationToken)
        : MiniExcelDataReaderBase
    {
        private readonly IAsyncEnumerator<object?[]> _rows = rows.GetAsyncEnumerator(cancellationToken);

        public override int FieldCount => columns.Count;

        public override string GetName(int i) => columns[i].Name;

        public override object GetValue(int i) => i < _rows.Current.Length ? Cells.Text(_rows.Current[i]) : string.Empty;

        public override async Task<bool> ReadAsync(CancellationToken cancellationToken = default) => await _rows.MoveNextAsync();

        /// <summary>MiniExcel's asynchronous writer reads with <see cref="ReadAsync"/>; blocking on the database is never wanted.</summary>
        public override bool Read() => throw new NotSupportedException("Read rows with ReadAsync.");

        public override async ValueTask DisposeAsync()
        {
            await _rows.DisposeAsync();
            await base.DisposeAsync();
        }
    }
}
