using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Hosting.AttemptLimits;
using Portal.Web.Hosting.Forms;
namespace Portal.Web.Pages;

/// <summary>
/// AUTH-10: the answer to a refused sign-in, MFA-code or reset request (429), re-executed by the status-code
/// pages with the request's method: there were too many attempts, and when to try again.
/// </summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
[NoFormBinding]
public sealed class TooManyAttemptsModel : PageModel
{
    /// <summary>The resource key and the number of seconds or minutes to wait (none known: "later").</summary>
    public (string Key, int Amount) Retry { get; private set; }

    public void OnGet() => Show();

    public void OnPost() => Show();

    private void Show()
    {
        Response.StatusCode = StatusCodes.Status429TooManyRequests;
        if (HttpContext.Features.Get<AttemptRefusal>() is not { RetryAfterSeconds: var seconds })
        {
            Retry = ("TooMany.RetryLater", 0);
            return;
        }

        Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        // Under two minutes in seconds, so minutes are always plural.
        Retry = seconds < 120 ? ("TooMany.RetrySeconds", seconds) : ("TooMany.RetryMinutes", (seconds + 59) / 60);
    }
}
