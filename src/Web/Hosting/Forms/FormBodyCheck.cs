using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Portal.Web.Resources;

namespace Portal.Web.Hosting.Forms;

/// <summary>
/// NFR-4: a posted form is read once, here, before antiforgery and model binding see it. A body over the
/// form limits (a value over 4 MiB, more than 1,024 fields, over Kestrel's body limit) is answered with the
/// localized error page, 413 or 400, instead of failing in whichever filter reads it first. Streamed
/// uploads (<see cref="NoFormBindingAttribute"/>) read their own body.
/// </summary>
internal static class FormBodyCheck
{
    public const string TooLargeKey = "Form.TooLarge";

    public const string UnreadableKey = "Form.Unreadable";

    public const string InvalidCharactersKey = "Form.InvalidCharacters";

    public static void UseFormBodyCheck(this WebApplication app) =>
        app.Use(async (context, next) =>
        {
            if (await RefusalAsync(context) is not var (status, key))
            {
                await next(context);
                return;
            }

            var text = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
            context.Items[ApplicationErrors.MessagesItem] = new[] { text[key].Value };
            context.Response.StatusCode = status;
        });

    /// <summary>Why a form could not be read, as a status and a message key; null when the exception is not about the form.</summary>
    public static (int Status, string Key)? RefusalOf(Exception exception, HttpContext context) => exception switch
    {
        // The form reader refuses NUL (%00) in a name or value.
        InvalidDataException { InnerException: InvalidOperationException } => (StatusCodes.Status400BadRequest, InvalidCharactersKey),
        // Over a limit of FormOptions: too large when the body could not even hold one value within the limit,
        // else too many fields or malformed.
        InvalidDataException when context.Request.ContentLength > context.RequestServices.GetRequiredService<IOptions<FormOptions>>().Value.ValueLengthLimit
            => (StatusCodes.Status413PayloadTooLarge, TooLargeKey),
        InvalidDataException => (StatusCodes.Status400BadRequest, UnreadableKey),
        // Kestrel's body size limit (413) or a malformed body (400).
        BadHttpRequestException bad => (bad.StatusCode, bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? TooLargeKey : UnreadableKey),
        _ => null,
    };

    private static async Task<(int Status, string Key)?> RefusalAsync(HttpContext context)
    {
        var request = context.Request;
        if (!request.HasFormContentType
            || context.GetEndpoint() is not { } endpoint // nothing will read it: no page, the 404 page
            || endpoint.Metadata.GetMetadata<NoFormBindingAttribute>() is not null
            || context.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || context.Features.Get<IExceptionHandlerFeature>() is not null)
        {
            return null;
        }

        try
        {
            await request.ReadFormAsync(context.RequestAborted);
            return null;
        }
        catch (Exception ex) when (RefusalOf(ex, context) is { } refusal)
        {
            return refusal;
        }
    }
}
