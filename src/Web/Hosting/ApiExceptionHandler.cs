using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Localization;
using Portal.Web.Resources;

namespace Portal.Web.Hosting;

/// <summary>
/// API endpoints (under <see cref="PathPrefix"/>): the same mapping as pages, answered as problem details
/// JSON instead of an error page. Anything else falls through to the error page.
/// </summary>
internal sealed class ApiExceptionHandler(IStringLocalizer<SharedResource> text, IProblemDetailsService problems) : IExceptionHandler
{
    public const string PathPrefix = "/api";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!httpContext.Request.Path.StartsWithSegments(PathPrefix) || ApplicationErrors.ProblemOf(exception, text) is not { } problem)
            return false;
        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }
}
