using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Localization;
using Portal.Web.Resources;

namespace Portal.Web.Hosting;

/// <summary>
/// Pages: a refusal the page did not handle itself becomes its status (<see cref="ApplicationErrors"/>):
/// no principal is a sign-in challenge, a role that may not a 403; the status page renders the rest with
/// the localized messages, never a 500.
/// </summary>
internal sealed class ApplicationExceptionFilter(IStringLocalizer<SharedResource> text) : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        if (ApplicationErrors.StatusOf(context.Exception) is not { } status)
            return;
        context.Result = status switch
        {
            StatusCodes.Status401Unauthorized => new ChallengeResult(),
            StatusCodes.Status403Forbidden => new ForbidResult(),
            _ => new StatusCodeResult(status),
        };
        var messages = ApplicationErrors.MessagesOf(context.Exception, text);
        if (messages.Count > 0)
            context.HttpContext.Items[ApplicationErrors.MessagesItem] = messages;
        context.ExceptionHandled = true;
    }
}
