using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Identity;
using Portal.Infrastructure.Persistence;
using Portal.Infrastructure.Seeding;
using Portal.Web.Api;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests.Oidc;

/// <summary>API-1, AGT-4: provider admins manage the clients at /Provider/Clients; each change is audited, never its secret.</summary>
[Trait("Req", "API-1")]
public sealed partial class ClientPagesTests : IAsyncDisposable
{
    private readonly OidcPortal _portal = new();

    private PortalWebFactory Web => _portal.Web;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => _portal.DisposeAsync();

    private static string SecretOf(string html) =>
        SecretCode().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups["secret"].Value) : throw new InvalidOperationException("no secret shown");

    [Fact]
    public async Task A_provider_admin_creates_a_client_sees_its_secret_once_rotates_it_and_disables_it()
    {
        var admin = await Web.LoggedInAs(DemoAccounts.ProviderAdmin);
        var api = Web.CreateClient();

        using var created = await admin.SubmitAsync("/Provider/Clients/New", new Dictionary<string, string>
        {
            ["Input.ClientId"] = "siem-bridge",
            ["Input.DisplayName"] = "SIEM bridge",
            ["Input.Kind"] = "Machine",
        });
        var createdHtml = await created.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var secret = SecretOf(createdHtml);
        Assert.False(string.IsNullOrWhiteSpace(await api.TokenAsync("siem-bridge", secret)));

        var list = await admin.GetPageAsync("/Provider/Clients");
        Assert.Contains("siem-bridge", list, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, list, StringComparison.Ordinal);
        Assert.DoesNotMatch(SecretCode(), list);

        using var rotated = await admin.SubmitAsync("/Provider/Clients", new Dictionary<string, string> { ["clientId"] = "siem-bridge" }, "/Provider/Clients?handler=Rotate");
        var newSecret = SecretOf(await rotated.Content.ReadAsStringAsync(Ct));
        Assert.NotEqual(secret, newSecret);
        using (var old = await api.RequestTokenAsync("siem-bridge", secret, ApiAuthorization.AlertsWriteScope))
            Assert.False(old.IsSuccessStatusCode);
        var token = await api.TokenAsync("siem-bridge", newSecret);
        Assert.DoesNotContain(newSecret, await admin.GetPageAsync("/Provider/Clients"), StringComparison.Ordinal);

        using var disabled = await admin.SubmitAsync("/Provider/Clients", new Dictionary<string, string> { ["clientId"] = "siem-bridge", ["enabled"] = "false" },
            "/Provider/Clients?handler=Enabled");
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        using (var refused = await api.RequestTokenAsync("siem-bridge", newSecret, ApiAuthorization.AlertsWriteScope))
            Assert.False(refused.IsSuccessStatusCode);
        using (var revoked = await api.CallApiAsync(token))
            Assert.Equal(HttpStatusCode.Unauthorized, revoked.StatusCode);

        await using var scope = Web.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().RunAsSystem();
        var entries = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().AuditEntries
            .Where(e => e.EntityType == "ApiClient").OrderBy(e => e.At).ToListAsync(Ct);
        Assert.Equal(["Added", "Modified", "Modified"], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(DemoAccounts.ProviderAdmin, e.ActorUserId));
        Assert.All(entries, e => Assert.DoesNotContain(secret, (e.BeforeJson ?? "") + e.AfterJson, StringComparison.Ordinal));
        Assert.All(entries, e => Assert.DoesNotContain(newSecret, (e.BeforeJson ?? "") + e.AfterJson, StringComparison.Ordinal));
        Assert.Contains("\"Enabled\":false", entries[^1].AfterJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_is_refused_with_localized_messages_and_nothing_is_stored()
    {
        var admin = await Web.LoggedInAs(DemoAccounts.ProviderAdmin);

        using var response = await admin.SubmitAsync("/Provider/Clients/New", new Dictionary<string, string>
        {
            ["Input.ClientId"] = "Bad Id!",
            ["Input.DisplayName"] = "",
            ["Input.Kind"] = "Sibling",
            ["Input.RedirectUris"] = "http://portal.example/cb\nhttps://ok.example/cb",
        });
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("クライアント ID", html, StringComparison.Ordinal);
        Assert.Contains("表示名を入力してください。", html, StringComparison.Ordinal);
        Assert.Contains("リダイレクト URIには https の絶対 URI", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(SecretCode(), html);
        Assert.DoesNotContain("Bad Id!", await admin.GetPageAsync("/Provider/Clients"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DemoAccounts.Agent)]
    [InlineData(DemoAccounts.CustomerA)]
    public async Task Agents_and_customers_cannot_open_or_use_the_client_pages(string userId)
    {
        var user = await Web.LoggedInAs(userId);

        using var list = await user.GetAsync("/Provider/Clients", Ct);
        using var form = await user.GetAsync("/Provider/Clients/New", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, form.StatusCode);
    }

    [GeneratedRegex("data-secret>(?<secret>[^<]+)<")]
    private static partial Regex SecretCode();
}
