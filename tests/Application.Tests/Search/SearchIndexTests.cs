using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Application.Admin.Commands.UpdateContact;
using Portal.Application.Cases.Commands.AddAgentComment;
using Portal.Application.Cases.Queries.ListCases;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Search;
using Portal.Application.Tests.Admin;
using Portal.Application.Tests.Support;
using Portal.Domain.Cases;
using Portal.Domain.Common;
using Portal.Infrastructure.Jobs;
using Portal.Infrastructure.Persistence;
using Portal.Infrastructure.Search;

namespace Portal.Application.Tests.Search;

/// <summary>
/// CASE-5, KB-2, NFR-2: the search index answers from what the shared database holds. Every change is found by
/// the next search, on this node and on any other; a node restarted resumes where it stopped; a rebuild from
/// scratch answers the same.
/// </summary>
[Trait("Req", "CASE-5")]
public sealed class SearchIndexTests
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_new_case_and_a_comment_are_found_by_the_next_search_on_this_node_and_on_another(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        using var otherNode = await OtherNodeAsync(app);
        await app.SignedInAs(Demo.CustomerA);
        Assert.Empty(await FindAsync(app, "オーロラ端末"));
        await Search(otherNode, app, "オーロラ端末", expected: 0);

        var number = await DemoCases.OpenInquiryAsync(app, Demo.CustomerA, Demo.A2, "オーロラ端末の同期エラー", CaseCategory.Fault);
        Assert.Equal([number], await FindAsync(app, "オーロラ端末"));
        await Search(otherNode, app, "オーロラ端末", expected: 1);

        await app.SignedInAs(Demo.Agent);
        await app.Send(new AddAgentComment(number, "<p>Borealis build 7 fixes it.</p>", IsWorkNote: false, await app.VersionOfAsync(number)));
        await app.SignedInAs(Demo.CustomerA);
        Assert.Equal([number], await FindAsync(app, "borealis"));
        await Search(otherNode, app, "borealis", expected: 1);
    }

    [Theory, Trait("Req", "TEN-1")]
    [ClassData(typeof(BothDatabases))]
    public async Task A_contact_unlinked_from_a_customer_number_no_longer_finds_its_cases(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        var number = await DemoCases.OpenInquiryAsync(app, Demo.CustomerA, Demo.A2, "ミモザ端末の登録について", CaseCategory.Fault);
        await app.SignedInAs(Demo.CustomerA);
        Assert.Equal([number], await FindAsync(app, "ミモザ端末"));

        var contact = await app.InScopeAsync(sp => sp.Db().Contacts.AsNoTracking().SingleAsync(c => c.UserId == Demo.CustomerA));
        var a1 = await Contacts.AccountIdAsync(app, Demo.A1);
        await app.SignedInAs(Demo.AdminA);
        await app.Send(new UpdateContact(contact.Id, contact.Version, contact.FirstName, contact.LastName, contact.Title, contact.Email,
            contact.PhoneBusiness, contact.PhoneMobile, contact.Language, contact.TimeZone, contact.UserId, IsAdmin: false,
            contact.EmailMfaEnabled, [a1]));

        await app.SignedInAs(Demo.CustomerA);
        var page = await app.Send(new ListCases(Filter: "keyword.contains.ミモザ端末"));
        Assert.Equal(0, page.Total);
        Assert.Empty(page.Items);
    }

    [Theory, Trait("Req", "KB-2"), Trait("Req", "KB-3")]
    [ClassData(typeof(BothDatabases))]
    public async Task An_edited_article_is_found_by_its_new_words_a_retired_or_draft_one_not_by_customers_and_a_limited_one_only_in_its_service(
        DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        var guide = await DemoArticles.IdOfAsync(app, "カスタマーポータル ご利用ガイド");
        await app.SignedInAs(Demo.CustomerA);
        Assert.Equal([guide], await ArticlesAsync(app, "ご利用ガイド"));

        await DemoArticles.ChangeAsync(app, guide, (a, now) => a.Edit(Language.Japanese, "ポータル操作ガイド", "<p>ケース一覧とウォッチリストの使い方。</p>", now));
        Assert.Empty(await ArticlesAsync(app, "ご利用ガイド"));
        Assert.Equal([guide], await ArticlesAsync(app, "ウォッチリスト"));

        // A limited article: found by customers of that service only, never by others.
        var ours = await app.InScopeAsync(sp => sp.Db().Services.Select(s => s.Id).SingleAsync());
        var otherService = await DemoArticles.OtherServiceAsync(app);
        await DemoArticles.ChangeAsync(app, guide, (a, now) => a.RestrictToServices([otherService], now));
        Assert.Empty(await ArticlesAsync(app, "ウォッチリスト"));
        await DemoArticles.ChangeAsync(app, guide, (a, now) => a.RestrictToServices([otherService, ours], now));
        Assert.Equal([guide], await ArticlesAsync(app, "ウォッチリスト"));

        await DemoArticles.ChangeAsync(app, guide, (a, now) => a.Retire(now));
        Assert.Empty(await ArticlesAsync(app, "ウォッチリスト"));
        await app.SignedInAs(Demo.Agent);
        Assert.Equal([guide], await ArticlesAsync(app, "ウォッチリスト", includeUnpublished: true));
        Assert.Empty(await ArticlesAsync(app, "ウォッチリスト"));

        // A draft is found by staff who ask for drafts, never by a customer.
        var draft = await DemoArticles.AddAsync(app, "KB0099001", "下書きの記事 ペンギン手順", publish: false, "<p>未公開</p>");
        Assert.Equal([draft], await ArticlesAsync(app, "ペンギン手順", includeUnpublished: true));
        await app.SignedInAs(Demo.CustomerA);
        Assert.Empty(await ArticlesAsync(app, "ペンギン手順", includeUnpublished: true));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_rebuild_from_scratch_and_a_restart_answer_as_before(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        var number = await DemoCases.OpenInquiryAsync(app, Demo.CustomerA, Demo.A2, "ネビュラ端末の証明書", CaseCategory.Fault);
        await app.SignedInAs(Demo.CustomerA);
        string[] keywords = ["ネビュラ端末", "アラート", "起動しない", "端末", "pass"];
        var before = new List<List<string>>();
        foreach (var keyword in keywords)
            before.Add(await FindAsync(app, keyword));
        Assert.Contains(number, before[0]);

        await app.Services.GetRequiredService<SearchIndex>().RebuildAsync(CancellationToken.None);
        foreach (var (keyword, i) in keywords.Select((k, i) => (k, i)))
            Assert.Equal(before[i], await FindAsync(app, keyword));

        // Another node's folder, written and closed, then opened again after a change made while it was down.
        var folder = Path.Combine(Path.GetTempPath(), "portal-search-test-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (var node = await OtherNodeAsync(app, folder))
                await Search(node, app, "ネビュラ端末", expected: 1);
            var later = await DemoCases.OpenInquiryAsync(app, Demo.CustomerA, Demo.A1, "ネビュラ端末の再登録", CaseCategory.Fault);
            using (var node = await OtherNodeAsync(app, folder))
                await Search(node, app, "ネビュラ端末", expected: 2);
            Assert.Contains(later, await FindAsync(app, "ネビュラ端末"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact, Trait("Req", "NFR-2")]
    public async Task A_node_stopped_for_longer_than_the_changes_kept_rebuilds_and_answers_as_before()
    {
        await using var app = await PortalApp.StartAsync();
        var folder = Path.Combine(Path.GetTempPath(), "portal-search-test-" + Guid.NewGuid().ToString("N"));
        try
        {
            await app.SignedInAs(Demo.CustomerA);
            using (var node = await OtherNodeAsync(app, folder))
                await Search(node, app, "ルミナ端末", expected: 0);
            var first = await DemoCases.OpenInquiryAsync(app, Demo.CustomerA, Demo.A2, "ルミナ端末の初期設定", CaseCategory.Fault);
            var second = await DemoCases.OpenInquiryAsync(app, Demo.CustomerA, Demo.A1, "ルミナ端末の証明書", CaseCategory.Fault);

            // Only the newest change is kept: the stopped node's position (before both cases) is gone.
            Assert.True(await app.Services.GetRequiredService<SearchChangeCleanupJob>().PruneAsync(1, CancellationToken.None) > 0);
            using (var node = await OtherNodeAsync(app, folder))
                await Search(node, app, "ルミナ端末", expected: 2);
            Assert.Equal([second, first], await FindAsync(app, "ルミナ端末"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<List<string>> FindAsync(PortalApp app, string keyword)
    {
        var filter = CaseFilterSyntax.Format(new CaseFilter([[new FilterCondition(CaseField.Keyword, FilterOperator.Contains, [keyword])]]));
        var page = await app.Send(new ListCases(Filter: filter, Size: 100));
        return [.. page.Items.Select(i => i.Number)];
    }

    private static Task<List<Guid>> ArticlesAsync(PortalApp app, string keyword, bool includeUnpublished = false) =>
        app.InUserScopeAsync(async sp =>
        {
            var scope = sp.GetRequiredService<ICurrentUser>().Scope;
            var hits = await sp.GetRequiredService<ISearchIndex>().FindArticlesAsync(
                new ArticleSearch(SearchText.Terms(keyword)!, scope, includeUnpublished), CancellationToken.None);
            return hits.Ids;
        });

    /// <summary>A second node: its own index folder on the same database.</summary>
    private static Task<SearchIndex> OtherNodeAsync(PortalApp app, string? folder = null) =>
        Task.FromResult(new SearchIndex(
            new SearchOptions { IndexPath = folder ?? Path.Combine(Path.GetTempPath(), "portal-search-test-" + Guid.NewGuid().ToString("N")) },
            app.Services.GetRequiredService<IServiceScopeFactory>(), app.Clock, NullLogger<SearchIndex>.Instance));

    /// <summary>The other node's answer for the signed-in customer's scope.</summary>
    private static async Task Search(SearchIndex node, PortalApp app, string keyword, int expected)
    {
        var scope = await app.InUserScopeAsync(sp => Task.FromResult(sp.GetRequiredService<ICurrentUser>().Scope));
        var hits = await node.FindCasesAsync(new CaseSearch(SearchText.Terms(keyword)!, scope), CancellationToken.None);
        Assert.Equal(expected, hits.Total);
    }
}
