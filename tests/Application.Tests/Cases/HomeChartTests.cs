using Microsoft.EntityFrameworkCore;
using Portal.Application.Cases.Queries.GetHomeChart;
using Portal.Application.Common.Exceptions;
using Portal.Application.Tests.Support;
using Portal.Domain.Cases;
using Portal.Infrastructure.Persistence;

namespace Portal.Application.Tests.Cases;

/// <summary>
/// UI-1: the home chart counts what the customer may see (TEN-1): its open cases by status, and its alerts in each
/// of the last 12 weeks of its own calendar (Monday first, the current week last, empty weeks as zero). The demo
/// world starts on Tuesday 2026-11-24 09:00 in Tokyo, so the chart's weeks run from Monday 2026-09-07 to 2026-11-23.
/// </summary>
[Trait("Req", "UI-1")]
public sealed class HomeChartTests
{
    private static readonly DateOnly ThisMonday = new(2026, 11, 23);

    /// <summary>Monday 2026-11-23 00:00 in Tokyo; still Sunday 23:00 in Singapore.</summary>
    private static readonly DateTimeOffset TokyoWeekStart = new(2026, 11, 22, 15, 0, 0, TimeSpan.Zero);

    [Theory, Trait("Req", "TEN-1")]
    [ClassData(typeof(BothDatabases))]
    public async Task Open_cases_are_counted_by_status_among_the_users_own_customer_numbers_only(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        // Another company's new cases count for it alone.
        await AlertAsync(app, Demo.B1, PortalApp.Start);
        await DemoCases.OpenInquiryAsync(app, Demo.CustomerB, Demo.B2, "Sensor offline after update");

        await app.SignedInAs(Demo.CustomerA);
        var customer = await app.Send(new GetHomeChart());
        await app.SignedInAs(Demo.AdminA); // also linked to N202400003, whose fault is in progress
        var admin = await app.Send(new GetHomeChart());
        await app.SignedInAs(Demo.CustomerB);
        var other = await app.Send(new GetHomeChart());

        Assert.Equal(
            [(CaseStatus.New, 2), (CaseStatus.InProgress, 1), (CaseStatus.AwaitingCustomer, 1), (CaseStatus.Resolved, 1)],
            Counts(customer));
        Assert.Equal(
            [(CaseStatus.New, 2), (CaseStatus.InProgress, 2), (CaseStatus.AwaitingCustomer, 1), (CaseStatus.Resolved, 1)],
            Counts(admin));
        Assert.Equal(
            [(CaseStatus.New, 3), (CaseStatus.InProgress, 1), (CaseStatus.AwaitingCustomer, 0), (CaseStatus.Resolved, 0)],
            Counts(other));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Alerts_are_counted_in_the_week_of_the_users_time_zone_they_were_created_in(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        await AlertAsync(app, Demo.A1, TokyoWeekStart);
        await AlertAsync(app, Demo.A1, TokyoWeekStart.AddSeconds(-1));
        await AlertAsync(app, Demo.B1, TokyoWeekStart);

        await app.SignedInAs(Demo.CustomerA); // Asia/Tokyo
        var tokyo = (await app.Send(new GetHomeChart())).AlertsByWeek;
        await app.SignedInAs(Demo.CustomerB); // Asia/Singapore
        var singapore = (await app.Send(new GetHomeChart())).AlertsByWeek;

        Assert.Equal(Mondays(ThisMonday), tokyo.Select(w => w.Start));
        Assert.Equal(Mondays(ThisMonday), singapore.Select(w => w.Start));
        // Customer A: the seeded alert of Saturday and the one a second before Monday in last week, one this week.
        Assert.Equal([.. Zeros(10), 2, 1], tokyo.Select(w => w.Count));
        // Customer B: Monday 00:00 in Tokyo is Sunday in Singapore; the seeded alert (Monday 08:00 there) is this week's.
        Assert.Equal([.. Zeros(10), 1, 1], singapore.Select(w => w.Count));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task The_twelve_weeks_begin_at_midnight_of_the_first_Monday_and_move_on_when_a_new_week_begins(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        var firstMonday = TokyoWeekStart.AddDays(-7 * 11); // 2026-09-07 00:00 in Tokyo
        await AlertAsync(app, Demo.A1, firstMonday);
        await AlertAsync(app, Demo.A1, firstMonday.AddSeconds(-1));
        await app.SignedInAs(Demo.CustomerA);

        var before = (await app.Send(new GetHomeChart())).AlertsByWeek;
        app.Clock.SetUtcNow(TokyoWeekStart.AddDays(7).AddSeconds(-1)); // Sunday 23:59:59
        var lastSecond = (await app.Send(new GetHomeChart())).AlertsByWeek;
        app.Clock.SetUtcNow(TokyoWeekStart.AddDays(7)); // Monday 2026-11-30 00:00
        var after = (await app.Send(new GetHomeChart())).AlertsByWeek;

        Assert.Equal([1, .. Zeros(9), 1, 0], before.Select(w => w.Count));
        Assert.Equal([1, .. Zeros(9), 1, 0], lastSecond.Select(w => w.Count));
        Assert.Equal(Mondays(ThisMonday.AddDays(7)), after.Select(w => w.Start));
        Assert.Equal([.. Zeros(9), 1, 0, 0], after.Select(w => w.Count));
    }

    [Fact, Trait("Req", "AGT-1")]
    public async Task Staff_have_no_home_chart()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.Agent);

        await Assert.ThrowsAsync<ForbiddenAccessException>(async () => await app.Send(new GetHomeChart()));
    }

    private static (CaseStatus, int)[] Counts(HomeChart chart) => [.. chart.OpenByStatus.Select(s => (s.Status, s.Count))];

    private static DateOnly[] Mondays(DateOnly last) => [.. Enumerable.Range(0, 12).Select(i => last.AddDays(-7 * (11 - i)))];

    private static int[] Zeros(int count) => new int[count];

    /// <summary>An alert case (API-1) of the customer number, created at <paramref name="createdAt"/>.</summary>
    private static Task AlertAsync(PortalApp app, string accountNumber, DateTimeOffset createdAt) => app.InScopeAsync(async sp =>
    {
        var db = sp.Db();
        var account = await db.CustomerAccounts.SingleAsync(a => a.Number == accountNumber);
        db.Cases.Add(Case.OpenAlert(await DemoCases.NextNumberAsync(sp), account,
            AlertDetails.Create("ldt:test:" + Guid.NewGuid().ToString("N"), AlertSeverity.Low, "Detect", null, null, null, null, createdAt, null),
            "Low severity detection: test", "Severity: Low", createdAt));
        await db.SaveChangesAsync();
    });
}
