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

    public static void UseFormBodyCheck(this WebApplication app) =>
        app.Use(async (context, next) =>
        {
            if (await RefusalAsync(context) is not { } status)
            {
                await next(context);
                return;
            }

            var text = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
            context.Items[ApplicationErrors.MessagesItem] = new[] { text[status == StatusCodes.Status413PayloadTooLarge ? TooLargeKey : UnreadableKey].Value };
            context.Response.StatusCode = status;
        });

    private static async Task<int?> RefusalAsync(HttpContext context)
    {
        var request = context.Request;
        if (!request.HasFormContentType
            || context.GetEndpoint()?.Metadata.GetMetadata<NoFormBindingAttribute>() is not null
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
        catch (InvalidDataException)
        {
            // Over a limit of FormOptions: too large when the body could not even hold one value within the
            // limit, else too many fields or malformed.
            var limits = context.RequestServices.GetRequiredService<IOptions<FormOptions>>().Value;
            return request.ContentLength > limits.ValueLengthLimit ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest;
        }
        catch (BadHttpRequestException ex)
        {
            return ex.StatusCode; // Kestrel's body size limit (413) or a malformed body (400)
        }
    }
}
