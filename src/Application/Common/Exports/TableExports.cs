namespace Portal.Application.Common.Exports;

public static class TableExports
{
    /// <summary>The registered writer of <paramref name="format"/>.</summary>
    public static ITableExport For(this IEnumerable<ITableExport> exports, ExportFormat format) =>
        exports.FirstOrDefault(e => e.Format == format) ?? throw new NotSupportedException($"No {format} export is registered.");
}
