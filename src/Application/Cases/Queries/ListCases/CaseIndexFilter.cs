using System.Globalization;
using Portal.Application.Common.Search;
using Portal.Domain.Cases;

namespace Portal.Application.Cases.Queries.ListCases;

/// <summary>
/// CASE-5: a filter the search index can answer by itself: every condition tests a value the index holds for
/// each case (status, category, created and updated, the assigned agent, keywords). Then the index finds the
/// page and the exact count in the user's scope, whatever the groups, without the database reading every match.
/// </summary>
internal static class CaseIndexFilter
{
    /// <summary>The filter's groups as index conditions; null when a condition needs the database.</summary>
    public static IReadOnlyList<IReadOnlyList<CaseCondition>>? TryMap(CaseFilter filter, Guid? me, TimeZoneInfo zone)
    {
        var groups = new List<IReadOnlyList<CaseCondition>>();
        foreach (var group in filter.Groups)
        {
            var conditions = new List<CaseCondition>();
            foreach (var condition in group)
            {
                if (Map(condition, me, zone) is not { } mapped)
                    return null;
                conditions.Add(mapped);
            }

            groups.Add(conditions);
        }

        return groups;
    }

    private static CaseCondition? Map(FilterCondition c, Guid? me, TimeZoneInfo zone)
    {
        var negated = c.Operator is FilterOperator.NotEqual or FilterOperator.NoneOf;
        switch (c.Field)
        {
            case CaseField.Status:
                return new StatusCondition([.. c.Values.Select(v => Enum.Parse<CaseStatus>(v, ignoreCase: true))], negated);
            case CaseField.Category:
                return new CategoryCondition([.. c.Values.Select(v => Enum.Parse<CaseCategory>(v, ignoreCase: true))], negated);
            case CaseField.Keyword:
                return SearchText.Terms(c.Value) is { Count: > 0 } terms ? new KeywordCondition(terms) : null;
            case CaseField.CreatedAt:
                return Time(CaseTime.Created, c, zone);
            case CaseField.UpdatedAt:
                return Time(CaseTime.Updated, c, zone);
            case CaseField.AssignedTo when me is { } agent:
                return c.Operator switch
                {
                    FilterOperator.Equal => new AgentCondition(agent, false),
                    FilterOperator.NotEqual => new AgentCondition(agent, true),
                    FilterOperator.Empty => new AgentCondition(null, false),
                    _ => new AgentCondition(null, true),
                };
            default:
                return null;
        }
    }

    /// <summary>As <see cref="CaseFilterTranslator"/> reads dates: the user's calendar days.</summary>
    private static TimeCondition Time(CaseTime field, FilterCondition c, TimeZoneInfo zone)
    {
        var days = c.Values.Select(v => DateOnly.ParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();
        DateTimeOffset Start(DateOnly day) => Common.Time.UserZone.StartOfDay(day, zone);
        var start = Start(days[0]);
        var end = Start(days[0].AddDays(1));
        return c.Operator switch
        {
            FilterOperator.Equal => new TimeCondition(field, start, end, false),
            FilterOperator.NotEqual => new TimeCondition(field, start, end, true),
            FilterOperator.Less => new TimeCondition(field, null, start, false),
            FilterOperator.Greater => new TimeCondition(field, end, null, false),
            FilterOperator.LessOrEqual => new TimeCondition(field, null, end, false),
            FilterOperator.GreaterOrEqual => new TimeCondition(field, start, null, false),
            _ => Between(field, days[0], days[1], Start),
        };
    }

    private static TimeCondition Between(CaseTime field, DateOnly a, DateOnly b, Func<DateOnly, DateTimeOffset> start)
    {
        var (low, high) = a <= b ? (a, b) : (b, a);
        return new TimeCondition(field, start(low), start(high.AddDays(1)), false);
    }
}
