using System.Net;
using System.Text.RegularExpressions;

namespace Portal.Web.Tests.Support;

/// <summary>What a browser does with the portal's pages: read them, fill in their forms (antiforgery token included).</summary>
public static partial class Browsing
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<string> GetPageAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url, Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode}");
        return html;
    }

    /// <summary>Opens <paramref name="page"/> and posts its form to <paramref name="action"/> (the page itself by default).</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string page, IDictionary<string, string> fields, string? action = null)
    {
        using var form = await client.FillInAsync(page, fields);
        return await client.PostAsync(action ?? page, form, Ct);
    }

    /// <summary>
    /// The form of <paramref name="page"/> filled in with <paramref name="fields"/>, the page's antiforgery token
    /// and, unless given, the version of the aggregate the page shows (NFR-4), as the browser sends them.
    /// </summary>
    public static async Task<FormUrlEncodedContent> FillInAsync(this HttpClient client, string page, IDictionary<string, string> fields)
    {
        var html = await client.GetPageAsync(page);
        var hidden = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = AntiforgeryToken(html) };
        if (Version(html) is { } version)
            hidden.TryAdd(VersionField, version);
        return new FormUrlEncodedContent(hidden);
    }

    /// <summary>The hidden field of every form that changes an aggregate (NFR-4).</summary>
    public const string VersionField = "version";

    /// <summary>The version the page's forms carry, if it has any.</summary>
    public static string? Version(string html) => VersionInput().Match(html) is { Success: true } match ? match.Groups["version"].Value : null;

    public static Task<HttpResponseMessage> LogInAsync(this HttpClient client, string userId, string password) =>
        client.SubmitAsync("/Account/Login", new Dictionary<string, string> { ["UserId"] = userId, ["Password"] = password });

    public static Task<HttpResponseMessage> LogOutAsync(this HttpClient client) =>
        client.SubmitAsync("/", new Dictionary<string, string>(), "/Account/Logout");

    /// <summary>The language button of the header (user menu when signed in), posted from <paramref name="page"/>.</summary>
    public static Task<HttpResponseMessage> SwitchLanguageAsync(this HttpClient client, string page, string language) =>
        client.SubmitAsync(page, new Dictionary<string, string> { ["language"] = language, ["returnUrl"] = page }, "/Account/Language");

    /// <summary>Where a redirect points, as a path and query of the portal.</summary>
    public static string RedirectTarget(this HttpResponseMessage response)
    {
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found, $"expected a redirect, got {(int)response.StatusCode}");
        var location = response.Headers.Location!;
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }

    public static string AntiforgeryToken(string html)
    {
        var match = TokenInput().Match(html);
        Assert.True(match.Success, "the page has no form with an antiforgery token");
        return WebUtility.HtmlDecode(match.Groups["token"].Value);
    }

    /// <summary>The page with every antiforgery token value blanked: they differ on every response by design.</summary>
    public static string WithoutTokens(string html) => TokenValue().Replace(html, "${name}value=\"\"");

    public static string HtmlLang(string html) => HtmlLangAttribute().Match(html).Groups["lang"].Value;

    [GeneratedRegex("<input type=\"hidden\" name=\"version\" value=\"(?<version>[0-9]+)\"")]
    private static partial Regex VersionInput();

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"(?<token>[^\"]+)\"")]
    private static partial Regex TokenInput();

    [GeneratedRegex("(?<name>name=\"__RequestVerificationToken\"[^>]*)value=\"[^\"]*\"")]
    private static partial Regex TokenValue();

    [GeneratedRegex("<html[^>]*\\slang=\"(?<lang>[^\"]*)\"")]
    private static partial Regex HtmlLangAttribute();
}
