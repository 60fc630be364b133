using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Exceptions;
using Portal.Application.Search.Queries.SuggestArticles;
using Portal.Application.Tests.Support;
using Portal.Infrastructure.Persistence;

namespace Portal.Application.Tests.Search;

/// <summary>
/// KB-5: while a customer types an inquiry's subject, up to five published articles it may read (KB-3) that match
/// it are suggested; nothing under KB-2's three characters.
/// </summary>
[Trait("Req", "KB-5")]
public sealed class SuggestArticlesTests
{
    private const string Guide = "カスタマーポータル ご利用ガイド";

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_subject_of_three_characters_suggests_the_matching_articles_and_two_characters_nothing(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        await app.SignedInAs(Demo.CustomerA);

        var three = await app.Send(new SuggestArticles("ガイド"));
        var two = await app.Send(new SuggestArticles("ガイ"));
        var spaced = await app.Send(new SuggestArticles(" ガ イ "));
        var english = await app.Send(new SuggestArticles("portal gui"));

        var guide = Assert.Single(three);
        Assert.Equal(Guide, guide.Title);
        Assert.Matches("^KB[0-9]{7}$", guide.Number);
        Assert.Empty(two);
        Assert.Empty(spaced);
        Assert.Equal(["Customer portal user guide"], english.Select(a => a.Title));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task At_most_five_articles_are_suggested(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        for (var i = 1; i <= 7; i++)
            await DemoArticles.AddAsync(app, $"KB009910{i}", $"ペンギン端末の設定 その{i}", publish: true);
        await app.SignedInAs(Demo.CustomerA);

        var matching = await app.Send(new SuggestArticles("ペンギン端末"));

        Assert.Equal(SuggestArticles.Shown, matching.Count);
        Assert.All(matching, a => Assert.StartsWith("ペンギン端末の設定", a.Title, StringComparison.Ordinal));
        Assert.Equal(matching.Count, matching.Select(a => a.Number).Distinct().Count());
    }

    [Theory, Trait("Req", "KB-3")]
    [ClassData(typeof(BothDatabases))]
    public async Task An_article_limited_to_another_service_is_not_suggested_and_one_of_the_customers_service_is(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        var guide = await DemoArticles.IdOfAsync(app, Guide);
        var ours = await app.InScopeAsync(sp => sp.Db().Services.Select(s => s.Id).SingleAsync());
        var other = await DemoArticles.OtherServiceAsync(app);
        await app.SignedInAs(Demo.CustomerA);

        await DemoArticles.ChangeAsync(app, guide, (a, now) => a.RestrictToServices([other], now));
        var limitedToOther = await app.Send(new SuggestArticles("ご利用ガイド"));
        await DemoArticles.ChangeAsync(app, guide, (a, now) => a.RestrictToServices([ours], now));
        var limitedToOurs = await app.Send(new SuggestArticles("ご利用ガイド"));

        Assert.Empty(limitedToOther);
        Assert.Equal([Guide], limitedToOurs.Select(a => a.Title));
    }

    [Theory, Trait("Req", "KB-4")]
    [ClassData(typeof(BothDatabases))]
    public async Task Drafts_and_retired_articles_are_never_suggested(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        await DemoArticles.AddAsync(app, "KB0099201", "アザラシ端末の下書き", publish: false);
        var retired = await DemoArticles.AddAsync(app, "KB0099202", "アザラシ端末の旧手順", publish: true);
        await DemoArticles.AddAsync(app, "KB0099203", "アザラシ端末の手順", publish: true);
        await DemoArticles.ChangeAsync(app, retired, (a, now) => a.Retire(now));
        await app.SignedInAs(Demo.CustomerA);

        var suggested = await app.Send(new SuggestArticles("アザラシ端末"));

        Assert.Equal(["アザラシ端末の手順"], suggested.Select(a => a.Title));
    }

    [Fact]
    public async Task Suggestions_are_for_customers_signed_in()
    {
        await using var app = await PortalApp.StartAsync();

        await Assert.ThrowsAsync<UnauthenticatedException>(async () => await app.Anonymous().Send(new SuggestArticles("ご利用ガイド")));
        await app.SignedInAs(Demo.Agent);
        await Assert.ThrowsAsync<ForbiddenAccessException>(async () => await app.Send(new SuggestArticles("ご利用ガイド")));
    }
}
