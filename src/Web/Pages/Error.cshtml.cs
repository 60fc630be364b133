using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Web.Hosting;
using Portal.Web.Hosting.Forms;
using Portal.Web.Resources;

namespace Portal.Web.Pages;

/// <summary>
/// One page for every error status, localized, with the request id for support and nothing internal.
/// NFR-4: it answers any method without binding or reading the request body (<see cref="NoFormBindingAttribute"/>):
/// the status-code pages re-execute it with the failed request's method and its unreadable body.
/// </summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
[NoFormBinding]
public sealed class ErrorModel(IStringLocalizer<SharedResource> text) : PageModel
{
    public int Code { get; private set; }

    public string? RequestId { get; private set; }

    /// <summary>The localized reasons of a refused request (invalid input, a broken rule), when there are any.</summary>
    public IReadOnlyList<string> Messages { get; private set; } = [];

    public string TitleKey => Code switch
    {
        404 => "Error.404",
        403 => "Error.403",
        413 => "Error.413",
        400 or 409 => "Error.400",
        >= 500 => "Error.500",
        _ => "Error.Other",
    };

    public string TextKey => Code switch
    {
        404 => "Error.404.Text",
        403 => "Error.403.Text",
        400 or 409 or 413 => "Error.400.Text",
        _ => "Error.500.Text",
    };

    /// <summary>Runs for every method, with or without a handler: nothing of the request is bound.</summary>
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        var code = int.TryParse(RouteData.Values["code"] as string, NumberStyles.None, CultureInfo.InvariantCulture, out var routed) ? routed : (int?)null;
        Code = code is >= 400 and <= 599 ? code.Value : 500;
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        Messages = HttpContext.Items[ApplicationErrors.MessagesItem] as IReadOnlyList<string> ?? [];
        if (Messages.Count == 0 && Code == 400)
            Messages = [text[FormBodyCheck.UnreadableKey]]; // e.g. an expired antiforgery token: say what to do
        Response.StatusCode = Code;
    }
}
