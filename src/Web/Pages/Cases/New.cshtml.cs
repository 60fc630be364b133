using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Application.Cases.Commands.CreateInquiry;
using Portal.Application.Cases.Queries.GetInquiryForm;
using Portal.Application.Common.Files;
using Portal.Application.Search.Queries.SearchPortal;
using Portal.Application.Search.Queries.SuggestArticles;
using Portal.Domain.Cases;
using Portal.Domain.Common;
using Portal.Web.Hosting;
using Portal.Web.Hosting.Uploads;
using Portal.Web.Resources;

namespace Portal.Web.Pages.Cases;

/// <summary>
/// CASE-1 and CASE-2 (guide 4.6 「ケースを作成」): a new inquiry, refused with a link while one is open. Its
/// optional files (CASE-8) are streamed to storage while the form is read and deleted again when the
/// inquiry is refused; the form then keeps what was typed and asks for the files again.
/// </summary>
[StreamedUpload]
[IgnoreAntiforgeryToken] // StreamedForm checks the token itself, before it stores a byte
public sealed class NewModel(ISender sender, FileUploads uploads, IStringLocalizer<SharedResource> text) : PageModel
{
    public InquiryForm Form { get; private set; } = null!;

    public CreateInquiry? Input { get; private set; }

    /// <summary>CASE-2: the open inquiry that refused this one, to add a comment there instead.</summary>
    public string? OpenCase { get; private set; }

    public long MaxFileBytes => uploads.MaxBytes;

    /// <summary>The refused form's files were not kept (a browser cannot be given them back): the file input says so.</summary>
    public bool ChooseFilesAgain { get; private set; }

    public static string ServiceName(InquiryAccount account) =>
        CaseLabels.ServiceName(account.ServiceNameJa, account.ServiceNameEn);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Form = await sender.Send(new GetInquiryForm(), cancellationToken);

    /// <summary>KB-2's minimum: a shorter subject is not searched for suggestions.</summary>
    public static int SuggestionsFrom => SearchPortal.ArticleKeywordMin;

    /// <summary>KB-5: the articles matching the subject typed so far, as the fragment the form shows under it.</summary>
    public async Task<IActionResult> OnGetSuggestionsAsync(string? subject, CancellationToken cancellationToken) =>
        Partial("_ArticleSuggestions", await sender.Send(new SuggestArticles(subject), cancellationToken));

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var form = await StreamedForm.ReadAsync(HttpContext, uploads, cancellationToken);
        if (form is null)
            return StreamedForm.BadRequest();
        Input = ReadInput(form);
        if (form.Refusal is { } refusal)
        {
            ModelState.AddModelError(string.Empty, text.Refusal(refusal));
            ChooseFilesAgain = true;
            return await FormAsync(cancellationToken);
        }

        try
        {
            var number = await uploads.SendAsync(Input, form.Files, cancellationToken);
            return Redirect($"/Cases/{number}");
        }
        catch (ValidationException ex)
        {
            // The command's validator decides and words the field errors (localized).
            ModelState.AddFailures(ex, nameof(Input));
        }
        catch (DomainRuleException ex) when (ex.Code == "Case.OpenInquiryExists")
        {
            OpenCase = ex.Details["openCase"] as string;
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddModelError(string.Empty, text[ex.Code]);
        }

        ChooseFilesAgain = form.Files.Count > 0; // the refused inquiry's files were deleted
        return await FormAsync(cancellationToken);
    }

    private async Task<IActionResult> FormAsync(CancellationToken cancellationToken)
    {
        Form = await sender.Send(new GetInquiryForm(), cancellationToken);
        return Page();
    }

    /// <summary>The fields as typed; what does not parse stays empty for the command's validator to word.</summary>
    private static CreateInquiry ReadInput(StreamedForm form) => new(
        Guid.TryParse(form["Input.CustomerAccountId"], out var accountId) ? accountId : Guid.Empty,
        Enum.TryParse<CaseCategory>(form["Input.Category"], ignoreCase: true, out var category) && Enum.IsDefined(category) ? category : null,
        form["Input.Subject"] ?? string.Empty,
        form["Input.Description"] ?? string.Empty,
        form.Files);
}
