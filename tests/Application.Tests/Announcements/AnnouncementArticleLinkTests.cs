using Microsoft.EntityFrameworkCore;
using Portal.Application.Announcements;
using Portal.Application.Announcements.Queries.ListAnnouncements;
using Portal.Application.Announcements.Queries.ListHomeAnnouncements;
using Portal.Application.Tests.Support;
using Portal.Domain.Companies;
using Portal.Domain.Knowledge;
using Portal.Infrastructure.Persistence;

namespace Portal.Application.Tests.Announcements;

/// <summary>
/// ANN-2, KB-3: 「詳細」 and the list's title open the linked article only when the user may read it: it is published and, when
/// it is limited to services, the user's customer numbers use one of them. The announcement itself shows either way.
/// </summary>
[Trait("Req", "ANN-2")]
[Trait("Req", "KB-3")]
public sealed class AnnouncementArticleLinkTests
{
    private const string Draft = "KB0999101";
    private const string Limited = "KB0999102";

    /// <summary>The article number of the agent's announcement in the banner, the home list and the list page as <paramref name="userId"/> sees them.</summary>
    private static readonly (string?, string?, string?) NoLink = (null, null, null);

    private static (string?, string?, string?) Linked(string number) => (number, number, number);

    private static async Task<(string?, string?, string?)> LinksSeenByAsync(PortalApp app, string userId)
    {
        await app.SignedInAs(userId);
        var home = await app.Send(new ListHomeAnnouncements());
        var list = await app.Send(new ListAnnouncements());
        AnnouncementItem Ours(IEnumerable<AnnouncementItem> items) => items.Single(a => a.TitleEn == Announcements.TitleEn);
        return (Ours(home.Banner).ArticleNumber, Ours(home.All).ArticleNumber, Ours(list).ArticleNumber);
    }

    private static Task ChangeArticleAsync(PortalApp app, string number, Action<KnowledgeArticle, DateTimeOffset> change) => app.InScopeAsync(async sp =>
    {
        var article = await sp.Db().KnowledgeArticles.SingleAsync(k => k.Number == number);
        change(article, app.Clock.GetUtcNow());
        await sp.Db().SaveChangesAsync();
    });

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_draft_articles_link_appears_once_it_is_published_and_goes_when_it_is_retired(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        await Announcements.AddArticleAsync(app, Draft);
        await Announcements.CreateAsync(app, Announcements.New(Draft));
        app.Clock.SetUtcNow(PortalApp.Start.AddHours(2));

        var draft = await LinksSeenByAsync(app, Demo.CustomerA);
        await ChangeArticleAsync(app, Draft, (a, now) => a.Publish(now));
        var published = await LinksSeenByAsync(app, Demo.CustomerA);
        await ChangeArticleAsync(app, Draft, (a, now) => a.Retire(now));
        var retired = await LinksSeenByAsync(app, Demo.CustomerA);

        Assert.Equal(NoLink, draft);
        Assert.Equal(Linked(Draft), published);
        Assert.Equal(NoLink, retired);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task An_article_limited_to_a_service_is_linked_only_for_the_customers_of_that_service(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        await app.InScopeAsync(async sp =>
        {
            var db = sp.Db();
            var premium = Service.Create("PREMIUM", "プレミアム", "Premium");
            db.Services.Add(premium);
            var userB = await db.Contacts.Include(c => c.Accounts).SingleAsync(c => c.UserId == Demo.CustomerB);
            var account = CustomerAccount.Create(userB.CompanyId!.Value, "N202400013", premium.Id);
            db.CustomerAccounts.Add(account);
            userB.LinkAccount(account.Id, account.CompanyId, app.Clock.GetUtcNow());
            await db.SaveChangesAsync();
            await Announcements.AddArticleAsync(app, Limited, (a, now) =>
            {
                a.RestrictToServices([premium.Id], now);
                a.Publish(now);
            });
        });
        await Announcements.CreateAsync(app, Announcements.New(Limited));
        app.Clock.SetUtcNow(PortalApp.Start.AddHours(2));

        Assert.Equal(Linked(Limited), await LinksSeenByAsync(app, Demo.CustomerB));
        Assert.Equal(NoLink, await LinksSeenByAsync(app, Demo.CustomerA));
        Assert.Equal(Linked(Limited), await LinksSeenByAsync(app, Demo.Agent));
    }

    [Fact]
    public async Task A_published_article_open_to_everyone_is_linked_for_every_user()
    {
        await using var app = await PortalApp.StartAsync();
        var number = await Announcements.ArticleNumberAsync(app, Announcements.ReleaseArticle);
        await Announcements.CreateAsync(app, Announcements.New(number));
        app.Clock.SetUtcNow(PortalApp.Start.AddHours(2));

        foreach (var user in new[] { Demo.CustomerA, Demo.CustomerB, Demo.AdminA, Demo.Agent })
            Assert.Equal(Linked(number), await LinksSeenByAsync(app, user));
    }
}
