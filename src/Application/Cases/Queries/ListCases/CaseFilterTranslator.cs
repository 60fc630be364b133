using System.Globalization;
using System.Linq.Expressions;
using Portal.Domain.Cases;
using Portal.Domain.Companies;
using Portal.Domain.Contacts;

namespace Portal.Application.Cases.Queries.ListCases;

/// <summary>
/// CASE-5: turns a parsed filter into one WHERE expression for EF. Every field and operator maps to a fixed
/// expression; values only ever become parameters, so nothing a user types reaches SQL as text.
/// </summary>
/// <param name="keywordMatches">The cases each keyword condition matched (the search index answered them first).</param>
internal sealed class CaseFilterTranslator(IReadOnlyDictionary<FilterCondition, IReadOnlyList<Guid>> keywordMatches, Guid? me, TimeZoneInfo zone)
{
    public Expression<Func<CaseJoin, bool>> Translate(CaseFilter filter)
    {
        Expression<Func<CaseJoin, bool>>? any = null;
        foreach (var group in filter.Groups)
        {
            Expression<Func<CaseJoin, bool>>? all = null;
            foreach (var condition in group)
                all = all is null ? Condition(condition) : Predicates.And(all, Condition(condition));
            if (all is not null)
                any = any is null ? all : Predicates.Or(any, all);
        }

        return any ?? (_ => true);
    }

    private Expression<Func<CaseJoin, bool>> Condition(FilterCondition c) => c.Field switch
    {
        CaseField.Number => Sequence(j => j.Case.Number, c),
        CaseField.Status => Choice(j => j.Case.Status, c),
        CaseField.Category => Choice(j => j.Case.Category, c),
        CaseField.Subject => Text(c, j => j.Case.Subject),
        CaseField.CustomerNumber => Text(c, j => j.Account.Number),
        CaseField.Contractor => Text(c, j => j.Company.Name),
        CaseField.Service => Text(c, j => j.Service.NameJa, j => j.Service.NameEn, j => j.Service.Code),
        CaseField.Contact => Contact(c),
        CaseField.CreatedAt => Date(j => j.Case.CreatedAt, c),
        CaseField.UpdatedAt => Date(j => j.Case.UpdatedAt, c),
        CaseField.Keyword => Keyword(c),
        CaseField.WatchList => WatchList(),
        CaseField.AssignedTo => AssignedTo(c),
        _ => throw new ArgumentOutOfRangeException(nameof(c)),
    };

    private static Expression<Func<CaseJoin, bool>> Choice<TEnum>(Expression<Func<CaseJoin, TEnum>> member, FilterCondition c)
        where TEnum : struct, Enum
    {
        var values = c.Values.Select(v => Enum.Parse<TEnum>(v, ignoreCase: true)).Distinct().ToList();
        var body = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(TEnum)], Expression.Constant(values), member.Body);
        var oneOf = Expression.Lambda<Func<CaseJoin, bool>>(body, member.Parameters);
        return c.Operator is FilterOperator.NotEqual or FilterOperator.NoneOf ? Predicates.Not(oneOf) : oneOf;
    }

    /// <summary>
    /// Text fields compare case-insensitively (SQL lower(), alike on every provider). A field shown from
    /// several columns (a contact's family and given name, a service's names) matches if any column does;
    /// "empty" means every column is empty, as for an alert's missing contact.
    /// </summary>
    private static Expression<Func<CaseJoin, bool>> Text(FilterCondition c, params Expression<Func<CaseJoin, string?>>[] members)
    {
        var values = c.Values.Select(v => v.ToLowerInvariant()).Distinct().ToList();
        Expression<Func<CaseJoin, bool>>? any = null;
        foreach (var member in members)
        {
            var one = c.Operator switch
            {
                FilterOperator.Equal or FilterOperator.NotEqual or FilterOperator.OneOf or FilterOperator.NoneOf => Lowered(member, values, contains: false),
                FilterOperator.Contains => Lowered(member, values, contains: true),
                FilterOperator.Empty or FilterOperator.NotEmpty => IsEmpty(member),
                _ => throw new ArgumentOutOfRangeException(nameof(c)),
            };
            any = any is null ? one : c.Operator == FilterOperator.Empty ? Predicates.And(any, one) : Predicates.Or(any, one);
        }

        return c.Operator is FilterOperator.NotEqual or FilterOperator.NoneOf or FilterOperator.NotEmpty ? Predicates.Not(any!) : any!;
    }

    /// <summary>
    /// The contact by family or given name, or by the name as the list shows it (「山田 花子」, "Emily Clark":
    /// either order). Empty means no name at all, as for an alert's missing contact.
    /// </summary>
    private static Expression<Func<CaseJoin, bool>> Contact(FilterCondition c) =>
        c.Operator is FilterOperator.Empty or FilterOperator.NotEmpty
            ? Text(c, j => j.Contact!.LastName, j => j.Contact!.FirstName)
            : Text(c, j => j.Contact!.LastName, j => j.Contact!.FirstName,
                j => j.Contact!.LastName + " " + j.Contact!.FirstName, j => j.Contact!.FirstName + " " + j.Contact!.LastName);

#pragma warning disable CA1304, CA1311, CA1862 // translated to SQL lower(), not run in .NET
    private static Expression<Func<CaseJoin, bool>> Lowered(Expression<Func<CaseJoin, string?>> member, List<string> values, bool contains)
    {
        if (contains)
        {
            var part = values[0];
            return Predicates.Compose(member, text => text != null && text.ToLower().Contains(part));
        }

        return Predicates.Compose(member, text => text != null && values.Contains(text.ToLower()));
    }
#pragma warning restore CA1304, CA1311, CA1862

    private static Expression<Func<CaseJoin, bool>> IsEmpty(Expression<Func<CaseJoin, string?>> member) =>
        Predicates.Compose(member, text => text == null || text == "");

#pragma warning disable CA1309 // string.Compare becomes a SQL comparison; it never runs in .NET
    /// <summary>Case numbers are fixed-width (CSnnnnnnn), so text order is number order.</summary>
    private static Expression<Func<CaseJoin, bool>> Sequence(Expression<Func<CaseJoin, string>> member, FilterCondition c)
    {
        var values = c.Values.Select(v => v.ToUpperInvariant()).ToList();
        var first = values[0];
        return c.Operator switch
        {
            FilterOperator.Less => Predicates.Compose(member, n => string.Compare(n, first) < 0),
            FilterOperator.Greater => Predicates.Compose(member, n => string.Compare(n, first) > 0),
            FilterOperator.LessOrEqual => Predicates.Compose(member, n => string.Compare(n, first) <= 0),
            FilterOperator.GreaterOrEqual => Predicates.Compose(member, n => string.Compare(n, first) >= 0),
            FilterOperator.Between => Between(member, values),
            FilterOperator.Contains => Predicates.Compose(member, n => n.Contains(first)),
            FilterOperator.Equal or FilterOperator.OneOf => Predicates.Compose(member, n => values.Contains(n)),
            _ => Predicates.Compose(member, n => !values.Contains(n)),
        };
    }

    private static Expression<Func<CaseJoin, bool>> Between(Expression<Func<CaseJoin, string>> member, List<string> values)
    {
        var (low, high) = string.CompareOrdinal(values[0], values[1]) <= 0 ? (values[0], values[1]) : (values[1], values[0]);
        return Predicates.Compose(member, n => string.Compare(n, low) >= 0 && string.Compare(n, high) <= 0);
    }

#pragma warning restore CA1309

    /// <summary>Dates are the user's calendar days (UI-3): "= 2026-11-24" is that whole day in the user's zone.</summary>
    private Expression<Func<CaseJoin, bool>> Date(Expression<Func<CaseJoin, DateTimeOffset>> member, FilterCondition c)
    {
        var days = c.Values.Select(v => DateOnly.ParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();
        var start = UserStart(days[0]);
        var end = UserStart(days[0].AddDays(1));
        switch (c.Operator)
        {
            case FilterOperator.Equal:
                return Predicates.Compose(member, t => t >= start && t < end);
            case FilterOperator.NotEqual:
                return Predicates.Compose(member, t => t < start || t >= end);
            case FilterOperator.Less:
                return Predicates.Compose(member, t => t < start);
            case FilterOperator.Greater:
                return Predicates.Compose(member, t => t >= end);
            case FilterOperator.LessOrEqual:
                return Predicates.Compose(member, t => t < end);
            case FilterOperator.GreaterOrEqual:
                return Predicates.Compose(member, t => t >= start);
            default:
                var (low, high) = days[0] <= days[1] ? (days[0], days[1]) : (days[1], days[0]);
                var from = UserStart(low);
                var until = UserStart(high.AddDays(1));
                return Predicates.Compose(member, t => t >= from && t < until);
        }
    }

    private DateTimeOffset UserStart(DateOnly day) => Common.Time.UserZone.StartOfDay(day, zone);

    /// <summary>Every term must be found somewhere in the case (subject, description or a public comment).</summary>
    private Expression<Func<CaseJoin, bool>> Keyword(FilterCondition c)
    {
        var ids = keywordMatches[c];
        return j => ids.Contains(j.Case.Id);
    }

    /// <summary>CASE-10: the only question a watch list answers is "does it contain me".</summary>
    private Expression<Func<CaseJoin, bool>> WatchList()
    {
        var contactId = me ?? Guid.Empty;
        return j => j.Case.Watchers.Any(w => w.ContactId == contactId);
    }

    private Expression<Func<CaseJoin, bool>> AssignedTo(FilterCondition c)
    {
        Guid? contactId = me ?? Guid.Empty;
        return c.Operator switch
        {
            FilterOperator.Equal => j => j.Case.AssignedAgentId == contactId,
            FilterOperator.NotEqual => j => j.Case.AssignedAgentId == null || j.Case.AssignedAgentId != contactId,
            FilterOperator.Empty => j => j.Case.AssignedAgentId == null,
            _ => j => j.Case.AssignedAgentId != null,
        };
    }
}

/// <summary>Combining predicates into one expression tree EF can translate.</summary>
internal static class Predicates
{
    /// <summary>
    /// The predicate over the case alone when it tests nothing but the case (j.Case.X everywhere), so the
    /// database can filter (and count) cases before joining their accounts, companies and services.
    /// </summary>
    public static Expression<Func<Case, bool>>? OnCaseOnly(Expression<Func<CaseJoin, bool>> predicate)
    {
        var c = Expression.Parameter(typeof(Case), "c");
        var rewriter = new CaseOnly(predicate.Parameters[0], c);
        var body = rewriter.Visit(predicate.Body)!;
        return rewriter.TouchesJoin ? null : Expression.Lambda<Func<Case, bool>>(body, c);
    }

    public static Expression<Func<T, bool>> And<T>(Expression<Func<T, bool>> left, Expression<Func<T, bool>> right) =>
        Expression.Lambda<Func<T, bool>>(Expression.AndAlso(left.Body, Rebind(right, left.Parameters[0])), left.Parameters);

    public static Expression<Func<T, bool>> Or<T>(Expression<Func<T, bool>> left, Expression<Func<T, bool>> right) =>
        Expression.Lambda<Func<T, bool>>(Expression.OrElse(left.Body, Rebind(right, left.Parameters[0])), left.Parameters);

    public static Expression<Func<T, bool>> Not<T>(Expression<Func<T, bool>> predicate) =>
        Expression.Lambda<Func<T, bool>>(Expression.Not(predicate.Body), predicate.Parameters);

    /// <summary>test(member(x)) as one lambda over x.</summary>
    public static Expression<Func<T, bool>> Compose<T, TValue>(Expression<Func<T, TValue>> member, Expression<Func<TValue, bool>> test) =>
        Expression.Lambda<Func<T, bool>>(new Replace(test.Parameters[0], member.Body).Visit(test.Body)!, member.Parameters);

    private static Expression Rebind<T>(Expression<Func<T, bool>> lambda, ParameterExpression parameter) =>
        new Replace(lambda.Parameters[0], parameter).Visit(lambda.Body)!;

    private sealed class CaseOnly(ParameterExpression join, ParameterExpression c) : ExpressionVisitor
    {
        public bool TouchesJoin { get; private set; }

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Expression == join)
            {
                if (node.Member.Name == nameof(CaseJoin.Case))
                    return c;
                TouchesJoin = true;
            }

            return base.VisitMember(node);
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            if (node == join)
                TouchesJoin = true;
            return base.VisitParameter(node);
        }
    }

    private sealed class Replace(Expression from, Expression to) : ExpressionVisitor
    {
        public override Expression? Visit(Expression? node) => node == from ? to : base.Visit(node);
    }
}
