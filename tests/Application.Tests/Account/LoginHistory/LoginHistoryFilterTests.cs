using FluentValidation;
using Portal.Application.Account.LoginHistory;
using Portal.Application.Account.Queries.ExportLoginHistory;
using Portal.Application.Account.Queries.ListLoginHistory;
using Portal.Application.Tests.Support;
using Portal.Domain.LoginHistory;
using Portal.Infrastructure.Persistence;

namespace Portal.Application.Tests.Account.LoginHistory;

/// <summary>HIST-1: the list's filter (kinds, user ID, days in the user's zone) and paging.</summary>
[Trait("Req", "HIST-1")]
public class LoginHistoryFilterTests
{
    public static TheoryData<DatabaseProvider, string, int> Zones =>
        new() { { DatabaseProvider.Sqlite, Demo.CustomerA, 9 }, { DatabaseProvider.Sqlite, Demo.CustomerB, 8 }, { DatabaseProvider.PostgreSql, Demo.CustomerA, 9 } };

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Filtering_by_kind_keeps_only_those_kinds_with_their_exact_total(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        var (_, companyA) = await LoginHistoryTruth.ContactAsync(app, Demo.AdminA);
        var failures = (await LoginHistoryTruth.AllAsync(app)).Where(e => e.CompanyId == companyA && e.Kind == LoginEventKind.LoginFailed).ToList();
        await app.SignedInAs(Demo.AdminA);

        var page = await app.Send(new ListLoginHistory(new LoginHistoryFilter { Kinds = [LoginEventKind.LoginFailed] }));

        Assert.NotEmpty(failures);
        LoginHistoryTruth.AssertSame(failures, page.Items);
        Assert.Equal(failures.Count, page.Total);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Filtering_by_part_of_a_user_ID_ignores_case(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        await app.SignedInAs(Demo.AdminA);

        var page = await app.Send(new ListLoginHistory(new LoginHistoryFilter { UserId = " USER.A@ " }, Size: ListLoginHistory.MaxSize));

        Assert.NotEmpty(page.Items);
        Assert.All(page.Items, r => Assert.Equal(Demo.CustomerA, r.UserId));
        Assert.Equal(page.Items.Count, page.Total);
    }

    /// <summary>
    /// Events one second either side of two midnights in the user's own zone: the days 11-21 to 11-21 keep
    /// exactly the two inside that local day (Tokyo is UTC+9, Singapore, customer B's zone, UTC+8).
    /// </summary>
    [Theory]
    [MemberData(nameof(Zones))]
    public async Task A_day_filter_means_whole_days_in_the_users_time_zone(DatabaseProvider provider, string userId, int utcOffset)
    {
        await using var app = await PortalApp.StartAsync(provider);
        var midnight21 = new DateTimeOffset(2026, 11, 21, 0, 0, 0, TimeSpan.FromHours(utcOffset));
        var second = TimeSpan.FromSeconds(1);
        await LoginHistoryTruth.AddAsync(app, userId, LoginEventKind.PasswordChanged,
            midnight21 - second, midnight21, midnight21.AddDays(1) - second, midnight21.AddDays(1));
        await app.SignedInAs(userId);
        var day = new DateOnly(2026, 11, 21);

        var page = await app.Send(new ListLoginHistory(new LoginHistoryFilter { Kinds = [LoginEventKind.PasswordChanged], From = day, To = day }));

        Assert.Equal([midnight21.AddDays(1) - second, midnight21], page.Items.Select(r => r.OccurredAt));
        Assert.Equal(2, page.Total);
    }

    [Fact]
    public async Task Pages_follow_each_other_without_gaps_or_overlaps_and_keep_the_total()
    {
        await using var app = await PortalApp.StartAsync();
        var all = await LoginHistoryTruth.AllAsync(app);
        await app.SignedInAs(Demo.Agent);
        var filter = new LoginHistoryFilter();

        var first = await app.Send(new ListLoginHistory(filter, Page: 1, Size: 7));
        var pages = new List<LoginHistoryRow>(first.Items);
        for (var number = 2; number <= first.PageCount; number++)
        {
            var page = await app.Send(new ListLoginHistory(filter, number, 7));
            Assert.Equal((all.Count, number), (page.Total, page.Page));
            pages.AddRange(page.Items);
        }

        Assert.Equal((1, 7, 7, all.Count), (first.FirstIndex, first.LastIndex, first.Items.Count, first.Total));
        Assert.Equal((all.Count + 6) / 7, first.PageCount);
        LoginHistoryTruth.AssertSame(all, pages);
    }

    [Theory]
    [InlineData(0, 20, null, null)]
    [InlineData(1, 0, null, null)]
    [InlineData(1, 101, null, null)]
    [InlineData(1, 20, "2026-11-21", "2026-11-20")]
    public async Task An_impossible_page_or_an_end_day_before_the_start_day_is_refused(int page, int size, string? from, string? to)
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.CustomerA);
        var filter = new LoginHistoryFilter { From = from is null ? null : DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), To = to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture) };

        await Assert.ThrowsAsync<ValidationException>(() => app.Send(new ListLoginHistory(filter, page, size)));
    }
}
