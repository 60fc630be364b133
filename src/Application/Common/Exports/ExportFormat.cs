namespace Portal.Application.Common.Exports;

/// <summary>HIST-2: the formats a list can be exported in.</summary>
public enum ExportFormat
{
    Csv,
    Xlsx,
    Pdf,
}
