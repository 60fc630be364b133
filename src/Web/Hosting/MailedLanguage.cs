using Microsoft.AspNetCore.Localization;

namespace Portal.Web.Hosting;

/// <summary>
/// MAIL-1, AUTH-4: a mailed link names the recipient's language (<c>?culture=en-US</c>); before sign-in that choice is
/// kept in the culture cookie, so the next pages of the flow (the forms it posts, the sign-in) stay in that language.
/// </summary>
internal static class MailedLanguage
{
    public static IApplicationBuilder UseMailedLanguage(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.User.Identity?.IsAuthenticated != true
                && context.Features.Get<IRequestCultureFeature>() is { Provider: QueryStringRequestCultureProvider } feature)
            {
                context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(feature.RequestCulture),
                    new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true, MaxAge = TimeSpan.FromDays(365) });
            }

            await next(context);
        });
}
