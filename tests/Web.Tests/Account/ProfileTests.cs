using System.Net;
using Microsoft.Extensions.Time.Testing;
using Portal.Infrastructure.Seeding;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests.Account;

/// <summary>PROF-1 (guide 4.13): the user's own profile. Each test edits a profile, so each has its own portal.</summary>
[Trait("Req", "PROF-1")]
public sealed class ProfileTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, string> Form(string lastName = "山田", string email = "user.a@example.com", string language = "Japanese",
        string timeZone = "Asia/Tokyo", string phone = "03-1234-5678") => new()
        {
            ["Input.LastName"] = lastName,
            ["Input.FirstName"] = "花子",
            ["Input.Email"] = email,
            ["Input.Title"] = "情報システム部",
            ["Input.PhoneBusiness"] = phone,
            ["Input.PhoneMobile"] = "",
            ["Input.Language"] = language,
            ["Input.TimeZone"] = timeZone,
            ["Input.AccessibilityEnabled"] = "false",
        };

    private static Task<HttpResponseMessage> SaveAsync(HttpClient client, Dictionary<string, string> form) =>
        client.SubmitAsync("/Account/Profile", form, "/Account/Profile?handler=Profile");

    [Fact]
    public async Task Saving_English_shows_the_next_page_in_English_at_once()
    {
        await using var web = new PortalWebFactory();
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);

        using var saved = await SaveAsync(client, Form(language: "English"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var profile = await client.GetPageAsync("/Account/Profile");
        Assert.Equal("en", Browsing.HtmlLang(profile));
        Assert.Contains("Your profile was saved.", profile, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_value_is_refused_next_to_its_field_and_what_was_typed_stays()
    {
        await using var web = new PortalWebFactory();
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);

        using var refused = await SaveAsync(client, Form(lastName: "", email: "not-an-address", phone: "03-1234-5678 ext. 9"));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync(Ct);
        Assert.Contains("field-validation-error", page, StringComparison.Ordinal);
        Assert.Contains("value=\"not-an-address\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"03-1234-5678 ext. 9\"", page, StringComparison.Ordinal);
        Assert.Contains("姓", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_time_zone_changes_how_times_are_shown()
    {
        await using var web = new PortalWebFactory { Clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 3, 0, 0, TimeSpan.Zero)) };
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);
        Assert.Contains("2026-11-22 12:00:00", await client.GetPageAsync("/"), StringComparison.Ordinal); // seeded 2 days back, Tokyo

        using (await SaveAsync(client, Form(timeZone: "Europe/London")))
        {
        }

        Assert.Contains("2026-11-22 03:00:00", await client.GetPageAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_MFA_the_profile_recommends_it_and_with_MFA_it_does_not()
    {
        await using var web = new PortalWebFactory();
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);
        const string Banner = "多要素認証が設定されていません。";
        Assert.Contains(Banner, await client.GetPageAsync("/Account/Profile"), StringComparison.Ordinal);

        using (await client.SubmitAsync("/Account/Profile", new Dictionary<string, string> { ["enabled"] = "true" }, "/Account/Profile?handler=EmailMfa"))
        {
        }

        var profile = await client.GetPageAsync("/Account/Profile");
        Assert.DoesNotContain(Banner, profile, StringComparison.Ordinal);
        Assert.Contains("メールによる検証コードを有効にしました。", profile, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_profile_needs_a_signed_in_user()
    {
        await using var web = new PortalWebFactory();

        using var response = await web.CreateBrowser().GetAsync("/Account/Profile", Ct);

        Assert.StartsWith("/Account/Login", response.RedirectTarget(), StringComparison.Ordinal);
    }
}
