using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Common.Interfaces;
using Portal.Domain.Common;
using Portal.Domain.Companies;
using Portal.Domain.Knowledge;
using Portal.Infrastructure.Identity;
using Portal.Infrastructure.Seeding;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests.Cases;

/// <summary>
/// KB-5: the inquiry form's suggestions through the real pipeline. The form asks its own page for the articles
/// matching the subject typed so far and shows the fragment it gets under the subject. Articles this class adds
/// have words of their own, so one portal serves the class.
/// </summary>
[Trait("Req", "KB-5")]
public sealed partial class InquirySuggestionsTests(PortalWebFactory web) : IClassFixture<PortalWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Suggestions(string subject) => "/Cases/New?handler=Suggestions&subject=" + Uri.EscapeDataString(subject);

    [Fact]
    public async Task The_form_has_a_place_for_suggestions_under_the_subject_announced_politely()
    {
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);

        var html = await client.GetPageAsync("/Cases/New");

        var subject = html.IndexOf("id=\"Input_Subject\"", StringComparison.Ordinal);
        var region = html.IndexOf("<div id=\"inquiry-suggestions\" data-url=\"/Cases/New?handler=Suggestions\" data-min=\"3\">", StringComparison.Ordinal);
        Assert.True(subject > 0 && region > subject, "the suggestions follow the subject field");
        Assert.Contains("<div class=\"visually-hidden\" role=\"status\" aria-live=\"polite\" aria-atomic=\"true\"></div>", html, StringComparison.Ordinal);
        Assert.Matches("<script src=\"/js/inquiry-suggestions.js\\?v=[^\"]+\"></script>", html);
    }

    [Fact]
    public async Task The_matching_articles_open_in_a_new_tab_and_their_number_is_announced()
    {
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);

        var html = await client.GetPageAsync(Suggestions("ご利用ガイド"));

        var link = Assert.Single(Links().Matches(html));
        Assert.Matches("^/Knowledge/KB[0-9]{7}$", link.Groups["href"].Value);
        Assert.Equal("target=\"_blank\" rel=\"noopener\"", link.Groups["attributes"].Value.Trim());
        Assert.Equal("カスタマーポータル ご利用ガイド<span class=\"visually-hidden\"> （新しいタブで開きます）</span>", link.Groups["text"].Value);
        Assert.Contains("data-status=\"関連するナレッジが 1 件見つかりました。\"", html, StringComparison.Ordinal);
        Assert.Contains(">関連するナレッジ</h3>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<html", html, StringComparison.Ordinal); // a fragment, not a page
    }

    [Fact, Trait("Req", "UI-3")]
    public async Task An_english_customer_gets_the_fragment_in_english()
    {
        var client = await web.LoggedInAs(DemoAccounts.CustomerB);

        var html = await client.GetPageAsync(Suggestions("user guide"));

        Assert.Equal(["Customer portal user guide<span class=\"visually-hidden\"> (opens in a new tab)</span>"],
            Links().Matches(html).Select(m => m.Groups["text"].Value));
        Assert.Contains("data-status=\"1 related article found.\"", html, StringComparison.Ordinal);
        Assert.Contains(">Related articles</h3>", html, StringComparison.Ordinal);
    }

    [Theory, Trait("Req", "KB-2")]
    [InlineData("ガイ")]
    [InlineData("  ")]
    [InlineData("")]
    public async Task A_subject_under_three_characters_suggests_nothing(string subject)
    {
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);

        var html = await client.GetPageAsync(Suggestions(subject));

        Assert.Empty(Links().Matches(html));
        Assert.Contains("data-status=\"関連するナレッジは見つかりませんでした。\"", html, StringComparison.Ordinal);
    }

    [Fact, Trait("Req", "KB-3"), Trait("Req", "KB-4")]
    public async Task Drafts_retired_articles_and_another_services_articles_are_not_suggested()
    {
        await AddArticlesAsync();
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);

        var html = await client.GetPageAsync(Suggestions("ラッコ端末"));

        Assert.Equal(["ラッコ端末の手順"], Links().Matches(html).Select(m => m.Groups["text"].Value.Split('<')[0]));
    }

    [Fact, Trait("Req", "AUTH-1")]
    public async Task An_anonymous_caller_is_sent_to_sign_in_and_gets_no_article()
    {
        var client = web.CreateBrowser();

        using var response = await client.GetAsync(Suggestions("ご利用ガイド"), Ct);

        Assert.StartsWith("/Account/Login", response.RedirectTarget(), StringComparison.Ordinal);
        Assert.DoesNotContain("ご利用ガイド", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_subject_longer_than_the_field_allows_is_a_bad_request()
    {
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);

        using var response = await client.GetAsync(Suggestions(new string('あ', 161)), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    /// <summary>A published article, a draft, a retired one and one limited to a service customer A has no contract for.</summary>
    private async Task AddArticlesAsync()
    {
        await using var scope = web.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().RunAsSystem();
        var db = scope.ServiceProvider.GetRequiredService<IApplicationDbContext>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var knowledgeBase = await db.KnowledgeBases.Include(b => b.Categories).FirstAsync(Ct);
        var author = await db.Contacts.Where(c => c.UserId == DemoAccounts.Agent).Select(c => c.Id).SingleAsync(Ct);
        var other = Service.Create("CSPM", "マネージド CSPM サービス", "Managed CSPM service");
        db.Services.Add(other);
        KnowledgeArticle Article(string number, string title, bool publish)
        {
            var article = KnowledgeArticle.Draft(number, knowledgeBase, null, Language.Japanese, title, "<p>手順です。</p>", author, "Agent", clock.GetUtcNow());
            if (publish)
                article.Publish(clock.GetUtcNow());
            db.KnowledgeArticles.Add(article);
            return article;
        }

        Article("KB0099301", "ラッコ端末の手順", publish: true);
        Article("KB0099302", "ラッコ端末の下書き", publish: false);
        Article("KB0099303", "ラッコ端末の旧手順", publish: true).Retire(clock.GetUtcNow());
        Article("KB0099304", "ラッコ端末の別サービス手順", publish: true).RestrictToServices([other.Id], clock.GetUtcNow());
        await db.SaveChangesAsync(Ct);
    }

    [GeneratedRegex("<a href=\"(?<href>[^\"]*)\"(?<attributes>[^>]*)>(?<text>.*?)</a>")]
    private static partial Regex Links();
}
