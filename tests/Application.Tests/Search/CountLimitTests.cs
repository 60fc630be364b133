using System.Globalization;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Cases.Queries.ListCases;
using Portal.Application.Common.Models;
using Portal.Application.Tests.Support;
using Portal.Domain.Cases;

namespace Portal.Application.Tests.Search;

/// <summary>
/// CASE-5, TEN-2: lists count exactly up to 10,000 rows; above that they say "10,000 or more" and page no
/// further, every count taken inside the user's scope.
/// </summary>
[Trait("Req", "CASE-5")]
public sealed class CountLimitTests
{
    private const string Word = "capword";

    [Fact]
    public async Task A_keyword_counts_exactly_to_ten_thousand_then_says_more_and_pages_end_there()
    {
        await using var app = await PortalApp.StartAsync();
        await AddAlertsAsync(app, Demo.A1, 0, 9_999);
        await app.SignedInAs(Demo.CustomerA);

        var page = await FindAsync(app, "keyword.contains." + Word);
        Assert.Equal((9_999, false), (page.Total, page.MoreThanTotal));
        Assert.Equal(19, (await FindAsync(app, "keyword.contains." + Word, p: 500)).Items.Count);

        await AddAlertsAsync(app, Demo.A1, 9_999, 1);
        page = await FindAsync(app, "keyword.contains." + Word);
        Assert.Equal((10_000, false), (page.Total, page.MoreThanTotal));
        Assert.Equal(20, (await FindAsync(app, "keyword.contains." + Word, p: 500)).Items.Count);

        await AddAlertsAsync(app, Demo.A1, 10_000, 1);
        page = await FindAsync(app, "keyword.contains." + Word);
        Assert.Equal((10_000, true), (page.Total, page.MoreThanTotal));
        Assert.Equal(500, page.PageCount);
        var last = await FindAsync(app, "keyword.contains." + Word, p: 500);
        Assert.Equal(20, last.Items.Count);
        Assert.True(last.MoreThanTotal);
        await Assert.ThrowsAsync<ValidationException>(() => FindAsync(app, "keyword.contains." + Word, p: 501));

        // The newest first: the last alert added heads the first page.
        Assert.Equal(Subject(10_000), page.Items[0].Subject);
    }

    [Fact]
    public async Task The_cap_holds_with_other_conditions_another_order_and_no_keyword_and_stays_in_the_tenant()
    {
        await using var app = await PortalApp.StartAsync();
        await AddAlertsAsync(app, Demo.A1, 0, 10_001);
        await app.SignedInAs(Demo.CustomerA);

        var withStatus = await FindAsync(app, $"keyword.contains.{Word}^status.eq.New");
        Assert.Equal((10_000, true), (withStatus.Total, withStatus.MoreThanTotal));
        var bySubject = await app.Send(new ListCases(Filter: "keyword.contains." + Word, Sort: "subject.asc"));
        Assert.True(bySubject.MoreThanTotal);
        Assert.Equal([.. bySubject.Items.Select(i => i.Subject).Order(StringComparer.Ordinal)], bySubject.Items.Select(i => i.Subject));
        var everything = await app.Send(new ListCases());
        Assert.Equal((10_000, true), (everything.Total, everything.MoreThanTotal));

        // A keyword with a selective condition is counted exactly, however many cases the keyword alone finds.
        var one = await FindAsync(app, CaseFilterSyntax.Format(new CaseFilter([[
            new FilterCondition(CaseField.Keyword, FilterOperator.Contains, [Word]),
            new FilterCondition(CaseField.Subject, FilterOperator.Equal, [Subject(1_234)])]])));
        Assert.Equal((1, false), (one.Total, one.MoreThanTotal));

        // TEN-2: another company's count knows nothing of these.
        await app.SignedInAs(Demo.CustomerB);
        var other = await FindAsync(app, "keyword.contains." + Word);
        Assert.Equal((0, false), (other.Total, other.MoreThanTotal));
    }

    private static Task<Paged<CaseListItem>> FindAsync(PortalApp app, string filter, int p = 1) =>
        app.Send(new ListCases(Filter: filter, Page: p));

    private static string Subject(int i) => string.Create(CultureInfo.InvariantCulture, $"{Word} {i:D5} 端末の検知");

    /// <summary>Alert cases of one customer number, each a minute newer than the one before, saved as the portal saves them.</summary>
    private static Task<bool> AddAlertsAsync(PortalApp app, string accountNumber, int first, int count) =>
        app.InScopeAsync(async sp =>
        {
            var db = sp.Db();
            var account = await db.CustomerAccounts.IgnoreQueryFilters().SingleAsync(a => a.Number == accountNumber);
            for (var i = first; i < first + count; i++)
            {
                var number = string.Create(CultureInfo.InvariantCulture, $"{Case.NumberPrefix}{5_000_000 + i:D7}");
                db.Cases.Add(Case.OpenAlert(number, account, AlertDetails.Create("ldt:cap:" + i, AlertSeverity.Low, "Detect", null, null, null, null, PortalApp.Start, null), Subject(i), "Falcon detection", PortalApp.Start.AddMinutes(i)));
                if ((i + 1 - first) % 2_000 == 0)
                    await db.SaveChangesAsync();
            }

            await db.SaveChangesAsync();
            return true;
        });
}
