namespace Portal.Application.Cases.Queries.ListCases;

/// <summary>One sort key of the case list (CASE-4 header click, CASE-5 「ソートを追加」).</summary>
public sealed record CaseSortKey(CaseSortColumn Column, SortDirection Direction);

/// <summary>
/// Sort keys as they live in the URL, e.g. <c>status.asc,updated.desc</c>. The default is newest update first.
/// </summary>
public static class CaseSortSyntax
{
    public const int KeysMax = 5;

    public static readonly IReadOnlyList<CaseSortKey> Default = [new(CaseSortColumn.UpdatedAt, SortDirection.Descending)];

    private static readonly Dictionary<string, CaseSortColumn> Columns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["number"] = CaseSortColumn.Number,
        ["status"] = CaseSortColumn.Status,
        ["category"] = CaseSortColumn.Category,
        ["subject"] = CaseSortColumn.Subject,
        ["customer"] = CaseSortColumn.CustomerNumber,
        ["contractor"] = CaseSortColumn.Contractor,
        ["service"] = CaseSortColumn.Service,
        ["contact"] = CaseSortColumn.Contact,
        ["updated"] = CaseSortColumn.UpdatedAt,
    };

    public static string NameOf(CaseSortColumn column) => Columns.First(c => c.Value == column).Key;

    /// <summary>The keys, or null when a part is not a known column and direction (or a column repeats).</summary>
    public static IReadOnlyList<CaseSortKey>? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return Default;
        var keys = new List<CaseSortKey>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pieces = part.Split('.');
            if (pieces.Length is < 1 or > 2 || !Columns.TryGetValue(pieces[0], out var column) || keys.Exists(k => k.Column == column))
                return null;
            var direction = pieces.Length == 1 || pieces[1].Equals("asc", StringComparison.OrdinalIgnoreCase)
                ? SortDirection.Ascending
                : pieces[1].Equals("desc", StringComparison.OrdinalIgnoreCase) ? SortDirection.Descending : (SortDirection?)null;
            if (direction is null)
                return null;
            keys.Add(new CaseSortKey(column, direction.Value));
        }

        return keys.Count is 0 or > KeysMax ? null : keys;
    }

    public static string Format(IEnumerable<CaseSortKey> keys) =>
        string.Join(',', keys.Select(k => NameOf(k.Column) + (k.Direction == SortDirection.Ascending ? ".asc" : ".desc")));
}
