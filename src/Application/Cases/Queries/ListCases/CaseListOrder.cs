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

/// <summary>CASE-4 / CASE-5: ORDER BY for whitelisted columns, translated to SQL; the case number breaks ties so pages never overlap.</summary>
internal static class CaseListOrder
{
    /// <summary>Each key in turn (CASE-5 「ソートを追加」), then the case number.</summary>
    public static IQueryable<CaseRow> Apply(IQueryable<CaseRow> rows, IReadOnlyList<CaseSortKey> keys, bool englishServiceNames)
    {
        IOrderedQueryable<CaseRow>? ordered = null;
        foreach (var key in keys)
        {
            var descending = key.Direction == SortDirection.Descending;
            ordered = key.Column switch
            {
                CaseSortColumn.Number => By(rows, ordered, r => r.Number, descending),
                // Enums are stored by name: sort by their declared order (the lifecycle), not alphabetically.
                CaseSortColumn.Status => By(rows, ordered, DeclaredOrder<CaseStatus>(r => r.Status), descending),
                CaseSortColumn.Category => By(rows, ordered, DeclaredOrder<CaseCategory>(r => r.Category), descending),
                CaseSortColumn.Subject => By(rows, ordered, r => r.Subject, descending),
                CaseSortColumn.CustomerNumber => By(rows, ordered, r => r.CustomerNumber, descending),
                CaseSortColumn.Contractor => By(rows, ordered, r => r.Contractor, descending),
                CaseSortColumn.Service => englishServiceNames
                    ? By(rows, ordered, r => r.ServiceNameEn, descending)
                    : By(rows, ordered, r => r.ServiceNameJa, descending),
                // Family name, then given name (alerts have none).
                CaseSortColumn.Contact => By(rows, By(rows, ordered, r => r.ContactLastName, descending), r => r.ContactFirstName, descending),
                CaseSortColumn.UpdatedAt => By(rows, ordered, r => r.UpdatedAt, descending),
                _ => throw new ArgumentOutOfRangeException(nameof(keys)),
            };
        }

        return ordered is null ? rows.OrderBy(r => r.Number) : ordered.ThenBy(r => r.Number);
    }

    private static IOrderedQueryable<CaseRow> By<TKey>(IQueryable<CaseRow> rows, IOrderedQueryable<CaseRow>? ordered,
        Expression<Func<CaseRow, TKey>> key, bool descending) =>
        ordered is null
            ? descending ? rows.OrderByDescending(key) : rows.OrderBy(key)
            : descending ? ordered.ThenByDescending(key) : ordered.ThenBy(key);

    /// <summary>r => r.X == first ? 0 : r.X == second ? 1 : …, which becomes a SQL CASE.</summary>
    private static Expression<Func<CaseRow, int>> DeclaredOrder<TEnum>(Expression<Func<CaseRow, TEnum>> member)
        where TEnum : struct, Enum
    {
        var values = Enum.GetValues<TEnum>();
        Expression body = Expression.Constant(values.Length);
        for (var i = values.Length - 1; i >= 0; i--)
        {
            body = Expression.Condition(Expression.Equal(member.Body, Expression.Constant(values[i])), Expression.Constant(i), body);
        }

        return Expression.Lambda<Func<CaseRow, int>>(body, member.Parameters);
    }
}
