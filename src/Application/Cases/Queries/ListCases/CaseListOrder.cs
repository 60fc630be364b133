using System.Linq.Expressions;
using Portal.Domain.Cases;

namespace Portal.Application.Cases.Queries.ListCases;

/// <summary>A case list row as the database returns it, before the contact's name is composed.</summary>
internal sealed record CaseRow
{
    public required string Number { get; init; }

    public CaseStatus Status { get; init; }

    public CaseCategory Category { get; init; }

    public required string Subject { get; init; }

    public required string CustomerNumber { get; init; }

    public required string Contractor { get; init; }

    public required string ServiceNameJa { get; init; }

    public required string ServiceNameEn { get; init; }

    public string? ContactFirstName { get; init; }

    public string? ContactLastName { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}

/// <summary>
/// CASE-4 / CASE-5: ORDER BY for whitelisted columns, translated to SQL; the case number breaks ties (in the
/// first key's direction, so one index such as (UpdatedAt, Number) serves the whole order) and pages never overlap.
/// </summary>
internal static class CaseListOrder
{
    /// <summary>Keys the case row itself holds: the page can be chosen among cases before anything is joined.</summary>
    public static bool OnCaseAlone(IReadOnlyList<CaseSortKey> keys) =>
        keys.All(k => k.Column is CaseSortColumn.Number or CaseSortColumn.Status or CaseSortColumn.Category
            or CaseSortColumn.Subject or CaseSortColumn.UpdatedAt);

    public static IQueryable<Case> Apply(IQueryable<Case> cases, IReadOnlyList<CaseSortKey> keys) =>
        Apply(cases, keys, column => column switch
        {
            CaseSortColumn.Number => [Key<Case, string>(c => c.Number)],
            // Enums are stored by name: sort by their declared order (the lifecycle), not alphabetically.
            CaseSortColumn.Status => [DeclaredOrder<Case, CaseStatus>(c => c.Status)],
            CaseSortColumn.Category => [DeclaredOrder<Case, CaseCategory>(c => c.Category)],
            CaseSortColumn.Subject => [Key<Case, string>(c => c.Subject)],
            CaseSortColumn.UpdatedAt => [Key<Case, DateTimeOffset>(c => c.UpdatedAt)],
            _ => throw new ArgumentOutOfRangeException(nameof(keys)),
        }, c => c.Number);

    /// <summary>Each key in turn (CASE-5 「ソートを追加」), then the case number.</summary>
    public static IQueryable<CaseRow> Apply(IQueryable<CaseRow> rows, IReadOnlyList<CaseSortKey> keys, bool englishServiceNames) =>
        Apply(rows, keys, column => column switch
        {
            CaseSortColumn.Number => [Key<CaseRow, string>(r => r.Number)],
            CaseSortColumn.Status => [DeclaredOrder<CaseRow, CaseStatus>(r => r.Status)],
            CaseSortColumn.Category => [DeclaredOrder<CaseRow, CaseCategory>(r => r.Category)],
            CaseSortColumn.Subject => [Key<CaseRow, string>(r => r.Subject)],
            CaseSortColumn.CustomerNumber => [Key<CaseRow, string>(r => r.CustomerNumber)],
            CaseSortColumn.Contractor => [Key<CaseRow, string>(r => r.Contractor)],
            CaseSortColumn.Service => [englishServiceNames ? Key<CaseRow, string>(r => r.ServiceNameEn) : Key<CaseRow, string>(r => r.ServiceNameJa)],
            // Family name, then given name (alerts have none).
            CaseSortColumn.Contact => [Key<CaseRow, string?>(r => r.ContactLastName), Key<CaseRow, string?>(r => r.ContactFirstName)],
            CaseSortColumn.UpdatedAt => [Key<CaseRow, DateTimeOffset>(r => r.UpdatedAt)],
            _ => throw new ArgumentOutOfRangeException(nameof(keys)),
        }, r => r.Number);

    private static IQueryable<T> Apply<T>(IQueryable<T> rows, IReadOnlyList<CaseSortKey> keys,
        Func<CaseSortColumn, LambdaExpression[]> keysOf, Expression<Func<T, string>> number)
    {
        var source = rows.Expression;
        var first = true;
        foreach (var key in keys)
        {
            foreach (var lambda in keysOf(key.Column))
            {
                var method = (first ? "OrderBy" : "ThenBy") + (key.Direction == SortDirection.Descending ? "Descending" : string.Empty);
                source = Expression.Call(typeof(Queryable), method, [typeof(T), lambda.ReturnType], source, Expression.Quote(lambda));
                first = false;
            }
        }

        var tie = (first ? "OrderBy" : "ThenBy") + (keys.Count > 0 && keys[0].Direction == SortDirection.Descending ? "Descending" : string.Empty);
        source = Expression.Call(typeof(Queryable), tie, [typeof(T), typeof(string)], source, Expression.Quote(number));
        return rows.Provider.CreateQuery<T>(source);
    }

    private static Expression<Func<T, TKey>> Key<T, TKey>(Expression<Func<T, TKey>> key) => key;

    /// <summary>r => r.X == first ? 0 : r.X == second ? 1 : …, which becomes a SQL CASE.</summary>
    private static Expression<Func<T, int>> DeclaredOrder<T, TEnum>(Expression<Func<T, TEnum>> member)
        where TEnum : struct, Enum
    {
        var values = Enum.GetValues<TEnum>();
        Expression body = Expression.Constant(values.Length);
        for (var i = values.Length - 1; i >= 0; i--)
            body = Expression.Condition(Expression.Equal(member.Body, Expression.Constant(values[i])), Expression.Constant(i), body);
        return Expression.Lambda<Func<T, int>>(body, member.Parameters);
    }
}
