using System.Net;
using Microsoft.Extensions.Time.Testing;
using Portal.Infrastructure.Seeding;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests.Account;

/// <summary>
/// AUTH-4 through the real pages: the "forgot password" steps answer the same whatever was typed, and the
/// mailed link resets the password once. Each test has its own portal (they change passwords).
/// </summary>
[Trait("Req", "AUTH-4")]
public sealed class ResetTests
{
    private const string NewPassword = "Blue-Ocean-Tiger-58!";
    private const string Email = "user.a@example.com";

    [Fact]
    public async Task The_login_page_links_to_the_forgot_password_steps()
    {
        await using var web = new PortalWebFactory();

        var login = await web.CreateBrowser().GetPageAsync("/Account/Login");

        Assert.Contains("href=\"/Account/Forgot\">パスワードを忘れた場合</a>", login, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Matching_pair_mismatched_email_and_unknown_user_ID_get_the_same_answer_and_only_the_pair_gets_a_mail()
    {
        await using var web = new PortalWebFactory();
        List<(HttpStatusCode Status, string Target, string Page)> answers = [];
        foreach (var (userId, email) in new[]
                 {
                     (DemoAccounts.CustomerA, Email), (DemoAccounts.CustomerA, "someone.else@example.com"), ("nobody@example.com.fm", Email),
                 })
        {
            var client = web.CreateBrowser();
            using var response = await client.RequestResetAsync(userId, email);
            answers.Add((response.StatusCode, response.RedirectTarget(), Browsing.WithoutTokens(await client.GetPageAsync(response.RedirectTarget()))));
        }

        Assert.Equal((HttpStatusCode.Redirect, "/Account/Forgot?handler=Sent"), (answers[0].Status, answers[0].Target));
        Assert.Contains("パスワードのリセット手順が記載されたメールが送信されました", answers[0].Page, StringComparison.Ordinal);
        Assert.All(answers, answer => Assert.Equal(answers[0], answer));
        Assert.Equal(Email, Assert.Single(await ResetBrowsing.WaitingMailsAsync(web)).To);
    }

    [Fact]
    public async Task The_second_step_asks_for_the_email_of_the_user_ID_typed_in_the_first()
    {
        await using var web = new PortalWebFactory();
        var client = web.CreateBrowser();

        using var empty = await client.SubmitAsync("/Account/Forgot", new Dictionary<string, string> { ["UserId"] = " " }, "/Account/Forgot?handler=Identify");
        using var identified = await client.SubmitAsync("/Account/Forgot", new Dictionary<string, string> { ["UserId"] = "anyone@example.com.fm" },
            "/Account/Forgot?handler=Identify");

        Assert.Contains("ユーザーID を入力してください。", await empty.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        var step2 = await identified.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("パーソナルデータ検証 - メールアドレス", step2, StringComparison.Ordinal);
        Assert.Contains("value=\"anyone@example.com.fm\"", step2, StringComparison.Ordinal);
    }

    [Fact, Trait("Req", "AUTH-3")]
    public async Task The_mailed_link_sets_a_new_password_once_and_leads_to_the_sign_in_page()
    {
        await using var web = new PortalWebFactory();
        var client = web.CreateBrowser();
        (await client.RequestResetAsync(DemoAccounts.CustomerA, Email)).Dispose();
        var link = ResetBrowsing.LinkIn(Assert.Single(await ResetBrowsing.WaitingMailsAsync(web)));

        var form = await client.GetPageAsync(link);
        using var weak = await client.ResetAsync(link, "Password123!");
        using var reset = await client.ResetAsync(link, NewPassword);

        Assert.Contains(DemoAccounts.CustomerA, form, StringComparison.Ordinal);
        Assert.Contains("data-rule=\"NoDictionaryWord\"", form, StringComparison.Ordinal);
        Assert.Contains("辞書に含まれる単語に数字や記号を付けただけのパスワードは使用できません。",
            await weak.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal("/Account/Login?passwordReset=True", reset.RedirectTarget());
        Assert.Contains("パスワードをリセットしました。", await client.GetPageAsync(reset.RedirectTarget()), StringComparison.Ordinal);
        using (var old = await web.CreateBrowser().LogInAsync(DemoAccounts.CustomerA, DemoAccounts.Password))
            Assert.Equal(HttpStatusCode.OK, old.StatusCode); // refused: the form again
        using (var fresh = await web.CreateBrowser().LogInAsync(DemoAccounts.CustomerA, NewPassword))
            Assert.Equal("/", fresh.RedirectTarget());
        Assert.Contains("このリンクは無効です。", await client.GetPageAsync(link), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_older_than_60_minutes_says_it_has_expired()
    {
        await using var web = new PortalWebFactory { Clock = new FakeTimeProvider(DateTimeOffset.UtcNow) };
        var client = web.CreateBrowser();
        (await client.RequestResetAsync(DemoAccounts.CustomerA, Email)).Dispose();
        var link = ResetBrowsing.LinkIn(Assert.Single(await ResetBrowsing.WaitingMailsAsync(web)));

        web.Clock!.Advance(TimeSpan.FromMinutes(61));
        using var reset = await client.ResetAsync(link, NewPassword);

        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Contains("このリンクは無効です。", await reset.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Contains("このリンクは無効です。", await client.GetPageAsync(link), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_forgot_password_pages_say_that_resets_pause_for_24_hours_after_one_is_completed()
    {
        await using var web = new PortalWebFactory();

        var page = await web.CreateBrowser().GetPageAsync("/Account/Forgot");

        Assert.Contains("パスワードのリセットを完了してから 24 時間は、再度リセットできません。", page, StringComparison.Ordinal);
        Assert.Contains("管理者ユーザー", page, StringComparison.Ordinal);
    }
}
