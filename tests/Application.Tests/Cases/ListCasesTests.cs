using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Cases.Queries.ListCases;
using Portal.Application.Tests.Support;
using Portal.Domain.Cases;
using Portal.Infrastructure.Persistence;

namespace Portal.Application.Tests.Cases;

/// <summary>CASE-4 (guide 4.8) with TEN-1 / TEN-2: the list shows exactly what the user may see, counted exactly.</summary>
[Trait("Req", "CASE-4")]
public sealed class ListCasesTests
{
    [Theory, Trait("Req", "TEN-1"), Trait("Req", "TEN-2")]
    [ClassData(typeof(BothDatabases))]
    public async Task A_customer_lists_only_cases_of_its_linked_customer_numbers_and_the_total_counts_only_those(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        var visible = await CaseNumbersOfAsync(app, Demo.A1, Demo.A2);
        await app.SignedInAs(Demo.CustomerA);

        var page = await app.Send(new ListCases(Size: 100));

        Assert.Equal(visible.Order(StringComparer.Ordinal), page.Items.Select(i => i.Number).Order(StringComparer.Ordinal));
        Assert.Equal(visible.Count, page.Total);
        Assert.All(page.Items, i => Assert.Contains(i.CustomerNumber, new[] { Demo.A1, Demo.A2 }));
        Assert.Equal((1, visible.Count), (page.FirstIndex, page.LastIndex));
    }

    [Theory, Trait("Req", "AGT-1")]
    [ClassData(typeof(BothDatabases))]
    public async Task An_agent_lists_every_customers_cases_with_all_nine_columns(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        var all = await app.InScopeAsync(sp => sp.Db().Cases.CountAsync());
        await app.SignedInAs(Demo.Agent);

        var page = await app.Send(new ListCases(Size: 100));

        Assert.Equal(all, page.Total);
        Assert.Equal(all, page.Items.Count);
        var english = Assert.Single(page.Items, i => i.Subject == "Monthly report delivery address");
        Assert.Equal((Demo.B1, CaseStatus.InProgress, CaseCategory.Service), (english.CustomerNumber, english.Status, english.Category));
        Assert.Equal("Emily Clark", english.Contact);
        Assert.False(string.IsNullOrEmpty(english.Contractor));
        Assert.False(string.IsNullOrEmpty(english.ServiceNameJa));
        Assert.False(string.IsNullOrEmpty(english.ServiceNameEn));
        Assert.All(page.Items.Where(i => i.Category == CaseCategory.Alert), i => Assert.Null(i.Contact));
        Assert.Equal("山田 花子", Assert.Single(page.Items, i => i.Subject == DemoCases.NewFaultSubject).Contact);
    }

    [Fact]
    public async Task Quick_views_narrow_to_action_needed_and_alerts_with_exact_totals()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.CustomerA);

        var action = await app.Send(new ListCases(CaseView.ActionNeeded));
        var alerts = await app.Send(new ListCases(CaseView.Alerts));

        Assert.Equal(["iOS 18 でのアラート通知仕様", "端末の登録上限について"], action.Items.Select(i => i.Subject).Order(StringComparer.Ordinal));
        Assert.All(action.Items, i => Assert.Contains(i.Status, new[] { CaseStatus.Resolved, CaseStatus.AwaitingCustomer }));
        Assert.Equal(2, action.Total);
        var alert = Assert.Single(alerts.Items);
        Assert.Equal((CaseCategory.Alert, Demo.A1, 1), (alert.Category, alert.CustomerNumber, alerts.Total));
    }

    [Theory]
    [InlineData(CaseSortColumn.Number)]
    [InlineData(CaseSortColumn.Subject)]
    [InlineData(CaseSortColumn.CustomerNumber)]
    [InlineData(CaseSortColumn.Contractor)]
    [InlineData(CaseSortColumn.UpdatedAt)]
    [InlineData(CaseSortColumn.Status)]
    [InlineData(CaseSortColumn.Category)]
    public async Task Sorting_by_a_column_orders_both_ways_in_the_database(CaseSortColumn column)
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.Agent);

        var ascending = (await app.Send(new ListCases(Sort: CaseSortSyntax.NameOf(column) + ".asc", Size: 100))).Items;
        var descending = (await app.Send(new ListCases(Sort: CaseSortSyntax.NameOf(column) + ".desc", Size: 100))).Items;

        var keys = ascending.Select(Key(column)).ToList();
        Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
        var reversed = descending.Select(Key(column)).ToList();
        Assert.Equal(reversed.OrderDescending(StringComparer.Ordinal), reversed);
        Assert.NotEqual(keys, reversed);
    }

    [Fact]
    public async Task Statuses_sort_in_lifecycle_order_not_alphabetically()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.CustomerA);

        var page = await app.Send(new ListCases(Sort: "status.asc"));

        Assert.Equal([CaseStatus.New, CaseStatus.New, CaseStatus.InProgress, CaseStatus.AwaitingCustomer, CaseStatus.Resolved, CaseStatus.Closed],
            page.Items.Select(i => i.Status));
    }

    [Fact]
    public async Task Pages_cover_every_row_once_with_the_guides_boundaries()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.CustomerA);

        var first = await app.Send(new ListCases(Page: 1, Size: 2));
        var second = await app.Send(new ListCases(Page: 2, Size: 2));
        var last = await app.Send(new ListCases(Page: 3, Size: 2));
        var beyond = await app.Send(new ListCases(Page: 4, Size: 2));

        // user.a sees six cases: two inquiries and an alert of N202400001, three cases of N202400002.
        Assert.Equal((1, 2, 6, 3), (first.FirstIndex, first.LastIndex, first.Total, first.PageCount));
        Assert.Equal((5, 6, 2), (last.FirstIndex, last.LastIndex, last.Items.Count));
        Assert.Empty(beyond.Items);
        Assert.Equal(6, beyond.Total);
        var numbers = first.Items.Concat(second.Items).Concat(last.Items).Select(i => i.Number).ToList();
        Assert.Equal(6, numbers.Distinct().Count());
    }

    [Theory]
    [InlineData(1, 101)]
    [InlineData(1, 0)]
    [InlineData(0, 20)]
    public async Task A_page_size_over_100_or_a_page_below_1_is_a_validation_error(int page, int size)
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.CustomerA);

        await Assert.ThrowsAsync<ValidationException>(() => app.Send(new ListCases(Page: page, Size: size)));
    }

    [Fact]
    public async Task A_sort_column_outside_the_whitelist_is_a_validation_error()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.CustomerA);

        await Assert.ThrowsAsync<ValidationException>(() => app.Send(new ListCases(Sort: "secret.asc")));
        await Assert.ThrowsAsync<ValidationException>(() => app.Send(new ListCases((CaseView)7)));
    }

    private static Func<CaseListItem, string> Key(CaseSortColumn column) => column switch
    {
        CaseSortColumn.Number => i => i.Number,
        CaseSortColumn.Subject => i => i.Subject,
        CaseSortColumn.CustomerNumber => i => i.CustomerNumber,
        CaseSortColumn.Contractor => i => i.Contractor,
        CaseSortColumn.UpdatedAt => i => i.UpdatedAt.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        CaseSortColumn.Status => i => ((int)i.Status).ToString("D2", System.Globalization.CultureInfo.InvariantCulture),
        CaseSortColumn.Category => i => ((int)i.Category).ToString("D2", System.Globalization.CultureInfo.InvariantCulture),
        _ => throw new ArgumentOutOfRangeException(nameof(column)),
    };

    private static Task<List<string>> CaseNumbersOfAsync(PortalApp app, params string[] accounts) => app.InScopeAsync(sp =>
    {
        var db = sp.Db();
        return (from c in db.Cases
                join a in db.CustomerAccounts on c.CustomerAccountId equals a.Id
                where accounts.Contains(a.Number)
                select c.Number).ToListAsync();
    });
}
