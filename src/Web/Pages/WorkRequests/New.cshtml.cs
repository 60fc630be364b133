using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Application.Common.Files;
using Portal.Application.WorkRequests.Commands.SubmitWorkRequestForm;
using Portal.Application.WorkRequests.Queries.GetRequestForm;
using Portal.Domain.Common;
using Portal.Domain.WorkRequests;
using Portal.Web.Hosting;
using Portal.Web.Hosting.Uploads;
using Portal.Web.Resources;

namespace Portal.Web.Pages.WorkRequests;

/// <summary>
/// WR-1 (guide 4.7.1): the form of one request type, built from its definition; 送信 stores the request and opens
/// it with a confirmation. Files stream to storage while the form is read and are deleted again when refused; the
/// form then keeps what was typed and asks for the files again.
/// </summary>
[StreamedUpload]
[IgnoreAntiforgeryToken] // StreamedForm checks the token itself, before it stores a byte
public sealed class NewModel(ISender sender, FileUploads uploads, IStringLocalizer<SharedResource> text) : PageModel
{
    public const string ValuePrefix = "Values";

    public RequestFormView Form { get; private set; } = null!;

    public Dictionary<string, string?> Values { get; private set; } = [];

    public Guid? AccountId { get; private set; }

    public long MaxFileBytes => uploads.MaxBytes;

    public bool ChooseFilesAgain { get; private set; }

    public static string InputId(string field) => $"field-{field}";

    public async Task OnGetAsync(string code, Guid? account, string? accountNumber, CancellationToken cancellationToken)
    {
        Form = await sender.Send(new GetRequestForm(code), cancellationToken);
        AccountId = account ?? Form.Accounts.FirstOrDefault(a => a.Number == accountNumber)?.Id ?? (Form.Accounts.Count == 1 ? Form.Accounts[0].Id : null);
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        var form = await StreamedForm.ReadAsync(HttpContext, uploads, cancellationToken);
        if (form is null)
            return StreamedForm.BadRequest();
        AccountId = Guid.TryParse(form["AccountId"], out var accountId) ? accountId : null;
        Values = form.Fields.Where(f => f.Key.StartsWith(ValuePrefix + ".", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(f => f.Key[(ValuePrefix.Length + 1)..], f => (string?)f.Value, StringComparer.Ordinal);
        if (form.Refusal is { } refusal)
        {
            ModelState.AddModelError(string.Empty, text.Refusal(refusal));
            ChooseFilesAgain = true;
            return await FormAsync(code, cancellationToken);
        }

        try
        {
            var files = form.NamedFiles.Where(f => f.Field.StartsWith(ValuePrefix + ".", StringComparison.OrdinalIgnoreCase))
                .Select(f => new RequestFile(f.Field[(ValuePrefix.Length + 1)..], f.File)).ToList();
            var number = await uploads.SendAsync(new SubmitWorkRequestForm(code, AccountId ?? Guid.Empty, Values, files), form.Files, cancellationToken);
            TempData["Done"] = "WorkRequests.Submitted";
            return Redirect($"/WorkRequests/{number}");
        }
        catch (ValidationException ex)
        {
            foreach (var failure in ex.Errors)
                ModelState.AddModelError(failure.PropertyName.Replace("[", ".", StringComparison.Ordinal).TrimEnd(']'), failure.ErrorMessage);
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddModelError(string.Empty, text[ex.Code]);
        }

        ChooseFilesAgain = form.Files.Count > 0;
        return await FormAsync(code, cancellationToken);
    }

    public string? Error(string field) =>
        ModelState.TryGetValue($"{ValuePrefix}.{field}", out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public static string InputType(FormFieldKind kind) => kind switch
    {
        FormFieldKind.Number => "number",
        FormFieldKind.Date => "date",
        _ => "text",
    };

    private async Task<IActionResult> FormAsync(string code, CancellationToken cancellationToken)
    {
        Form = await sender.Send(new GetRequestForm(code), cancellationToken);
        return Page();
    }
}
