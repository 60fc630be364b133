using System.Globalization;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Application.Cases.Commands.CreateInquiry;
using Portal.Domain.Common;
using Portal.Web.Infrastructure;
using Portal.Web.Resources;

namespace Portal.Web.Pages.Cases;

/// <summary>CASE-1 and CASE-2 (guide 4.6 「ケースを作成」): a new inquiry, refused with a link while one is open.</summary>
public sealed class NewModel(ISender sender, IStringLocalizer<SharedResource> text) : PageModel
{
    public InquiryForm Form { get; private set; } = null!;

    public CreateInquiry? Input { get; private set; }

    /// <summary>CASE-2: the open inquiry that refused this one, to add a comment there instead.</summary>
    public string? OpenCase { get; private set; }

    public static string ServiceName(InquiryAccount account) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? account.ServiceNameEn : account.ServiceNameJa;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Form = await sender.Send(new GetInquiryForm(), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CreateInquiry input, CancellationToken cancellationToken)
    {
        Input = input;
        // The command's validator decides and words the field errors (localized); drop the binder's own.
        ModelState.Clear();
        try
        {
            var number = await sender.Send(input, cancellationToken);
            return Redirect($"/Cases/{number}");
        }
        catch (ValidationException ex)
        {
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

        Form = await sender.Send(new GetInquiryForm(), cancellationToken);
        return Page();
    }
}
