using System.Net;
using System.Text;
using Portal.Infrastructure.Seeding;
using Portal.Web.Tests.Cases;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests.Security;

/// <summary>
/// NFR-4: input a browser would never send (too large, too many fields, control characters, forged choices)
/// is refused with a localized 4xx page or a field error, never a 500, and nothing of it is stored.
/// </summary>
[Trait("Req", "NFR-4")]
public sealed class BadInputTests(PortalWebFactory web) : IClassFixture<PortalWebFactory>
{
    private const string CaseSubject = "iOS 18 でのアラート通知仕様";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(HttpClient Client, string Page)> CaseOfCustomerAsync()
    {
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);
        return (client, $"/Cases/{CaseRows.NumberOf(await client.GetPageAsync("/Cases"), CaseSubject)}");
    }

    private static async Task<HttpResponseMessage> PostRawAsync(HttpClient client, string page, string action, string body)
    {
        var token = Browsing.AntiforgeryToken(await client.GetPageAsync(page));
        using var content = new StringContent($"__RequestVerificationToken={Uri.EscapeDataString(token)}&{body}", Encoding.UTF8, "application/x-www-form-urlencoded");
        content.Headers.ContentType!.CharSet = null;
        return await client.PostAsync(action, content, Ct);
    }

    [Fact]
    public async Task A_comment_over_the_form_value_limit_is_a_localized_413_page()
    {
        var (client, page) = await CaseOfCustomerAsync();

        using var response = await PostRawAsync(client, page, $"{page}?handler=Comment", "BodyHtml=" + new string('a', 5 * 1024 * 1024));

        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("送信された内容が大きすぎます", html, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('a', 1000), await client.GetPageAsync(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ten_thousand_form_fields_are_a_localized_400_page()
    {
        var (client, page) = await CaseOfCustomerAsync();
        var fields = string.Join('&', Enumerable.Range(0, 10_000).Select(i => $"f{i}=x"));

        using var response = await PostRawAsync(client, page, $"{page}?handler=Comment", "BodyHtml=many-fields&" + fields);

        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("入力内容に誤りがあります", html, StringComparison.Ordinal);
        Assert.DoesNotContain("many-fields", await client.GetPageAsync(page), StringComparison.Ordinal);
    }
}
