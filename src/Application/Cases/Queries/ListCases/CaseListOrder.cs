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

/// <summary>CASE-4: ORDER BY for each whitelisted column, translated to SQL; the case number breaks ties so pages never overlap.</summary>
internal static class CaseListOrder
{
    public static IQueryable<CaseRow> Apply(IQueryable<CaseRow> rows, CaseSortColumn column, bool descending, bool englishServiceNames) =>
        column switch
        {
            CaseSortColumn.Number => By(rows, r => r.Number, descending),
            // Enums are stored by name: sort by their declared order (the lifecycle), not alphabetically.
            CaseSortColumn.Status => By(rows, DeclaredOrder<CaseStatus>(r => r.Status), descending),
            CaseSortColumn.Category => By(rows, DeclaredOrder<CaseCategory>(r => r.Category), descending),
            CaseSortColumn.Subject => By(rows, r => r.Subject, descending),
            CaseSortColumn.CustomerNumber => By(rows, r => r.CustomerNumber, descending),
            CaseSortColumn.Contractor => By(rows, r => r.Contractor, descending),
            CaseSortColumn.Service => englishServiceNames ? By(rows, r => r.ServiceNameEn, descending) : By(rows, r => r.ServiceNameJa, descending),
            CaseSortColumn.Contact => ByContact(rows, descending),
            CaseSortColumn.UpdatedAt => By(rows, r => r.UpdatedAt, descending),
            _ => throw new ArgumentOutOfRangeException(nameof(column)),
        };

    private static IOrderedQueryable<CaseRow> By<TKey>(IQueryable<CaseRow> rows, Expression<Func<CaseRow, TKey>> key, bool descending) =>
        (descending ? rows.OrderByDescending(key) : rows.OrderBy(key)).ThenBy(r => r.Number);

    /// <summary>Family name, then given name (alerts have none).</summary>
    private static IOrderedQueryable<CaseRow> ByContact(IQueryable<CaseRow> rows, bool descending) =>
        (descending
            ? rows.OrderByDescending(r => r.ContactLastName).ThenByDescending(r => r.ContactFirstName)
            : rows.OrderBy(r => r.ContactLastName).ThenBy(r => r.ContactFirstName)).ThenBy(r => r.Number);

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
