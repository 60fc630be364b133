using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Application.Knowledge.Queries.BrowseKnowledge;
using Portal.Domain.Common;
using Portal.Domain.Knowledge;
using ValidationException = FluentValidation.ValidationException;

namespace Portal.Web.Pages.Knowledge;

/// <summary>
/// KB-1 / KB-2 (guide 4.9): ナレッジ. The bases with their counts, the search box (at least 3 characters), the
/// filters (language, base, category; staff also the state) and one page of articles, all in the URL.
/// </summary>
[Authorize]
public sealed class IndexModel(ISender sender) : PageModel
{
    public const string Path = "/Knowledge";

    public string? Query { get; private set; }

    public Guid? BaseId { get; private set; }

    public Guid? CategoryId { get; private set; }

    public Language? Language { get; private set; }

    public ArticleStatus? Status { get; private set; }

    public KnowledgeListing? Listing { get; private set; }

    public string? Error { get; private set; }

    public bool Filtered => Query is not null || BaseId is not null || CategoryId is not null || Language is not null || Status is not null;

    public async Task OnGetAsync(string? q, Guid? kb, Guid? category, string? lang, ArticleStatus? status, int p = 1,
        CancellationToken cancellationToken = default)
    {
        Query = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        BaseId = kb;
        CategoryId = category;
        Language = lang is LanguageCodes.Japanese or LanguageCodes.English ? LanguageCodes.FromCode(lang) : null;
        Status = status is { } s && Enum.IsDefined(s) ? s : null;
        try
        {
            Listing = await sender.Send(new BrowseKnowledge(Query, BaseId, CategoryId, Language, Status, Math.Max(1, p)), cancellationToken);
        }
        catch (ValidationException ex)
        {
            // The keyword (too short, or past the last page) is refused with the reason; the bases still show.
            Error = ex.Errors.First().ErrorMessage;
            Listing = await sender.Send(new BrowseKnowledge(null, BaseId, CategoryId, Language, Status), cancellationToken);
        }
    }

    /// <summary>This page's URL with some parameters changed (a null value drops one); any change goes back to page 1.</summary>
    public string With(params (string Name, string? Value)[] changes)
    {
        var values = new Dictionary<string, string?>
        {
            ["q"] = Query,
            ["kb"] = BaseId?.ToString(),
            ["category"] = CategoryId?.ToString(),
            ["lang"] = LanguageCode(Language),
            ["status"] = Status?.ToString(),
        };
        foreach (var (name, value) in changes)
            values[name] = value;
        var query = values.Where(v => !string.IsNullOrEmpty(v.Value)).Select(v => v.Key + "=" + Uri.EscapeDataString(v.Value!)).ToList();
        return query.Count == 0 ? Path : Path + "?" + string.Join("&", query);
    }

    public string PageLink(int page) => With(("p", page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null));

    public static string? LanguageCode(Language? language) => language?.ToCode();

    /// <summary>From the sign-in cookie's role claim, for the author's buttons; the application checks the database.</summary>
    public bool IsAuthor => Cases.AgentMenu.IsFor(User);
}
