using System.Net;
using Microsoft.Extensions.Time.Testing;
using Portal.Infrastructure.Seeding;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests.Account;

/// <summary>
/// AUTH-5 (a, c): a user with one method goes straight to its code; the page says a code was sent only when
/// one was (the 30-second resend limit). Each test has its own portal, clock and mailbox.
/// </summary>
[Trait("Req", "AUTH-5")]
public sealed class MfaSkipChoiceTests : IAsyncDisposable
{
    private const string Address = "mfa.a@example.com";
    private const string Sent = "6桁の検証コードが m****@example.com に送信されました。";
    private const string StillValid = "m****@example.com に送信済みの検証コードは引き続き有効です（新しいコードは送信していません）。";
    private readonly Mailbox _mail = new();
    private readonly PortalWebFactory _web;

    public MfaSkipChoiceTests() => _web = new PortalWebFactory { Clock = new FakeTimeProvider(DateTimeOffset.UtcNow), SmtpPort = _mail.Port };

    private FakeTimeProvider Clock => _web.Clock!;

    public async ValueTask DisposeAsync()
    {
        await _web.DisposeAsync();
        _mail.Dispose();
    }

    /// <summary>The password step, then the page it leads to.</summary>
    private static async Task<string> SignInAsync(HttpClient client)
    {
        var target = await client.PasswordStepAsync(DemoAccounts.MfaCustomerA, DemoAccounts.Password);
        Assert.StartsWith("/Account/Mfa", target, StringComparison.Ordinal);
        return await client.GetPageAsync(target);
    }

    [Fact]
    public async Task A_user_with_e_mail_codes_only_goes_straight_to_the_code_and_gets_one()
    {
        var client = _web.CreateBrowser();

        var page = await SignInAsync(client);

        Assert.DoesNotContain("検証コードの取得方法を選択してください。", page, StringComparison.Ordinal);
        Assert.DoesNotContain("別の確認方法をお試しください", page, StringComparison.Ordinal);
        Assert.Contains(Sent, page, StringComparison.Ordinal);
        await _mail.DeliverAsync(_web, 1);
        using var verified = await client.VerifyAsync("EmailCode", _mail.LatestCodeFor(Address));
        Assert.Equal("/", verified.RedirectTarget());
    }

    [Fact]
    public async Task Signing_in_again_within_thirty_seconds_says_the_earlier_code_is_still_valid()
    {
        await SignInAsync(_web.CreateBrowser());
        await _mail.DeliverAsync(_web, 1);
        var earlier = _mail.LatestCodeFor(Address);
        Clock.Advance(TimeSpan.FromSeconds(10));
        var again = _web.CreateBrowser();

        var page = await SignInAsync(again);

        Assert.Contains(StillValid, page, StringComparison.Ordinal);
        Assert.DoesNotContain(Sent, page, StringComparison.Ordinal);
        await _mail.DeliverAsync(_web, 1);
        Assert.Single(_mail.To(Address));
        using var verified = await again.VerifyAsync("EmailCode", earlier);
        Assert.Equal("/", verified.RedirectTarget());
    }

    [Fact]
    public async Task A_refused_resend_does_not_claim_a_code_was_sent()
    {
        var client = _web.CreateBrowser();
        await SignInAsync(client);
        Clock.Advance(TimeSpan.FromSeconds(20));

        using var early = await client.ResendAsync();

        var page = await early.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.Contains("コードの再送信は 10 秒後に行えます。", page, StringComparison.Ordinal);
        Assert.Contains(StillValid, page, StringComparison.Ordinal);
        Assert.DoesNotContain(Sent, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reloading_the_code_page_sends_nothing_and_claims_nothing()
    {
        var client = _web.CreateBrowser();
        await SignInAsync(client);
        Clock.Advance(TimeSpan.FromMinutes(1));

        var reloaded = await client.GetPageAsync("/Account/Mfa");

        Assert.Contains("name=\"Code\"", reloaded, StringComparison.Ordinal);
        Assert.DoesNotContain(Sent, reloaded, StringComparison.Ordinal);
        Assert.DoesNotContain(StillValid, reloaded, StringComparison.Ordinal);
        await _mail.DeliverAsync(_web, 1);
        Assert.Single(_mail.To(Address));
    }
}
