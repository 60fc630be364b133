using System.Globalization;

namespace Portal.Infrastructure.Exports;

internal static class Cells
{
    /// <summary>A cell as the exports write it: invariant text, empty for null.</summary>
    public static string Text(object? cell) => Convert.ToString(cell, CultureInfo.InvariantCulture) ?? string.Empty;
}
