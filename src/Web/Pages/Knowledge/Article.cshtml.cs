using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Application.Knowledge.Commands.ChangeArticleState;
using Portal.Application.Knowledge.Commands.ReadArticle;
using Portal.Domain.Common;
using Portal.Domain.Knowledge;
using Portal.Web.Resources;

namespace Portal.Web.Pages.Knowledge;

/// <summary>
/// KB-3 (guide 4.9, 4.12): the article page KBnnnnnnn with its documents; in the other language when the article
/// has it (?lang=). Staff publish and retire it here (KB-4). An article the user may not read is 404 (KB-3).
/// </summary>
[Authorize]
public sealed class ArticleModel(ISender sender, IStringLocalizer<SharedResource> text) : PageModel
{
    public ArticlePage Article { get; private set; } = null!;

    [TempData]
    public string? Done { get; set; }

    public bool IsAuthor => Cases.AgentMenu.IsFor(User);

    public async Task OnGetAsync(string number, string? lang, CancellationToken cancellationToken) =>
        Article = await sender.Send(new ReadArticle(number, lang is LanguageCodes.Japanese or LanguageCodes.English ? LanguageCodes.FromCode(lang) : null),
            cancellationToken);

    public Task<IActionResult> OnPostPublishAsync(string number, long version, CancellationToken cancellationToken) =>
        ChangeAsync(number, ArticleStatus.Published, version, "Article.PublishedDone", cancellationToken);

    public Task<IActionResult> OnPostRetireAsync(string number, long version, CancellationToken cancellationToken) =>
        ChangeAsync(number, ArticleStatus.Retired, version, "Article.RetiredDone", cancellationToken);

    private async Task<IActionResult> ChangeAsync(string number, ArticleStatus to, long version, string doneKey, CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(new ChangeArticleState(number, to, version), cancellationToken);
            Done = doneKey;
            return RedirectToPage(new { number });
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddModelError(string.Empty, text[ex.Code]);
        }

        Article = await sender.Send(new ReadArticle(number), cancellationToken);
        return Page();
    }
}
