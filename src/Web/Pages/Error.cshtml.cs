using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Portal.Web.Pages;

/// <summary>One page for every error status, localized, with the request id for support and nothing internal.</summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }

    public string? RequestId { get; private set; }

    /// <summary>The localized reasons of a refused request (invalid input, a broken rule), when there are any.</summary>
    public IReadOnlyList<string> Messages { get; private set; } = [];

    public string TitleKey => Code switch
    {
        404 => "Error.404",
        403 => "Error.403",
        400 or 409 => "Error.400",
        >= 500 => "Error.500",
        _ => "Error.Other",
    };

    public string TextKey => Code switch
    {
        404 => "Error.404.Text",
        403 => "Error.403.Text",
        400 or 409 => "Error.400.Text",
        _ => "Error.500.Text",
    };

    public void OnGet(int? code) => Show(code);

    public void OnPost(int? code) => Show(code);

    private void Show(int? code)
    {
        Code = code is >= 400 and <= 599 ? code.Value : 500;
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        Messages = HttpContext.Items[Hosting.ApplicationErrors.MessagesItem] as IReadOnlyList<string> ?? [];
        Response.StatusCode = Code;
    }
}
