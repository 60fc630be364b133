using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Application.Knowledge.Commands.RemoveArticleAttachment;
using Portal.Application.Knowledge.Commands.SaveArticle;
using Portal.Application.Knowledge.Queries.GetArticleEditor;
using Portal.Domain.Common;
using Portal.Web.Hosting;
using Portal.Web.Resources;

namespace Portal.Web.Pages.Knowledge;

/// <summary>
/// KB-4 (AGT-2): the article editor for staff: base and category, the article in its language and its translation
/// in the other one (rich text), the services it is limited to, and its documents. A refused save keeps what was
/// typed; the form carries the version it showed (NFR-4).
/// </summary>
[Authorize]
public sealed class EditModel(ISender sender, IStringLocalizer<SharedResource> text) : PageModel
{
    public ArticleEditor Editor { get; private set; } = null!;

    [BindProperty]
    public ArticleInput Input { get; set; } = new();

    public string? Number { get; private set; }

    public async Task OnGetAsync(string? number, CancellationToken cancellationToken)
    {
        await LoadAsync(number, cancellationToken);
        if (Editor.Article is { } a)
        {
            Input = new ArticleInput
            {
                Version = a.Version,
                KnowledgeBaseId = a.KnowledgeBaseId,
                CategoryId = a.CategoryId,
                Language = a.Language.ToCode(),
                Title = a.Title,
                BodyHtml = a.BodyHtml,
                TranslatedTitle = a.TranslatedTitle,
                TranslatedBodyHtml = a.TranslatedBodyHtml,
                ServiceIds = [.. a.ServiceIds],
            };
        }
        else
        {
            Input.Language = CurrentLanguageCode();
            Input.KnowledgeBaseId = Editor.Bases.Count > 0 ? Editor.Bases[0].Id : null;
        }
    }

    public async Task<IActionResult> OnPostAsync(string? number, CancellationToken cancellationToken)
    {
        try
        {
            var saved = await sender.Send(new SaveArticle(number, Input.Version, Input.KnowledgeBaseId ?? Guid.Empty, Input.CategoryId,
                LanguageCodes.FromCode(Input.Language is LanguageCodes.English ? LanguageCodes.English : LanguageCodes.Japanese),
                Input.Title ?? "", Input.BodyHtml, Input.TranslatedTitle, Input.TranslatedBodyHtml, Input.ServiceIds), cancellationToken);
            TempData["Done"] = number is null ? "Knowledge.Created" : "Knowledge.Saved";
            return Redirect($"/Knowledge/Edit/{saved}");
        }
        catch (ValidationException ex)
        {
            ModelState.AddFailures(ex, nameof(Input));
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddModelError(string.Empty, text[ex.Code]);
        }

        await LoadAsync(number, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(string number, Guid attachmentId, long version, CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(new RemoveArticleAttachment(number, attachmentId, version), cancellationToken);
            TempData["Done"] = "Knowledge.DocumentRemoved";
        }
        catch (DomainRuleException ex)
        {
            TempData[AttachmentsModel.ErrorKey] = text[ex.Code].Value;
        }

        return Redirect($"/Knowledge/Edit/{number}#documents");
    }

    private async Task LoadAsync(string? number, CancellationToken cancellationToken)
    {
        Number = number;
        Editor = await sender.Send(new GetArticleEditor(number), cancellationToken);
    }

    private static string CurrentLanguageCode() => Application.Common.Text.CurrentLanguage.Value.ToCode();
}

/// <summary>The editor's fields as posted.</summary>
public sealed class ArticleInput
{
    public long Version { get; set; }

    public Guid? KnowledgeBaseId { get; set; }

    public Guid? CategoryId { get; set; }

    public string Language { get; set; } = LanguageCodes.Japanese;

    public string? Title { get; set; }

    public string? BodyHtml { get; set; }

    public string? TranslatedTitle { get; set; }

    public string? TranslatedBodyHtml { get; set; }

    public List<Guid> ServiceIds { get; set; } = [];
}
