using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenIddict.Abstractions;
using Portal.Web.Hosting;
using Portal.Web.Resources;

namespace Portal.Web.Api;

/// <summary>
/// API-1: who may call the API. <see cref="ApiAuthorization.AlertsWritePolicy"/> reads the bearer token with
/// <see cref="ApiAuthorization.Scheme"/> and needs the <see cref="ApiAuthorization.AlertsWriteScope"/> scope.
/// Under /api a refusal is RFC 9457 problem details (401 without a valid token, 403 without the scope), never
/// the sign-in page.
/// </summary>
internal static class ApiSetup
{
    public static IServiceCollection AddPortalApiAuthorization(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(ApiAuthorization.AlertsWritePolicy, policy => policy
            .AddAuthenticationSchemes(ApiAuthorization.Scheme)
            .RequireAuthenticatedUser()
            .RequireAssertion(context => context.User.HasScope(ApiAuthorization.AlertsWriteScope)));
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ApiRefusals>();
        return services;
    }

    /// <summary>Answers an API refusal as problem details; pages keep the default (sign-in redirect, 403 page).</summary>
    private sealed class ApiRefusals : IAuthorizationMiddlewareResultHandler
    {
        private readonly AuthorizationMiddlewareResultHandler _default = new();

        public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
        {
            if (!context.Request.Path.StartsWithSegments(ApiExceptionHandler.PathPrefix) || authorizeResult is not ({ Challenged: true } or { Forbidden: true }))
            {
                await _default.HandleAsync(next, context, policy, authorizeResult);
                return;
            }

            var status = authorizeResult.Challenged ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden;
            var text = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
            context.Response.StatusCode = status;
            if (status == StatusCodes.Status401Unauthorized)
                context.Response.Headers.WWWAuthenticate = "Bearer";
            var problem = new ProblemDetails
            {
                Status = status,
                Title = text[$"Problem.{status}"],
                Detail = text[status == StatusCodes.Status401Unauthorized ? "Api.Unauthorized" : "Api.Forbidden"],
                Instance = context.Request.Path,
            };
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = problem,
            });
        }
    }
}
