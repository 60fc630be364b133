using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;
using Portal.Infrastructure.Seeding;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests.Announcements;

/// <summary>
/// ANN-1, ANN-2, AGT-2 through the real HTTP pipeline: the banner's × as a plain form, the Announcements page, and the
/// staff's authoring pages (a customer is refused them). Each test that changes announcements has its own portal on a
/// fixed clock: 2026-11-24 09:00 in Tokyo.
/// </summary>
[Trait("Req", "ANN-1")]
[Trait("Req", "ANN-2")]
public sealed partial class AnnouncementPagesTests(PortalWebFactory shared) : IClassFixture<PortalWebFactory>
{
    private const string Sensor = "Falcon Mobile センサー新バージョン提供開始";
    private const string Maintenance = "カスタマーポータル定期メンテナンスのお知らせ";
    private const string Expired = "年末年始の受付時間について";
    private const string Dismiss = "このお知らせを閉じる";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static PortalWebFactory Portal() => new() { Clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.Zero)) };

    private static string Banners(string html) => string.Concat(Banner().Matches(html).Select(m => m.Value));

    private static string HomeList(string html) => HomeListSection().Match(html).Value;

    private static Dictionary<string, string> Form(string titleJa, string titleEn, string from, string to, string article = "") => new()
    {
        ["Input.TitleJa"] = titleJa,
        ["Input.TitleEn"] = titleEn,
        ["Input.DisplayFrom"] = from,
        ["Input.DisplayTo"] = to,
        ["Input.ArticleNumber"] = article,
    };

    [Fact]
    public async Task The_banners_x_is_a_form_that_hides_the_banner_for_good_while_both_lists_keep_it()
    {
        await using var web = Portal();
        var customer = await web.LoggedInAs(DemoAccounts.CustomerA);
        var home = await customer.GetPageAsync("/");
        var sensor = Banner().Matches(home).Single(m => m.Value.Contains(Sensor, StringComparison.Ordinal)).Value;
        Assert.Contains("<form method=\"post\" class=\"announcement-dismiss\" action=\"/?handler=Dismiss\">", sensor, StringComparison.Ordinal);
        Assert.Contains("name=\"__RequestVerificationToken\"", sensor, StringComparison.Ordinal);
        Assert.Contains($"<button type=\"submit\" class=\"btn-close\" aria-label=\"{Dismiss}\"", sensor, StringComparison.Ordinal);
        Assert.Contains("一度削除したバナーは再度表示される事はありません。", home, StringComparison.Ordinal); // guide 4.12

        using var dismissed = await customer.SubmitAsync("/", new Dictionary<string, string> { ["id"] = DismissId().Match(sensor).Groups["id"].Value },
            "/?handler=Dismiss");

        Assert.Equal("/", dismissed.RedirectTarget());
        var after = await customer.GetPageAsync("/");
        Assert.DoesNotContain(Sensor, Banners(after), StringComparison.Ordinal);
        Assert.Contains(Maintenance, Banners(after), StringComparison.Ordinal);
        Assert.Contains(Sensor, HomeList(after), StringComparison.Ordinal);
        Assert.Contains(Sensor, await customer.GetPageAsync("/Announcements"), StringComparison.Ordinal);
        using (await customer.LogOutAsync())
        {
        }

        var again = await web.LoggedInAs(DemoAccounts.CustomerA);
        Assert.DoesNotContain(Sensor, Banners(await again.GetPageAsync("/")), StringComparison.Ordinal);
        var colleague = await web.LoggedInAs(DemoAccounts.AdminA);
        Assert.Contains(Sensor, Banners(await colleague.GetPageAsync("/")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dismissal_without_its_token_or_of_an_unknown_announcement_changes_nothing()
    {
        await using var web = Portal();
        var customer = await web.LoggedInAs(DemoAccounts.CustomerA);
        var id = DismissId().Match(Banner().Matches(await customer.GetPageAsync("/")).First().Value).Groups["id"].Value;

        using var forged = await customer.PostAsync("/?handler=Dismiss", new FormUrlEncodedContent(new Dictionary<string, string> { ["id"] = id }), Ct);
        using var unknown = await customer.SubmitAsync("/", new Dictionary<string, string> { ["id"] = Guid.CreateVersion7().ToString() }, "/?handler=Dismiss");
        using var garbled = await customer.SubmitAsync("/", new Dictionary<string, string> { ["id"] = "not-an-id" }, "/?handler=Dismiss");

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.NotFound, HttpStatusCode.BadRequest], new[] { forged.StatusCode, unknown.StatusCode, garbled.StatusCode });
        Assert.Equal(2, Banner().Count(await customer.GetPageAsync("/")));
    }

    [Fact]
    public async Task The_Announcements_page_lists_the_active_ones_newest_first_and_the_home_page_links_it()
    {
        var customer = await shared.LoggedInAs(DemoAccounts.CustomerA);

        var home = await customer.GetPageAsync("/");
        var page = await customer.GetPageAsync("/Announcements");

        Assert.Contains("<a class=\"small announcements-all\" href=\"/Announcements\">すべてのお知らせ</a>", HomeList(home), StringComparison.Ordinal);
        Assert.True(page.IndexOf(Maintenance, StringComparison.Ordinal) is var first and >= 0 && first < page.IndexOf(Sensor, StringComparison.Ordinal));
        Assert.DoesNotContain(Expired, page, StringComparison.Ordinal);
        Assert.Equal(2, ArticleLink().Count(page));
        Assert.Contains("掲載期間", page, StringComparison.Ordinal);
    }

    [Theory]
    [Trait("Req", "AGT-2")]
    [InlineData(DemoAccounts.CustomerA)]
    [InlineData(DemoAccounts.AdminA)]
    public async Task The_authoring_pages_are_forbidden_to_customers(string userId)
    {
        var customer = await shared.LoggedInAs(userId);

        using var list = await customer.GetAsync("/Provider/Announcements", Ct);
        using var editor = await customer.GetAsync("/Provider/Announcements/Edit", Ct);
        using var create = await customer.SubmitAsync("/", Form("乗っ取り", "Hijacked", "2026-11-24T08:00", "2026-11-25T08:00"), "/Provider/Announcements/Edit");

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], new[] { list.StatusCode, editor.StatusCode, create.StatusCode });
        Assert.DoesNotContain("乗っ取り", await customer.GetPageAsync("/"), StringComparison.Ordinal);
    }

    [Fact, Trait("Req", "AGT-2")]
    public async Task An_agent_writes_an_announcement_that_customers_see_with_its_article_and_then_deletes_it()
    {
        await using var web = Portal();
        var agent = await web.LoggedInAs(DemoAccounts.Agent);
        var article = ArticleLink().Match(await agent.GetPageAsync("/Announcements")).Groups["number"].Value;
        Assert.Contains("Asia/Tokyo", await agent.GetPageAsync("/Provider/Announcements/Edit"), StringComparison.Ordinal);

        using var saved = await agent.SubmitAsync("/Provider/Announcements/Edit",
            Form("臨時メンテナンスのお知らせ", "Unscheduled maintenance", "2026-11-24T08:00", "2026-11-25T09:00", article.ToLowerInvariant()));

        Assert.Equal("/Provider/Announcements", saved.RedirectTarget());
        var schedule = await agent.GetPageAsync("/Provider/Announcements");
        Assert.Contains("お知らせを保存しました。", schedule, StringComparison.Ordinal);
        var row = ScheduleRow().Matches(schedule).Single(m => m.Value.Contains("臨時メンテナンスのお知らせ", StringComparison.Ordinal)).Value;
        Assert.Contains("2026-11-24 08:00:00", row, StringComparison.Ordinal);
        Assert.Contains(">掲載中</span>", row, StringComparison.Ordinal);
        Assert.Contains(">掲載終了</span>", schedule, StringComparison.Ordinal); // the seeded New Year one
        var customer = await web.LoggedInAs(DemoAccounts.CustomerA);
        var banner = Banner().Matches(await customer.GetPageAsync("/")).Single(m => m.Value.Contains("臨時メンテナンスのお知らせ", StringComparison.Ordinal)).Value;
        Assert.Contains($"href=\"/Knowledge/{article}\">詳細</a>", banner, StringComparison.Ordinal);

        var edit = EditLink().Match(row).Groups["href"].Value;
        using var deleted = await agent.SubmitAsync(edit, WithId([], edit[(edit.IndexOf('=') + 1)..]), "/Provider/Announcements/Edit?handler=Delete");

        Assert.Equal("/Provider/Announcements", deleted.RedirectTarget());
        Assert.DoesNotContain("臨時メンテナンスのお知らせ", await agent.GetPageAsync("/Provider/Announcements"), StringComparison.Ordinal);
        Assert.DoesNotContain("臨時メンテナンスのお知らせ", await customer.GetPageAsync("/"), StringComparison.Ordinal);
    }

    [Fact, Trait("Req", "AGT-2")]
    public async Task A_refused_form_keeps_what_was_typed_and_names_each_field()
    {
        var agent = await shared.LoggedInAs(DemoAccounts.Agent);

        using var refused = await agent.SubmitAsync("/Provider/Announcements/Edit",
            Form("", "Typed title", "2026-12-01T10:00", "2026-12-01T09:00", "KB9999999"));
        var html = await refused.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("タイトル (日本語)を入力してください。", html, StringComparison.Ordinal);
        Assert.Contains("掲載終了日時は掲載開始日時より後にしてください。", html, StringComparison.Ordinal);
        Assert.Contains("ナレッジ KB9999999 は見つかりません。", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Typed title\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"2026-12-01T10:00\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"2026-12-01T09:00\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"KB9999999\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Typed title", await agent.GetPageAsync("/Provider/Announcements"), StringComparison.Ordinal);
    }

    [Fact, Trait("Req", "AGT-2"), Trait("Req", "NFR-4")]
    public async Task An_edit_from_a_page_shown_before_a_colleagues_edit_shows_the_announcement_as_it_is_now_and_keeps_the_typed_text()
    {
        await using var web = Portal();
        var agent = await web.LoggedInAs(DemoAccounts.Agent);
        var admin = await web.LoggedInAs(DemoAccounts.ProviderAdmin);
        var edit = EditLink().Match(await agent.GetPageAsync("/Provider/Announcements")).Groups["href"].Value;
        var id = edit[(edit.IndexOf('=') + 1)..];
        var shownToTheAgent = await agent.GetPageAsync(edit);
        using (await admin.SubmitAsync(edit, WithId(Form("管理者が変更", "Changed by the admin", "2026-11-24T08:00", "2026-12-08T09:00"), id)))
        {
        }

        using var refused = await agent.PostAsync(edit, new FormUrlEncodedContent(
            new Dictionary<string, string>(WithId(Form("担当者の変更", "The agent's change", "2026-11-24T08:00", "2026-12-08T09:00"), id))
            {
                [Browsing.VersionField] = Browsing.Version(shownToTheAgent)!,
                ["__RequestVerificationToken"] = Browsing.AntiforgeryToken(shownToTheAgent),
            }), Ct);
        var html = await refused.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("このお知らせは他の方が更新しました。", html, StringComparison.Ordinal);
        Assert.Contains("<dd class=\"col-sm-9\">管理者が変更</dd>", html, StringComparison.Ordinal); // as it is now
        Assert.Contains("value=\"担当者の変更\"", html, StringComparison.Ordinal); // as typed
        Assert.NotEqual(Browsing.Version(shownToTheAgent), Browsing.Version(html)); // the next save is the agent's own decision
        Assert.Contains("管理者が変更", await agent.GetPageAsync("/Provider/Announcements"), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> WithId(Dictionary<string, string> form, string id) => new(form) { ["id"] = id };

    [GeneratedRegex("<div class=\"[^\"]*announcement-banner[^\"]*\".*?</form>", RegexOptions.Singleline)]
    private static partial Regex Banner();

    [GeneratedRegex("name=\"id\" value=\"(?<id>[0-9a-f-]{36})\"")]
    private static partial Regex DismissId();

    [GeneratedRegex("<section[^>]*aria-labelledby=\"announcements-heading\".*?</section>", RegexOptions.Singleline)]
    private static partial Regex HomeListSection();

    [GeneratedRegex("href=\"/Knowledge/(?<number>KB[0-9]{7})\"")]
    private static partial Regex ArticleLink();

    [GeneratedRegex("<tr>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex ScheduleRow();

    [GeneratedRegex("href=\"(?<href>/Provider/Announcements/Edit\\?id=[0-9a-f-]{36})\"")]
    private static partial Regex EditLink();
}
