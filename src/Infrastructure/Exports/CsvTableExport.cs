using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Portal.Application.Common.Exports;

namespace Portal.Infrastructure.Exports;

/// <summary>
/// HIST-2 CSV: UTF-8 with a BOM (so Excel reads Japanese correctly), written row by row. A cell starting
/// with = + - @ tab or CR, or a full-width ＝ ＋ － ＠, gets a leading ' (OWASP "CSV injection"): Excel then
/// shows it as text instead of running it as a formula.
/// </summary>
internal sealed class CsvTableExport : ITableExport
{
    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture)
    {
        InjectionOptions = InjectionOptions.Escape,
        InjectionEscapeCharacter = '\'',
        InjectionCharacters = ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'],
    };

    public ExportFormat Format => ExportFormat.Csv;

    public string ContentType => "text/csv; charset=utf-8";

    public string FileExtension => ".csv";

    public int? MaxRows => null;

    public async Task WriteAsync(Stream output, TableHeader header, IAsyncEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        await using var text = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 64 * 1024, leaveOpen: true);
        await using var csv = new CsvWriter(text, Configuration);
        foreach (var column in header.Columns)
            csv.WriteField(column.Name);
        await csv.NextRecordAsync();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            foreach (var cell in row)
                csv.WriteField(Cells.Text(cell));
            await csv.NextRecordAsync();
        }

        await csv.FlushAsync();
    }
}
