using Portal.Application.Cases;
using Portal.Application.Cases.Queries.ListCases;
using Portal.Application.Tests.Support;
using Portal.Infrastructure.Persistence;

namespace Portal.Application.Tests.Search;

/// <summary>
/// CASE-5: a filter on values the index holds (status, category, dates, assignee, keyword) is answered by the
/// index; the same filter in an order only the database gives ("then by number", which the index also
/// applies) lists exactly the same cases with the same total.
/// </summary>
[Trait("Req", "CASE-5")]
public sealed class IndexFilterTests
{
    private static readonly string[] Filters =
    [
        "status.in.New|InProgress^category.eq.Fault^OR^updated.ge.2026-11-01",
        "status.ne.Closed",
        "status.notin.Closed|Resolved^category.ne.Alert",
        "category.eq.Alert^OR^status.eq.Closed",
        "created.between.2026-10-01|2026-11-20",
        "updated.lt.2026-11-23^OR^created.gt.2026-11-22",
        "updated.eq.2026-11-23",
        "updated.ne.2026-11-23^status.ne.New",
        "created.le.2026-11-01^OR^created.ge.2026-11-23",
        "keyword.contains.端末^OR^category.eq.Alert",
        "keyword.contains.アラート^status.ne.Closed^OR^keyword.contains.alert",
    ];

    private static readonly string[] AgentFilters =
    [
        "assignee.eq.me",
        "assignee.ne.me^status.ne.Closed",
        "assignee.empty^OR^category.eq.Alert",
        "assignee.notempty^updated.ge.2026-11-01",
    ];

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task The_index_and_the_database_list_the_same_cases_for_every_filter_it_answers(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        foreach (var (user, filters) in new[] { (Demo.CustomerA, Filters), (Demo.Agent, Filters.Concat(AgentFilters).ToArray()), (Demo.CustomerB, Filters) })
        {
            await app.SignedInAs(user);
            foreach (var view in new[] { CaseView.All, CaseView.ActionNeeded, CaseView.Alerts })
            {
                foreach (var filter in filters)
                {
                    var fromIndex = await app.Send(new ListCases(view, filter, Size: 100));
                    var fromDatabase = await app.Send(new ListCases(view, filter, Sort: "updated.desc,number.desc", Size: 100));
                    Assert.True(fromDatabase.Total == fromIndex.Total, $"{user} {view} {filter}: {fromIndex.Total} vs {fromDatabase.Total}");
                    Assert.Equal(fromDatabase.Items.Select(i => i.Number), fromIndex.Items.Select(i => i.Number));
                }
            }
        }
    }
}
