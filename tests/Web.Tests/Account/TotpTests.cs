using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;
using OtpNet;
using Portal.Infrastructure.Seeding;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests.Account;

/// <summary>
/// AUTH-5 (b): an authenticator app set up from the profile (QR code and manual key, confirmed by a
/// first code), then used at sign-in: ±1 step of drift, and never the same code twice.
/// </summary>
[Trait("Req", "AUTH-5")]
public sealed partial class TotpTests : IAsyncDisposable
{
    private readonly PortalWebFactory _web = new() { Clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 10, 0, 5, TimeSpan.Zero)) };

    private FakeTimeProvider Clock => _web.Clock!;

    public ValueTask DisposeAsync() => _web.DisposeAsync();

    private string CodeAt(string key, TimeSpan offset = default) =>
        new Totp(Base32Encoding.ToBytes(key)).ComputeTotp((Clock.GetUtcNow() + offset).UtcDateTime);

    /// <summary>Sets the app up for user.a through the profile page; returns the signed-in browser and the manual key shown.</summary>
    private async Task<(HttpClient Client, string Key)> SetUpAsync()
    {
        var client = await _web.LoggedInAs(DemoAccounts.CustomerA);
        using var begun = await client.SubmitAsync("/Account/Profile", new Dictionary<string, string>(), "/Account/Profile?handler=TotpBegin");
        var page = await begun.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("data:image/png;base64,", page, StringComparison.Ordinal); // the QR code
        var key = ManualKey().Match(page).Groups["key"].Value;
        Assert.NotEmpty(key);
        using var confirmed = await client.SubmitAsync("/Account/Profile", new Dictionary<string, string> { ["code"] = CodeAt(key) },
            "/Account/Profile?handler=TotpConfirm");
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Contains("認証アプリを有効にしました。", await client.GetPageAsync("/Account/Profile"), StringComparison.Ordinal);
        return (client, key);
    }

    [Fact]
    public async Task A_wrong_first_code_does_not_turn_the_app_on()
    {
        var client = await _web.LoggedInAs(DemoAccounts.CustomerA);
        using (await client.SubmitAsync("/Account/Profile", new Dictionary<string, string>(), "/Account/Profile?handler=TotpBegin"))
        {
        }

        using var confirmed = await client.SubmitAsync("/Account/Profile", new Dictionary<string, string> { ["code"] = "123456" },
            "/Account/Profile?handler=TotpConfirm");

        var page = await confirmed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("コードが正しくないか", page, StringComparison.Ordinal);
        Assert.Contains("totp-key", page, StringComparison.Ordinal); // the same secret is shown again to retry
        Assert.Equal("/", await _web.CreateBrowser().PasswordStepAsync(DemoAccounts.CustomerA, DemoAccounts.Password));
    }

    [Fact]
    public async Task After_setup_sign_in_asks_for_the_app_code_and_accepts_the_current_one_once()
    {
        var (_, key) = await SetUpAsync();
        Clock.Advance(TimeSpan.FromSeconds(30));

        var first = _web.CreateBrowser();
        Assert.StartsWith("/Account/Mfa", await first.PasswordStepAsync(DemoAccounts.CustomerA, DemoAccounts.Password), StringComparison.Ordinal);
        var code = CodeAt(key);
        using (var accepted = await first.VerifyAsync("Totp", code))
            Assert.Equal("/", accepted.RedirectTarget());

        var second = _web.CreateBrowser();
        await second.PasswordStepAsync(DemoAccounts.CustomerA, DemoAccounts.Password);
        using var replay = await second.VerifyAsync("Totp", code);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Contains("コードが正しくないか", await replay.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-30, true)]
    [InlineData(30, true)]
    [InlineData(-60, false)]
    [InlineData(60, false)]
    public async Task A_code_one_step_early_or_late_is_accepted_two_steps_are_not(int seconds, bool accepted)
    {
        var (_, key) = await SetUpAsync();
        Clock.Advance(TimeSpan.FromMinutes(5));
        var client = _web.CreateBrowser();
        await client.PasswordStepAsync(DemoAccounts.CustomerA, DemoAccounts.Password);

        using var response = await client.VerifyAsync("Totp", CodeAt(key, TimeSpan.FromSeconds(seconds)));

        Assert.Equal(accepted, response.StatusCode == HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task With_app_and_mail_on_the_user_chooses_and_can_try_the_other_way()
    {
        var (settings, _) = await SetUpAsync();
        using (await settings.SubmitAsync("/Account/Profile", new Dictionary<string, string> { ["enabled"] = "true" }, "/Account/Profile?handler=EmailMfa"))
        {
        }

        var client = _web.CreateBrowser();
        await client.PasswordStepAsync(DemoAccounts.CustomerA, DemoAccounts.Password);
        var choice = await client.GetPageAsync("/Account/Mfa");
        var appStep = await client.GetPageAsync("/Account/Mfa?method=Totp");

        Assert.Contains("認証アプリから検証コードを取得", choice, StringComparison.Ordinal);
        Assert.Contains("以下に送信された検証コードを取得", choice, StringComparison.Ordinal);
        Assert.Contains("認証アプリに表示されたコードを入力します", appStep, StringComparison.Ordinal);
        Assert.Contains("別の確認方法をお試しください", appStep, StringComparison.Ordinal);
    }

    [GeneratedRegex("""id="totp-key">(?<key>[A-Z2-7]+)<""")]
    private static partial Regex ManualKey();
}
