using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Portal.Web.Hosting;

/// <summary>Puts the application's (already localized) validation failures next to the fields that caused them.</summary>
internal static class ModelStateExtensions
{
    public static void AddFailures(this ModelStateDictionary modelState, ValidationException exception, string? prefix = null)
    {
        foreach (var failure in exception.Errors)
        {
            var key = string.IsNullOrEmpty(prefix) ? failure.PropertyName : $"{prefix}.{failure.PropertyName}";
            modelState.AddModelError(key, failure.ErrorMessage);
        }
    }
}
