using Microsoft.EntityFrameworkCore;
using Portal.Application.Cases;
using Portal.Application.Cases.Commands.AcceptSolution;
using Portal.Application.Cases.Commands.AddAgentComment;
using Portal.Application.Cases.Commands.AddCustomerComment;
using Portal.Application.Cases.Commands.AssignCase;
using Portal.Application.Cases.Commands.ChangeCaseStatus;
using Portal.Application.Cases.Commands.CloseCase;
using Portal.Application.Cases.Commands.RejectSolution;
using Portal.Application.Cases.Commands.ResolveCase;
using Portal.Application.Cases.Commands.WatchCase;
using Portal.Application.Cases.Queries.GetCase;
using Portal.Application.Cases.Queries.ListCases;
using Portal.Application.Common.Exceptions;
using Portal.Application.Tests.Support;
using Portal.Domain.Cases;
using Portal.Infrastructure.Persistence;

namespace Portal.Application.Tests.Tenancy;

/// <summary>
/// TEN-1 / TEN-2 matrix: a contact of company A never sees, filters, finds, comments on or acts on a case of
/// company B or of a customer number of its own company it is not linked to (user.a: N202400001 and
/// N202400002, not N202400003). Each way in behaves as if the case did not exist, and every count is exact.
/// </summary>
[Trait("Req", "TEN-1")]
[Trait("Req", "TEN-2")]
public sealed class CaseIsolationTests
{
    private const string CaseOfB = "Monthly report delivery address";
    private const string CaseOfA3 = "一部端末でセンサーが応答しない";
    private const string Marker = "Kingfisher";

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task No_list_filter_or_keyword_reveals_a_case_the_user_may_not_see(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        var ofB = await NumberOfAsync(app, CaseOfB);
        var ofA3 = await NumberOfAsync(app, CaseOfA3);
        await app.SignedInAs(Demo.Agent);
        await app.Send(new AddAgentComment(ofB, $"<p>{Marker} 機密の対応メモ</p>", IsWorkNote: false, await app.VersionOfAsync(ofB)));
        await app.Send(new AddAgentComment(ofA3, $"<p>{Marker} 機密の対応メモ</p>", IsWorkNote: false, await app.VersionOfAsync(ofA3)));
        var truth = await CaseTruth.ReadAsync(app);
        await app.SignedInAs(Demo.CustomerA);
        var mine = truth.Of(Demo.A1, Demo.A2).Select(c => c.Number).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(mine, await NumbersAsync(app, null));
        foreach (var number in new[] { ofB, ofA3 })
        {
            var hidden = truth.All.Single(c => c.Number == number);
            foreach (var filter in new[]
            {
                $"number.eq.{number}", $"number.in.{number}|CS9999999", $"number.contains.{number[^3..]}", $"subject.eq.{hidden.Subject}",
                $"subject.contains.{hidden.Subject[..4]}", $"customer.eq.{hidden.Account}", $"contractor.eq.{hidden.Company}",
                $"keyword.contains.{Marker}", "keyword.contains.機密の対応", $"keyword.contains.{hidden.Subject}",
            })
            {
                var found = await NumbersAsync(app, filter);
                Assert.DoesNotContain(number, found);
                Assert.Equal(CaseTruth.Expected(truth.Of(Demo.A1, Demo.A2), filter, Guid.Empty, TimeZoneInfo.Utc), found);
            }

            Assert.DoesNotContain(number, await NumbersAsync(app, $"number.ne.{number}"));
        }

        Assert.Empty(await NumbersAsync(app, $"customer.eq.{Demo.A3}"));
        Assert.Empty(await NumbersAsync(app, $"keyword.contains.{Marker}"));

        // The positive controls: who may see the cases finds them the same ways.
        await app.SignedInAs(Demo.AdminA);
        Assert.Equal([ofA3], await NumbersAsync(app, $"keyword.contains.{Marker}"));
        Assert.Equal([ofA3], await NumbersAsync(app, $"customer.eq.{Demo.A3}"));
        await app.SignedInAs(Demo.CustomerB);
        Assert.Equal([ofB], await NumbersAsync(app, $"keyword.contains.{Marker}"));
        Assert.Equal([ofB], await NumbersAsync(app, $"number.eq.{ofB}"));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Counts_are_exact_for_every_user_on_every_page(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        var truth = await CaseTruth.ReadAsync(app);

        foreach (var (user, accounts) in new[]
        {
            (Demo.CustomerA, new[] { Demo.A1, Demo.A2 }), (Demo.AdminA, [Demo.A1, Demo.A2, Demo.A3]), (Demo.CustomerB, [Demo.B1, Demo.B2]),
        })
        {
            await app.SignedInAs(user);
            var expected = truth.Of(accounts);
            var first = await app.Send(new ListCases(Size: 2));
            var second = await app.Send(new ListCases(Page: 2, Size: 2));
            var filtered = await app.Send(new ListCases(Filter: "status.ne.Closed", Size: 2));

            Assert.Equal(expected.Count, first.Total);
            Assert.Equal(expected.Count, second.Total);
            Assert.Equal(expected.Count(c => c.Status != CaseStatus.Closed), filtered.Total);
            Assert.All(first.Items.Concat(second.Items), i => Assert.Contains(i.CustomerNumber, accounts));
        }
    }

    [Theory]
    [InlineData(CaseOfB)]
    [InlineData(CaseOfA3)]
    public async Task Detail_comment_close_and_watch_of_a_hidden_case_are_not_found_like_an_unknown_number(string subject)
    {
        await using var app = await PortalApp.StartAsync();
        var number = await NumberOfAsync(app, subject);
        var before = await app.InScopeAsync(sp => sp.Db().Cases.Where(c => c.Number == number)
            .Select(c => new { c.Status, c.UpdatedAt, Comments = c.Comments.Count, Watchers = c.Watchers.Count }).SingleAsync());
        await app.SignedInAs(Demo.CustomerA);

        foreach (var target in new[] { number, "CS9999999" })
        {
            await Assert.ThrowsAsync<NotFoundException>(() => app.Send(new GetCase(target)));
            await Assert.ThrowsAsync<NotFoundException>(async () => await app.Send(new AddCustomerComment(target, "<p>見えていますか</p>", await app.VersionOfAsync(target))));
            await Assert.ThrowsAsync<NotFoundException>(async () => await app.Send(new CloseCase(target, await app.VersionOfAsync(target))));
            await Assert.ThrowsAsync<NotFoundException>(() => app.Send(new WatchCase(target)));
        }

        var after = await app.InScopeAsync(sp => sp.Db().Cases.Where(c => c.Number == number)
            .Select(c => new { c.Status, c.UpdatedAt, Comments = c.Comments.Count, Watchers = c.Watchers.Count }).SingleAsync());
        Assert.Equal(before, after);
        await app.SignedInAs(Demo.AdminA);
        if (subject == CaseOfA3)
            Assert.Equal(number, (await app.Send(new GetCase(number))).Number);
    }

    private static async Task<List<string>> NumbersAsync(PortalApp app, string? filter)
    {
        var page = await app.Send(new ListCases(Filter: filter, Sort: "number.asc", Size: 100));
        Assert.Equal(page.Items.Count, page.Total);
        return [.. page.Items.Select(i => i.Number)];
    }

    private static Task<string> NumberOfAsync(PortalApp app, string subject) =>
        app.InScopeAsync(sp => sp.Db().Cases.Where(c => c.Subject == subject).Select(c => c.Number).SingleAsync());
}
