using Portal.Application.Common.Interfaces;

namespace Portal.Web.Hosting;

/// <summary>
/// Loads the signed-in principal's role and scope once per request, right after authentication, so that
/// pages and the handlers they call see the same principal (the mediator's first step finds it loaded).
/// Anonymous requests cost nothing; a contact costs one query.
/// </summary>
internal static class PrincipalScope
{
    public static IApplicationBuilder UsePrincipalScope(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.User.Identity?.IsAuthenticated == true)
                await context.RequestServices.GetRequiredService<ICurrentUser>().LoadAsync(context.RequestAborted);
            await next(context);
        });
}
