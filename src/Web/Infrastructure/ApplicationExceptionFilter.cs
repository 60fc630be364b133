using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Portal.Application.Common.Exceptions;

namespace Portal.Web.Infrastructure;

/// <summary>
/// Turns the application's refusals into HTTP answers: not found (also another tenant's row, TEN-2) is
/// 404, a role that may not is 403, no user is a sign-in challenge. Status pages then render them.
/// </summary>
internal sealed class ApplicationExceptionFilter : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        IActionResult? result = context.Exception switch
        {
            NotFoundException => new NotFoundResult(),
            ForbiddenAccessException => new ForbidResult(),
            UnauthenticatedException => new ChallengeResult(),
            _ => null,
        };
        if (result is null)
            return;
        context.Result = result;
        context.ExceptionHandled = true;
    }
}
