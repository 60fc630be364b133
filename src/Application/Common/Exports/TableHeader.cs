namespace Portal.Application.Common.Exports;

/// <summary>What an exported table is called (PDF heading, sheet name) and its columns, already in the user's language.</summary>
/// <param name="LimitNote">
/// Written under the last row when a format's <see cref="ITableExport.MaxRows"/> cut the table short;
/// "{0}" is the limit.
/// </param>
public sealed record TableHeader(string Title, IReadOnlyList<TableColumn> Columns, string? LimitNote = null);

/// <summary>A column heading; <paramref name="Width"/> is its share of a page's width where the format has pages (PDF).</summary>
public sealed record TableColumn(string Name, double Width = 1);
