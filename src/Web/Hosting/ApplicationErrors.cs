using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Portal.Application.Common.Exceptions;
using Portal.Domain.Common;
using Portal.Web.Resources;

namespace Portal.Web.Hosting;

/// <summary>
/// The one mapping from the application's refusals to HTTP, shared by pages and the API: invalid input
/// 400, a broken business rule 409, not found (also another tenant's row, TEN-2) 404, a role that may not
/// 403, no principal 401, a file over the limit 413. Messages are localized; nothing internal is shown.
/// </summary>
internal static class ApplicationErrors
{
    /// <summary>Where a page's unhandled refusal leaves its localized messages for the error page.</summary>
    public const string MessagesItem = "portal.error.messages";

    public static int? StatusOf(Exception exception) => exception switch
    {
        ValidationException => StatusCodes.Status400BadRequest,
        DomainRuleException => StatusCodes.Status409Conflict,
        NotFoundException => StatusCodes.Status404NotFound,
        ForbiddenAccessException => StatusCodes.Status403Forbidden,
        UnauthenticatedException => StatusCodes.Status401Unauthorized,
        FileTooLargeException => StatusCodes.Status413PayloadTooLarge,
        _ => null,
    };

    /// <summary>What the user is told: the validation messages (already localized) or the rule's text.</summary>
    public static IReadOnlyList<string> MessagesOf(Exception exception, IStringLocalizer<SharedResource> text) => exception switch
    {
        ValidationException validation => [.. validation.Errors.Select(e => e.ErrorMessage).Distinct()],
        DomainRuleException rule => [text[rule.Code]],
        _ => [],
    };

    /// <summary>RFC 9457 problem details for API callers, with the same status and messages as a page.</summary>
    public static ProblemDetails? ProblemOf(Exception exception, IStringLocalizer<SharedResource> text)
    {
        if (StatusOf(exception) is not { } status)
            return null;
        var problem = new ProblemDetails { Status = status, Title = text[$"Problem.{status}"] };
        switch (exception)
        {
            case ValidationException validation:
                problem.Extensions["errors"] = validation.Errors
                    .GroupBy(e => e.PropertyName)
                    .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray());
                break;
            case DomainRuleException rule:
                problem.Detail = text[rule.Code];
                problem.Extensions["code"] = rule.Code;
                break;
        }

        return problem;
    }
}
