using Portal.Application.Cases.Queries.ListCases;
using Portal.Application.Tests.Support;
using Portal.Infrastructure.Persistence;

namespace Portal.Application.Tests.Cases;

/// <summary>
/// CASE-4 / CASE-5: a contact of several customer numbers, or a filter of several groups, gets each page from
/// the parts' own first rows; page by page, the list is exactly the whole list in its order.
/// </summary>
[Trait("Req", "CASE-4")]
public sealed class PagingInPartsTests
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Pages_of_one_row_make_up_the_whole_list_for_every_order(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        string?[] filters = [null, "status.in.New|InProgress", "subject.contains.端末", "category.eq.Alert^OR^status.in.New|InProgress", "status.eq.Closed^OR^category.in.Fault|Service^OR^updated.ge.2026-11-01"];
        string[] sorts = ["updated.desc", "subject.asc", "status.asc,number.desc", "number.asc"];
        foreach (var user in new[] { Demo.CustomerA, Demo.Agent })
        {
            await app.SignedInAs(user);
            foreach (var filter in filters)
            {
                foreach (var sort in sorts)
                {
                    var whole = await app.Send(new ListCases(Filter: filter, Sort: sort, Size: 100));
                    var paged = new List<string>();
                    for (var p = 1; p <= whole.Total; p++)
                    {
                        var one = await app.Send(new ListCases(Filter: filter, Sort: sort, Page: p, Size: 1));
                        Assert.Equal(whole.Total, one.Total);
                        paged.AddRange(one.Items.Select(i => i.Number));
                    }

                    Assert.True(whole.Items.Count > 0, $"{user} {filter} {sort}");
                    Assert.Equal(whole.Items.Select(i => i.Number), paged);
                }
            }
        }
    }
}
