using Microsoft.AspNetCore.Localization;
using Microsoft.Net.Http.Headers;

namespace Portal.Web.Hosting;

/// <summary>
/// UI-3: before sign-in and without a choice in the cookie, the browser's preferred language
/// (Accept-Language, by quality): any English ("en-GB", "en") is English, any Japanese is Japanese. An
/// English user following an English reset mail lands on English pages.
/// </summary>
internal sealed class BrowserLanguageProvider : RequestCultureProvider
{
    /// <summary>Like ASP.NET Core's own provider: a long header is not read to its end.</summary>
    private const int LanguagesToTry = 3;

    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var languages = httpContext.Request.GetTypedHeaders().AcceptLanguage;
        var culture = languages
            .Where(l => l.Quality is null or > 0)
            .OrderByDescending(l => l.Quality ?? 1)
            .Take(LanguagesToTry)
            .Select(l => Supported(l.Value.Value))
            .FirstOrDefault(c => c is not null);
        return Task.FromResult(culture is null ? null : new ProviderCultureResult(culture));
    }

    private static string? Supported(string? tag) =>
        tag is null ? null
        : tag.Equals("en", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("en-", StringComparison.OrdinalIgnoreCase) ? "en-US"
        : tag.Equals("ja", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("ja-", StringComparison.OrdinalIgnoreCase) ? "ja-JP"
        : null;
}
