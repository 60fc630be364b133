using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Application.Common.Files;
using Portal.Application.Knowledge.Commands.AddArticleAttachments;
using Portal.Application.Knowledge.Queries.GetArticleAttachment;
using Portal.Application.Knowledge.Queries.GetArticleEditor;
using Portal.Domain.Common;
using Portal.Web.Hosting.Uploads;
using Portal.Web.Resources;

namespace Portal.Web.Pages.Knowledge;

/// <summary>
/// KB-3: an article's documents, downloaded (streamed, with the original name) by whoever may read the article,
/// 404 otherwise; KB-4: uploaded by staff from the editor (streamed, see <see cref="StreamedForm"/>).
/// </summary>
[Authorize]
[StreamedUpload]
[IgnoreAntiforgeryToken] // StreamedForm checks the token itself, before it stores a byte
public sealed class AttachmentsModel(ISender sender, FileUploads uploads, IStringLocalizer<SharedResource> text) : PageModel
{
    /// <summary>Read by the editor: the refusal of the last upload, already in the user's language.</summary>
    public const string ErrorKey = "AttachmentError";

    public async Task<IActionResult> OnGetAsync(string number, Guid? id, CancellationToken cancellationToken)
    {
        if (id is not { } attachmentId)
            return Redirect($"/Knowledge/{number}");

        var file = await sender.Send(new GetArticleAttachment(number, attachmentId), cancellationToken);
        return await AttachmentFile.DownloadAsync(file, Response, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(string number, CancellationToken cancellationToken)
    {
        // The article first (404 for an unknown one, 403 for a customer) before any byte is read.
        await sender.Send(new GetArticleEditor(number), cancellationToken);
        var form = await StreamedForm.ReadAsync(HttpContext, uploads, cancellationToken);
        if (form is null)
            return StreamedForm.BadRequest();
        if (form.Refusal is { } refusal)
            return Refused(number, text.Refusal(refusal));
        if (form.Files.Count == 0)
            return Refused(number, text["File.NoneChosen"]);

        try
        {
            await uploads.SendAsync(new AddArticleAttachments(number, form.Files, VersionOf(form["version"])), form.Files, cancellationToken);
        }
        catch (DomainRuleException ex)
        {
            return Refused(number, text[ex.Code]);
        }

        TempData["Done"] = "Attachments.Uploaded";
        return Redirect(EditorUrl(number));
    }

    /// <summary>NFR-4: the article version the page was rendered with; a form without one counts as stale.</summary>
    private static long VersionOf(string? value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : -1;

    private RedirectResult Refused(string number, string message)
    {
        TempData[ErrorKey] = message;
        return Redirect(EditorUrl(number));
    }

    private static string EditorUrl(string number) => $"/Knowledge/Edit/{number}#documents";
}
