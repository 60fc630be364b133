using Mediator;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Application.Admin.Commands.ImportContacts;
using Portal.Application.Admin.ContactImport;
using Portal.Application.Admin.Queries.GetContactForm;
using Portal.Application.Admin.Queries.PreviewContactImport;
using Portal.Application.Common.Exports;
using Portal.Application.Common.Text;
using Portal.Web.Hosting;

namespace Portal.Web.Pages.Account.Users;

/// <summary>
/// ADM-2 bulk creation: the admin uploads a CSV of contacts, sees each row with its errors, and creates all of them
/// or none. The checked file travels back with the preview, so what is created is exactly what was shown
/// (checked again by the command, so an altered copy gains nothing).
/// </summary>
public sealed class ImportModel(ISender sender, IEnumerable<ITableExport> exports) : PageModel
{
    /// <summary>The rows a preview lists when there are no errors; the rest are counted.</summary>
    public const int RowsShown = 200;

    /// <summary>The company a provider admin imports into (AGT-3); a customer admin's own company otherwise.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? CompanyId { get; set; }

    public ContactImportPlan? Plan { get; private set; }

    /// <summary>The checked file, base64, for the create step; only when the plan can be imported.</summary>
    public string? CheckedFile { get; private set; }

    public string? FileName { get; private set; }

    /// <summary>The form opens only to whom the contact form is open (customer and provider admins); Application refuses the rest.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) => await sender.Send(new GetContactForm(CompanyId), cancellationToken);

    /// <summary>The header row to fill in, in the user's language, as a CSV Excel opens.</summary>
    public async Task<IActionResult> OnGetTemplateAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new GetContactForm(CompanyId), cancellationToken);
        var language = CurrentLanguage.Value;
        var header = new TableHeader("contacts", ContactImportColumns.All.Select(c => new TableColumn(ContactImportColumns.Name(c.Column, language))).ToList());
        return new TableExportResult(exports.For(ExportFormat.Csv), header, AsyncEnumerable.Empty<object?[]>(), "contacts");
    }

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        var content = file is null ? ReadOnlyMemory<byte>.Empty : await ReadAsync(file, cancellationToken);
        FileName = file?.FileName;
        Plan = await sender.Send(new PreviewContactImport(content, CompanyId), cancellationToken);
        if (Plan.CanImport)
            CheckedFile = Convert.ToBase64String(content.Span);
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(string? content, string? fileName, CancellationToken cancellationToken)
    {
        FileName = fileName;
        var bytes = Decode(content);
        Plan = await sender.Send(new ImportContacts(bytes, CompanyId), cancellationToken);
        if (Plan.Created == 0)
            return Page();
        TempData["Done"] = "Users.Imported";
        TempData["DoneCount"] = Plan.Created;
        return Redirect(CompanyId is { } company ? $"{IndexModel.Path}?companyId={company}" : IndexModel.Path);
    }

    /// <summary>At most one byte past the limit: enough for the command to say "too large" without holding a huge upload.</summary>
    private static async Task<ReadOnlyMemory<byte>> ReadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        var buffer = new byte[Math.Min(file.Length, ContactImportPlan.MaxBytes + 1L)];
        await using var stream = file.OpenReadStream();
        var read = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
        return buffer.AsMemory(0, read);
    }

    private static ReadOnlyMemory<byte> Decode(string? content)
    {
        if (string.IsNullOrEmpty(content))
            return ReadOnlyMemory<byte>.Empty;
        var bytes = new byte[content.Length * 3 / 4 + 3];
        return Convert.TryFromBase64String(content, bytes, out var written) ? bytes.AsMemory(0, written) : ReadOnlyMemory<byte>.Empty;
    }
}
