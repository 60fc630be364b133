using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Application.WorkRequests.Commands.AcceptWorkRequestIntoCase;
using Portal.Application.WorkRequests.Commands.RejectWorkRequestWithReason;
using Portal.Application.WorkRequests.Queries.GetWorkRequestAttachment;
using Portal.Application.WorkRequests.Queries.GetWorkRequestDetail;
using Portal.Domain.Common;
using Portal.Web.Hosting;
using Portal.Web.Hosting.Uploads;
using Portal.Web.Resources;

namespace Portal.Web.Pages.WorkRequests;

/// <summary>
/// WR-2, AGT-2: one request as sent, its files and its state (accepted with its case, rejected with the reason);
/// agents accept or reject it here, each form carrying the version it showed (NFR-4). Another tenant's request
/// is the same 404 as an unknown one (TEN-1).
/// </summary>
public sealed class DetailModel(ISender sender, IStringLocalizer<SharedResource> text) : PageModel
{
    public WorkRequestDetail Item { get; private set; } = null!;

    /// <summary>The reason as typed, kept when the rejection is refused.</summary>
    public string? Reason { get; private set; }

    public async Task OnGetAsync(string number, CancellationToken cancellationToken) =>
        Item = await sender.Send(new GetWorkRequestDetail(number), cancellationToken);

    public async Task<IActionResult> OnGetFileAsync(string number, Guid id, CancellationToken cancellationToken) =>
        await AttachmentFile.DownloadAsync(await sender.Send(new GetWorkRequestAttachment(number, id), cancellationToken), Response, cancellationToken);

    public async Task<IActionResult> OnPostAcceptAsync(string number, long version, CancellationToken cancellationToken)
    {
        try
        {
            var caseNumber = await sender.Send(new AcceptWorkRequestIntoCase(number, version), cancellationToken);
            TempData["Done"] = "WorkRequests.Accepted";
            TempData["DoneCount"] = caseNumber;
            return Redirect($"/WorkRequests/{number}");
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddModelError(string.Empty, text[ex.Code]);
        }

        return await PageAsync(number, cancellationToken);
    }

    public async Task<IActionResult> OnPostRejectAsync(string number, long version, string? reason, CancellationToken cancellationToken)
    {
        Reason = reason;
        ModelState.Clear();
        try
        {
            await sender.Send(new RejectWorkRequestWithReason(number, version, reason ?? ""), cancellationToken);
            TempData["Done"] = "WorkRequests.Rejected";
            return Redirect($"/WorkRequests/{number}");
        }
        catch (ValidationException ex)
        {
            ModelState.AddFailures(ex);
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddModelError(string.Empty, text[ex.Code]);
        }

        return await PageAsync(number, cancellationToken);
    }

    private async Task<IActionResult> PageAsync(string number, CancellationToken cancellationToken)
    {
        Item = await sender.Send(new GetWorkRequestDetail(number), cancellationToken);
        return Page();
    }
}
