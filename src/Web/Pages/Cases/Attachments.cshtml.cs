using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;
using Portal.Application.Cases.Commands.AddCaseAttachments;
using Portal.Application.Cases.Queries;
using Portal.Application.Cases.Queries.GetCaseAttachment;
using Portal.Application.Cases.Queries.GetCaseStatus;
using Portal.Application.Cases.Queries.ListAgents;
using Portal.Application.Common.Files;
using Portal.Domain.Cases;
using Portal.Domain.Common;
using Portal.Web.Hosting.Uploads;
using Portal.Web.Resources;

namespace Portal.Web.Pages.Cases;

/// <summary>
/// CASE-8 (guide 4.8.3): the attachments of a case: upload (streamed, see <see cref="StreamedForm"/>) and
/// download. A case or attachment the user may not see is 404, like an unknown one (TEN-1).
/// </summary>
[Authorize]
[StreamedUpload]
[IgnoreAntiforgeryToken] // StreamedForm checks the token itself, before it stores a byte
public sealed class AttachmentsModel(ISender sender, FileUploads uploads, IStringLocalizer<SharedResource> text) : PageModel
{
    /// <summary>Read by the attachments tab: the refusal of the last upload, already in the user's language.</summary>
    public const string ErrorKey = "AttachmentError";

    /// <summary>The case page's own success message (DetailModel.Done).</summary>
    private const string DoneKey = "Done";

    public async Task<IActionResult> OnGetAsync(string number, Guid? id, CancellationToken cancellationToken)
    {
        if (id is not { } attachmentId)
            return Redirect(TabUrl(number));

        var file = await sender.Send(new GetCaseAttachment(number, attachmentId), cancellationToken);
        return await AttachmentFile.DownloadAsync(file, Response, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(string number, CancellationToken cancellationToken)
    {
        // The case first (404 for another tenant's, CASE-3 for a closed one) before any byte is read.
        if (await sender.Send(new GetCaseStatus(number), cancellationToken) == CaseStatus.Closed)
            return Refused(number, text["Case.Closed"]);

        var form = await StreamedForm.ReadAsync(HttpContext, uploads, cancellationToken);
        if (form is null)
            return StreamedForm.BadRequest();
        if (form.Refusal is { } refusal)
            return Refused(number, text.Refusal(refusal));
        if (form.Files.Count == 0)
            return Refused(number, text["File.NoneChosen"]);

        try
        {
            await uploads.SendAsync(new AddCaseAttachments(number, form.Files, VersionOf(form)), form.Files, cancellationToken);
        }
        catch (DomainRuleException ex)
        {
            return Refused(number, text[ex.Code]);
        }

        TempData[DoneKey] = "Attachments.Uploaded";
        return Redirect(TabUrl(number));
    }

    /// <summary>NFR-4: the case version the page was rendered with; a form without one counts as stale.</summary>
    private static long VersionOf(StreamedForm form) =>
        long.TryParse(form["version"], NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : -1;

    private RedirectResult Refused(string number, string message)
    {
        TempData[ErrorKey] = message;
        return Redirect(TabUrl(number));
    }

    private static string TabUrl(string number) => $"/Cases/{number}#attachments";
}
