namespace Portal.Application.Common.Exports;

/// <summary>
/// HIST-2: writes a table in one format straight to a stream as the rows arrive, so a large export never
/// sits whole in memory (the PDF writer, which must, is capped by <see cref="MaxRows"/>).
/// </summary>
public interface ITableExport
{
    ExportFormat Format { get; }

    string ContentType { get; }

    /// <summary>With the dot: ".csv".</summary>
    string FileExtension { get; }

    /// <summary>The most rows the format takes; the caller stops there and says so. Null: no limit.</summary>
    int? MaxRows { get; }

    /// <summary>Cells are written as text (<see cref="Convert.ToString(object, IFormatProvider)"/>, invariant); the caller formats times and labels.</summary>
    Task WriteAsync(Stream output, TableHeader header, IAsyncEnumerable<object?[]> rows, CancellationToken cancellationToken);
}
