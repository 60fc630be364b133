namespace Portal.Infrastructure.Exports;

/// <summary>Section "Exports" (HIST-2).</summary>
public sealed class ExportOptions
{
    public const string Section = "Exports";

    /// <summary>
    /// PDFsharp builds the whole document in memory, about 1 KiB of heap per row (100,000 rows: 2,441 pages,
    /// ~130 MiB; README, "Exports"), so a PDF stops here and says so; CSV and .xlsx stream every row.
    /// </summary>
    public int PdfMaxRows { get; set; } = 10_000;
}
