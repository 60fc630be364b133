using System.Net;
using System.Text.RegularExpressions;
using Portal.Infrastructure.Seeding;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests;

/// <summary>UI-2: the responsive layout's Bootstrap is served by the portal itself, never from a CDN.</summary>
[Trait("Req", "UI-2")]
public sealed partial class StaticAssetsTests(PortalWebFactory web) : IClassFixture<PortalWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/lib/bootstrap/bootstrap.min.css", "text/css")]
    [InlineData("/lib/bootstrap/bootstrap.bundle.min.js", "text/javascript")]
    [InlineData("/lib/bootstrap-icons/bootstrap-icons.min.css", "text/css")]
    [InlineData("/css/site.css", "text/css")]
    public async Task Layout_asset_is_served_by_the_portal(string path, string mediaType)
    {
        var client = web.CreateBrowser();

        using var response = await client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Login_and_home_pages_load_styles_and_scripts_only_from_the_portal()
    {
        var anonymous = web.CreateBrowser();
        var signedIn = await web.LoggedInAs(DemoAccounts.CustomerA);

        string[] pages = [await anonymous.GetPageAsync("/Account/Login"), await signedIn.GetPageAsync("/")];

        var assets = pages.SelectMany(html => Assets().Matches(html)).Select(m => m.Groups["url"].Value).ToList();
        Assert.Contains("/lib/bootstrap/bootstrap.min.css", assets);
        Assert.All(assets, url => Assert.StartsWith("/", url, StringComparison.Ordinal));
        Assert.All(assets, url => Assert.False(url.StartsWith("//", StringComparison.Ordinal), url));
    }

    [GeneratedRegex("<(?:link|script)\\b[^>]*\\b(?:href|src)=\"(?<url>[^\"]*)\"")]
    private static partial Regex Assets();
}
