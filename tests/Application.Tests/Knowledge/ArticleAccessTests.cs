using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Knowledge.Commands.ChangeArticleState;
using Portal.Application.Knowledge.Commands.ReadArticle;
using Portal.Application.Knowledge.Commands.SaveArticle;
using Portal.Application.Knowledge.Queries.BrowseKnowledge;
using Portal.Application.Knowledge.Queries.GetArticleAttachment;
using Portal.Application.Tests.Support;
using Portal.Domain.Common;
using Portal.Domain.Companies;
using Portal.Domain.Knowledge;
using Portal.Infrastructure.Persistence;

namespace Portal.Application.Tests.Knowledge;

/// <summary>
/// KB-3 / KB-4 through the mediator on both databases: an article limited to a service and a draft are invisible to
/// the customers who may not read them by list, search, direct number and attachment; authoring is the staff's.
/// </summary>
[Trait("Req", "KB-3")]
public sealed class ArticleAccessTests
{
    private const string Limited = "KB0999101";
    private const string Draft = "KB0999102";

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_service_limited_article_and_a_draft_are_invisible_to_customers_who_may_not_read_them_in_every_way(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        var (limitedFile, draftFile) = await SeedAsync(app);

        // Company B's user has a customer number on the premium service; company A's has not.
        await app.SignedInAs(Demo.CustomerA);
        await AssertInvisibleAsync(app, Limited, limitedFile, "ハヤブサ");
        await AssertInvisibleAsync(app, Draft, draftFile, "カワセミ");

        await app.SignedInAs(Demo.CustomerB);
        Assert.Contains(Limited, await ListedAsync(app, null));
        Assert.Equal([Limited], await ListedAsync(app, "ハヤブサ"));
        Assert.Equal("ハヤブサ向け手順", (await app.Send(new ReadArticle(Limited))).Title);
        Assert.Equal("premium.pdf", (await app.Send(new GetArticleAttachment(Limited, limitedFile))).FileName);
        await AssertInvisibleAsync(app, Draft, draftFile, "カワセミ", readable: 1);

        await app.SignedInAs(Demo.Agent);
        Assert.Equal([Draft], await ListedAsync(app, "カワセミ", ArticleStatus.Draft));
        Assert.Equal(ArticleStatus.Draft, (await app.Send(new ReadArticle(Draft))).Status);
        Assert.Equal("draft.pdf", (await app.Send(new GetArticleAttachment(Draft, draftFile))).FileName);
    }

    [Theory, Trait("Req", "KB-4")]
    [ClassData(typeof(BothDatabases))]
    public async Task Customers_cannot_write_or_publish_and_an_agents_stale_version_is_refused(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        await app.SignedInAs(Demo.Agent);
        var knowledgeBase = await app.InScopeAsync(sp => sp.Db().KnowledgeBases.OrderBy(b => b.SortOrder).Select(b => b.Id).FirstAsync());
        var number = await app.Send(new SaveArticle(null, 0, knowledgeBase, null, Language.Japanese, "手順書", "<p>本文</p>", null, null, []));
        var version = await VersionAsync(app, number);

        await app.SignedInAs(Demo.AdminA);
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => app.Send(new SaveArticle(null, 0, knowledgeBase, null, Language.Japanese, "t", "<p>b</p>", null, null, [])));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => app.Send(new ChangeArticleState(number, ArticleStatus.Published, version)));

        await app.SignedInAs(Demo.Agent);
        await app.Send(new SaveArticle(number, version, knowledgeBase, null, Language.Japanese, "手順書 第2版", "<p>本文</p>", "Procedure", "", []));
        var stale = await Assert.ThrowsAsync<DomainRuleException>(() => app.Send(new ChangeArticleState(number, ArticleStatus.Published, version)));
        Assert.Equal("Article.ChangedMeanwhile", stale.Code);
        await app.Send(new ChangeArticleState(number, ArticleStatus.Published, version + 1));
        var page = await app.Send(new ReadArticle(number, Language.English));
        Assert.Equal(("Procedure", "", ArticleStatus.Published), (page.Title, page.BodyHtml, page.Status));
    }

    private static async Task AssertInvisibleAsync(PortalApp app, string number, Guid file, string word, int readable = 0)
    {
        Assert.DoesNotContain(number, await ListedAsync(app, null));
        Assert.Empty(await ListedAsync(app, word));
        // Customers asking for drafts get the published articles only.
        Assert.DoesNotContain(number, await ListedAsync(app, null, ArticleStatus.Draft));
        await Assert.ThrowsAsync<NotFoundException>(() => app.Send(new ReadArticle(number)));
        await Assert.ThrowsAsync<NotFoundException>(() => app.Send(new GetArticleAttachment(number, file)));
        var bases = (await app.Send(new BrowseKnowledge())).Bases;
        Assert.Equal(await PublishedUnlimitedCountAsync(app) + readable, bases.Sum(b => b.ArticleCount));
    }

    private static async Task<List<string>> ListedAsync(PortalApp app, string? keyword, ArticleStatus? status = null) =>
        [.. (await app.Send(new BrowseKnowledge(keyword, Status: status, Size: 100))).Articles.Items.Select(a => a.Number)];

    private static Task<int> PublishedUnlimitedCountAsync(PortalApp app) => app.InScopeAsync(sp =>
        sp.Db().KnowledgeArticles.IgnoreQueryFilters().CountAsync(a => a.Status == ArticleStatus.Published && !a.Services.Any()));

    private static Task<long> VersionAsync(PortalApp app, string number) => app.InScopeAsync(sp =>
        sp.Db().KnowledgeArticles.IgnoreQueryFilters().Where(a => a.Number == number).Select(a => a.Version).SingleAsync());

    /// <summary>A premium service with a customer number of company B on it, an article limited to it and a draft, each with a document.</summary>
    private static Task<(Guid Limited, Guid Draft)> SeedAsync(PortalApp app) => app.InScopeAsync(async sp =>
    {
        var db = sp.Db();
        var storage = sp.GetRequiredService<IFileStorage>();
        var now = app.Clock.GetUtcNow();
        var premium = Service.Create("PREMIUM", "プレミアム", "Premium");
        db.Services.Add(premium);
        var userB = await db.Contacts.Include(c => c.Accounts).SingleAsync(c => c.UserId == Demo.CustomerB);
        var account = CustomerAccount.Create(userB.CompanyId!.Value, "N202499003", premium.Id);
        db.CustomerAccounts.Add(account);
        userB.LinkAccount(account.Id, account.CompanyId, now);
        var knowledgeBase = await db.KnowledgeBases.Include(b => b.Categories).OrderBy(b => b.SortOrder).FirstAsync();
        var limited = KnowledgeArticle.Draft(Limited, knowledgeBase, null, Language.Japanese, "ハヤブサ向け手順", "<p>プレミアムのお客様向け</p>", userB.Id, "SAC", now);
        limited.RestrictToServices([premium.Id], now);
        var limitedFile = limited.AddAttachment(await StoreAsync(storage, "premium.pdf"), userB.Id, now);
        limited.Publish(now);
        var draft = KnowledgeArticle.Draft(Draft, knowledgeBase, null, Language.Japanese, "カワセミの観察手順", "<p>未公開</p>", userB.Id, "SAC", now);
        var draftFile = draft.AddAttachment(await StoreAsync(storage, "draft.pdf"), userB.Id, now);
        db.KnowledgeArticles.AddRange(limited, draft);
        await db.SaveChangesAsync();
        return (limitedFile.Id, draftFile.Id);
    });

    private static async Task<StoredFile> StoreAsync(IFileStorage storage, string name)
    {
        await using var content = new MemoryStream("%PDF-1.4"u8.ToArray());
        return await storage.SaveAsync(content, name, "application/pdf", 1024, CancellationToken.None);
    }
}
