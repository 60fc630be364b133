using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.Localization;
using Portal.Web.Resources;

namespace Portal.Web.Hosting.Forms;

/// <summary>
/// NFR-4: a value that does not bind (a forged choice such as status <c>Bogus</c>, text for a number) never
/// reaches the handler as the type's default, which would silently act on the first enum value: the
/// handler does not run and the localized 400 page says which value was refused. Pages add their own
/// errors only after this point and the portal validates in the application (no data annotations, no
/// implicit [Required]), so at this moment every error in the model state is a binding failure.
/// </summary>
internal sealed class BindingFailureFilter : IPageFilter
{
    public const string InvalidValueKey = "Form.InvalidValue";

    public const string MissingValueKey = "Form.MissingValue";

    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (context.ModelState.IsValid)
            return;
        context.HttpContext.Items[ApplicationErrors.MessagesItem] =
            context.ModelState.Values.SelectMany(e => e.Errors).Select(e => e.ErrorMessage).Distinct().ToList();
        context.Result = new BadRequestResult();
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }

    /// <summary>The binding messages in the user's language, naming the refused value, never a C# name.</summary>
    public static void Localize(DefaultModelBindingMessageProvider messages, IStringLocalizer<SharedResource> text)
    {
        messages.SetAttemptedValueIsInvalidAccessor((value, _) => text[InvalidValueKey, value]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => text[InvalidValueKey, value]);
        messages.SetValueIsInvalidAccessor(value => text[InvalidValueKey, value]);
        messages.SetUnknownValueIsInvalidAccessor(_ => text[MissingValueKey]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => text[MissingValueKey]);
        messages.SetValueMustBeANumberAccessor(_ => text[MissingValueKey]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => text[MissingValueKey]);
        messages.SetValueMustNotBeNullAccessor(_ => text[MissingValueKey]);
        messages.SetMissingBindRequiredValueAccessor(_ => text[MissingValueKey]);
        messages.SetMissingKeyOrValueAccessor(() => text[MissingValueKey]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => text[MissingValueKey]);
    }
}
