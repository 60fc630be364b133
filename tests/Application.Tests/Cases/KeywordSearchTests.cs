using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Cases;
using Portal.Application.Cases.Commands.AddAgentComment;
using Portal.Application.Cases.Commands.AssignCase;
using Portal.Application.Cases.Commands.ChangeCaseStatus;
using Portal.Application.Cases.Commands.ResolveCase;
using Portal.Application.Cases.Queries.ListCases;
using Portal.Application.Tests.Support;
using Portal.Domain.Cases;
using Portal.Infrastructure.Persistence;

namespace Portal.Application.Tests.Cases;

/// <summary>CASE-5 keyword: subject, description and public comments, from the index, never work notes (AGT-1), within the tenant (TEN-1).</summary>
[Trait("Req", "CASE-5")]
public sealed class KeywordSearchTests
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_Japanese_substring_and_an_English_word_in_a_public_comment_find_the_case(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        var number = await OpenCaseOfAsync(app, Demo.A1);
        await app.SignedInAs(Demo.Agent);
        await app.Send(new AddAgentComment(number, "<p>最新の<b>脅威検知一覧表</b>とレポートグラフを添付します。Please review the Quarantine settings.</p>", IsWorkNote: false, await app.VersionOfAsync(number)));
        await app.SignedInAs(Demo.CustomerA);

        Assert.Equal([number], await FindAsync(app, "検知一覧"));
        Assert.Equal([number], await FindAsync(app, "脅威検知一覧表"));
        Assert.Equal([number], await FindAsync(app, "quarantine"));
        Assert.Equal([number], await FindAsync(app, "Quarant"));
        Assert.Equal([number], await FindAsync(app, "一覧表 quarantine"));
        Assert.Equal([number], await FindAsync(app, "ﾚﾎﾟｰﾄｸﾞﾗﾌ"));
        Assert.Empty(await FindAsync(app, "脅威検知一覧書"));
        Assert.Empty(await FindAsync(app, "一覧表 zebra"));
    }

    [Theory, Trait("Req", "AGT-1")]
    [ClassData(typeof(BothDatabases))]
    public async Task Words_only_in_a_work_note_are_never_found(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        var number = await OpenCaseOfAsync(app, Demo.A1);
        await app.SignedInAs(Demo.Agent);
        await app.Send(new AddAgentComment(number, "<p>社内メモ：特権端末の棚卸し zebracode</p>", IsWorkNote: true, await app.VersionOfAsync(number)));

        Assert.Empty(await FindAsync(app, "zebracode"));
        await app.SignedInAs(Demo.CustomerA);
        Assert.Empty(await FindAsync(app, "zebracode"));
        Assert.Empty(await FindAsync(app, "棚卸し"));
    }

    [Theory, Trait("Req", "TEN-1")]
    [ClassData(typeof(BothDatabases))]
    public async Task Another_companys_case_is_not_found_by_its_words(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        var number = await OpenCaseOfAsync(app, Demo.A1);
        await app.SignedInAs(Demo.Agent);
        await app.Send(new AddAgentComment(number, "<p>機密プロジェクト名 Nightingale</p>", IsWorkNote: false, await app.VersionOfAsync(number)));

        await app.SignedInAs(Demo.CustomerB);
        var page = await app.Send(new ListCases(Filter: "keyword.contains.Nightingale"));
        Assert.Empty(page.Items);
        Assert.Equal(0, page.Total);
        await app.SignedInAs(Demo.Agent);
        Assert.Equal([number], await FindAsync(app, "機密プロジェクト"));
    }

    [Fact]
    public async Task The_subject_and_description_of_a_case_are_searched()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.CustomerA);

        // The demo inquiry asks about 「アラート対応表」: its description is found by 「アラート」 and by the whole word.
        var part = await FindAsync(app, "アラート");
        var whole = await FindAsync(app, "アラート対応表");

        Assert.NotEmpty(whole);
        Assert.Subset(part.ToHashSet(), whole.ToHashSet());
        Assert.NotEmpty(await FindAsync(app, "起動しない"));
    }

    [Theory]
    [InlineData("ア")]
    [InlineData("a")]
    [InlineData("  ")]
    public async Task A_keyword_too_short_to_search_is_a_validation_error(string keyword)
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.CustomerA);

        var error = await Assert.ThrowsAsync<ValidationException>(() => app.Send(new ListCases(Filter: "keyword.contains." + keyword)));
        Assert.NotEmpty(error.Errors);
    }

    private static async Task<List<string>> FindAsync(PortalApp app, string keyword)
    {
        var filter = CaseFilterSyntax.Format(new CaseFilter([[new FilterCondition(CaseField.Keyword, FilterOperator.Contains, [keyword])]]));
        var page = await app.Send(new ListCases(Filter: filter, Size: 100));
        Assert.Equal(page.Items.Count, page.Total);
        return [.. page.Items.Select(i => i.Number)];
    }

    private static Task<string> OpenCaseOfAsync(PortalApp app, string customerNumber) =>
        app.InScopeAsync(sp => (from c in sp.Db().Cases
                                join a in sp.Db().CustomerAccounts on c.CustomerAccountId equals a.Id
                                where a.Number == customerNumber && c.Status != CaseStatus.Closed && c.Category != CaseCategory.Alert
                                orderby c.Number
                                select c.Number).FirstAsync());
}
