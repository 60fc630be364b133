using System.Linq.Expressions;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Application.Common.Time;
using Portal.Domain.Cases;

namespace Portal.Application.Cases.Queries.GetHomeChart;

/// <summary>
/// UI-1: the customer's home chart. The open cases the user may see by status (the "Tenant" filter narrows the
/// count), and the alerts created in each of the last <see cref="Weeks"/> weeks of the user's calendar (Monday
/// first, the current week last). Two counting queries, grouped by the database; no case row is read.
/// </summary>
public sealed record GetHomeChart : IQuery<HomeChart>, IAllowed
{
    public const int Weeks = 12;

    /// <summary>Customers only: staff see every customer, and their home is the work queue (AGT-1).</summary>
    public Roles Allowed => CaseActors.Customers;
}

/// <param name="OpenByStatus">Every open status in the order of the case's life, zero included.</param>
/// <param name="AlertsByWeek">Oldest week first; weeks without alerts count zero.</param>
public sealed record HomeChart(IReadOnlyList<StatusCount> OpenByStatus, IReadOnlyList<WeekCount> AlertsByWeek);

public sealed record StatusCount(CaseStatus Status, int Count);

/// <param name="Start">The week's Monday in the user's time zone.</param>
public sealed record WeekCount(DateOnly Start, int Count);

public sealed class GetHomeChartHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<GetHomeChart, HomeChart>
{
    private static readonly CaseStatus[] OpenStatuses = [.. Enum.GetValues<CaseStatus>().Where(Case.IsOpen)];

    public async ValueTask<HomeChart> Handle(GetHomeChart query, CancellationToken cancellationToken)
    {
        var byStatus = await db.Cases.AsNoTracking()
            .Where(c => OpenStatuses.Contains(c.Status))
            .GroupBy(c => c.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Status, g => g.Count, cancellationToken);

        var zone = await UserZone.OfAsync(db, user, cancellationToken);
        var mondays = Mondays(clock.GetUtcNow(), zone);
        var starts = mondays.Select(m => UserZone.StartOfDay(m, zone)).ToArray();
        var from = starts[0];
        var before = UserZone.StartOfDay(mondays[^1].AddDays(7), zone);
        var byWeek = await db.Cases.AsNoTracking()
            .Where(c => c.Category == CaseCategory.Alert && c.CreatedAt >= from && c.CreatedAt < before)
            .GroupBy(WeekOf(starts))
            .Select(g => new { Week = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Week, g => g.Count, cancellationToken);

        return new HomeChart(
            [.. OpenStatuses.Select(s => new StatusCount(s, byStatus.GetValueOrDefault(s)))],
            [.. mondays.Select((m, i) => new WeekCount(m, byWeek.GetValueOrDefault(i)))]);
    }

    /// <summary>The Mondays of the last <see cref="GetHomeChart.Weeks"/> weeks in <paramref name="zone"/>, this week's last.</summary>
    private static DateOnly[] Mondays(DateTimeOffset now, TimeZoneInfo zone)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        return [.. Enumerable.Range(0, GetHomeChart.Weeks).Select(i => monday.AddDays(7 * (i - GetHomeChart.Weeks + 1)))];
    }

    /// <summary>
    /// The index of the week a case was created in: how many later weeks' starts it is at or after. A sum of
    /// comparisons every provider translates, so the weeks of the user's zone (its own offsets, DST included)
    /// are grouped by the database in one query over the date range. The starts become query parameters.
    /// </summary>
    private static Expression<Func<Case, int>> WeekOf(DateTimeOffset[] starts)
    {
        var c = Expression.Parameter(typeof(Case), "c");
        var created = Expression.Property(c, nameof(Case.CreatedAt));
        var boundaries = Expression.Constant(new Boundaries(starts));
        Expression week = Expression.Constant(0);
        for (var i = 1; i < starts.Length; i++)
        {
            var start = Expression.ArrayIndex(Expression.Property(boundaries, nameof(Boundaries.Starts)), Expression.Constant(i));
            week = Expression.Add(week, Expression.Condition(Expression.GreaterThanOrEqual(created, start), Expression.Constant(1), Expression.Constant(0)));
        }

        return Expression.Lambda<Func<Case, int>>(week, c);
    }

    /// <summary>Holds the week starts so that the query reads them as parameters (one cached plan), not as literals.</summary>
    private sealed class Boundaries(DateTimeOffset[] starts)
    {
        public DateTimeOffset[] Starts { get; } = starts;
    }
}
