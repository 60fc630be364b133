using System.Globalization;
using System.Text.Json;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Application.Cases.Commands.DeleteCaseFilter;
using Portal.Application.Cases.Commands.SaveCaseFilter;
using Portal.Application.Cases.Queries.ListCaseFilters;
using Portal.Application.Cases.Queries.ListCases;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Models;
using Portal.Application.Common.Security;
using Portal.Application.Common.Text;
using Portal.Domain.Cases;
using Portal.Domain.SavedFilters;
using Portal.Web.Resources;

namespace Portal.Web.Pages.Cases;

/// <summary>
/// CASE-4 / CASE-5 / CASE-6 (guide 4.8, 4.8.7): the case list with quick views, the filter builder and its
/// breadcrumb, sort keys and saved filters. View, filter, sort and page all live in the URL.
/// </summary>
[Authorize]
public sealed class IndexModel(ISender sender, ICurrentUser user, IStringLocalizer<SharedResource> text) : PageModel
{
    public const string Path = "/Cases";

    [BindProperty(SupportsGet = true, Name = "view")]
    public CaseView View { get; set; } = CaseView.All;

    [BindProperty(SupportsGet = true, Name = "f")]
    public string? Filter { get; set; }

    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public Paged<CaseListItem> Rows { get; private set; } = new([], 0, 1, ListCases.DefaultSize);

    /// <summary>The filter as parsed; empty when the URL's filter is not valid (its error is shown instead).</summary>
    public CaseFilter Parsed { get; private set; } = CaseFilter.None;

    public IReadOnlyList<CaseSortKey> SortKeys { get; private set; } = CaseSortSyntax.Default;

    public IReadOnlyList<SavedFilterItem> SavedFilters { get; private set; } = [];

    /// <summary>A save under a taken name waits for this confirmation (CASE-6).</summary>
    public string? ConfirmOverwriteName { get; private set; }

    public FilterVisibility ConfirmOverwriteVisibility { get; private set; }

    [TempData]
    public string? Done { get; set; }

    /// <summary>CASE-6: staff belong to no company, so they save for themselves only.</summary>
    public bool CanShareWithCompany => user.CompanyId is not null;

    /// <summary>AGT-1: the agents' views 「自分の担当」 and 「未割り当て」 filter by assignee, which only staff may.</summary>
    public bool ShowsAgentViews => CaseFields.MayFilterBy(CaseField.AssignedTo, user);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostSaveFilterAsync(string? name, FilterVisibility visibility, bool overwrite, CancellationToken cancellationToken)
    {
        try
        {
            var outcome = await sender.Send(new SaveCaseFilter(name ?? string.Empty, visibility, View, Filter, Sort, overwrite), cancellationToken);
            if (outcome == SaveFilterOutcome.NameTaken)
            {
                ConfirmOverwriteName = name!.Trim();
                ConfirmOverwriteVisibility = visibility;
            }
            else
            {
                Done = text[outcome == SaveFilterOutcome.Saved ? "SavedFilter.Saved" : "SavedFilter.Overwritten", name!.Trim()];
                return Redirect(Link());
            }
        }
        catch (ValidationException ex)
        {
            foreach (var failure in ex.Errors)
                ModelState.AddModelError("SaveFilter", failure.ErrorMessage);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteFilterAsync(Guid id, CancellationToken cancellationToken)
    {
        await sender.Send(new DeleteCaseFilter(id), cancellationToken);
        Done = text["SavedFilter.Deleted"];
        return Redirect(Link());
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(PageNumber, 1);
        SortKeys = CaseSortSyntax.Parse(Sort) ?? CaseSortSyntax.Default;
        Parsed = CaseFilterSyntax.Parse(Filter).Filter ?? CaseFilter.None;
        SavedFilters = await sender.Send(new ListCaseFilters(), cancellationToken);
        try
        {
            Rows = await sender.Send(new ListCases(View, Filter, Sort, PageNumber), cancellationToken);
        }
        catch (ValidationException ex)
        {
            // A hand-edited or outdated URL: say what is wrong, keep the filter in the builder, list nothing.
            foreach (var failure in ex.Errors)
                ModelState.AddModelError("Filter", failure.ErrorMessage);
            Parsed = CaseFilter.None;
        }
    }

    /// <summary>The list's address; changing view, filter or sort starts again at page 1.</summary>
    public string Link(CaseView? view = null, string? filter = null, string? sort = null, int page = 1)
    {
        var query = new QueryBuilder();
        var v = view ?? View;
        var f = filter ?? Filter;
        var s = sort ?? Sort;
        if (v != CaseView.All)
            query.Add("view", v.ToString());
        if (!string.IsNullOrEmpty(f))
            query.Add("f", f);
        if (!string.IsNullOrEmpty(s) && s != CaseSortSyntax.Format(CaseSortSyntax.Default))
            query.Add("sort", s);
        if (page > 1)
            query.Add("p", page.ToString(CultureInfo.InvariantCulture));
        return Path + query.ToQueryString();
    }

    /// <summary>A header's link: sorts by that column alone; the current first key flips, another starts ascending (the date newest first).</summary>
    public string SortLink(CaseSortColumn column)
    {
        var first = SortKeys[0];
        var direction = column == first.Column
            ? first.Direction == SortDirection.Ascending ? SortDirection.Descending : SortDirection.Ascending
            : column == CaseSortColumn.UpdatedAt ? SortDirection.Descending : SortDirection.Ascending;
        return Link(sort: CaseSortSyntax.Format([new CaseSortKey(column, direction)]));
    }

    /// <summary>The aria-sort value of a header, or null where the list is not sorted by it first.</summary>
    public string? AriaSort(CaseSortColumn column) =>
        column != SortKeys[0].Column ? null : SortKeys[0].Direction == SortDirection.Ascending ? "ascending" : "descending";

    /// <summary>Guide 4.8.7: すべて &gt; カテゴリ=サービスについて &gt; …, each step a link to the filter up to it.</summary>
    public IReadOnlyList<(string Label, string Link, bool StartsGroup)> Breadcrumb()
    {
        var crumbs = new List<(string, string, bool)>();
        var index = 0;
        foreach (var group in Parsed.Groups)
        {
            for (var i = 0; i < group.Count; i++)
            {
                index++;
                crumbs.Add((Label(group[i]), Link(filter: CaseFilterSyntax.Format(Parsed.Take(index))), i == 0 && crumbs.Count > 0));
            }
        }

        return crumbs;
    }

    /// <summary>「カテゴリ=サービスについて」: field, operator symbol and the values as the user reads them.</summary>
    public string Label(FilterCondition condition)
    {
        var values = string.Join(", ", condition.Values.Select(v => ValueLabel(condition.Field, v)));
        // Guide 4.8.7 writes a keyword as 「キーワード = aaa」; "watch list contains me" reads as 「ウォッチリスト=自分」.
        var op = condition.Field is CaseField.Keyword or CaseField.WatchList && condition.Operator == FilterOperator.Contains
            ? FilterOperator.Equal
            : condition.Operator;
        string symbol = text[$"Filter.Symbol.{op}"];
        // Signs stand between field and value (カテゴリ=サービスについて); words get spaces (件名 含む 端末).
        var spaced = symbol.Length > 2 || symbol.Any(char.IsLetter) ? $" {symbol} " : symbol;
        return $"{ListText.Get($"Field.{condition.Field}")}{spaced}{values}".Trim();
    }

    private string ValueLabel(CaseField field, string value) => field switch
    {
        CaseField.Status => text.Status(Enum.Parse<CaseStatus>(value, true)),
        CaseField.Category => text.Category(Enum.Parse<CaseCategory>(value, true)),
        CaseField.WatchList or CaseField.AssignedTo => text["Filter.Me"],
        _ => value,
    };

    /// <summary>What filter-builder.js needs: fields, their operators and choices, labels, and the current filter and sort.</summary>
    public string BuilderJson()
    {
        var fields = CaseFields.FieldsFor(user)
            .Select(f => new
            {
                name = CaseFilterSyntax.NameOf(f),
                label = ListText.Get($"Field.{f}"),
                type = CaseFields.TypeOf(f).ToString().ToLowerInvariant(),
                operators = CaseFields.OperatorsOf(f).Select(o => new { name = CaseFilterSyntax.NameOf(o), label = text[$"Filter.Op.{o}"].Value, arity = CaseFields.ArityOf(o) }),
                choices = Choices(f),
            });
        var groups = Parsed.Groups.Select(g => g.Select(c => new
        {
            field = CaseFilterSyntax.NameOf(c.Field),
            op = CaseFilterSyntax.NameOf(c.Operator),
            values = c.Values,
        }));
        var sorts = Enum.GetValues<CaseSortColumn>().Select(c => new { name = CaseSortSyntax.NameOf(c), label = text[$"CaseList.Column.{c}"].Value });
        return JsonSerializer.Serialize(new
        {
            fields,
            groups,
            // The builder shows the sort keys only when they are more than the default.
            sort = Sort is null ? [] : SortKeys.Select(k => new { column = CaseSortSyntax.NameOf(k.Column), descending = k.Direction == SortDirection.Descending }),
            sortColumns = sorts,
            // An invalid filter from the URL stays in the builder as typed, so nothing is lost.
            raw = ModelState.ContainsKey("Filter") ? Filter : null,
        });
    }

    private IEnumerable<object>? Choices(CaseField field) => field switch
    {
        CaseField.Status => Enum.GetValues<CaseStatus>().Select(s => new { value = s.ToString(), label = text.Status(s) }),
        CaseField.Category => Enum.GetValues<CaseCategory>().Select(c => new { value = c.ToString(), label = text.Category(c) }),
        CaseField.WatchList or CaseField.AssignedTo => [new { value = CaseFields.Me, label = text["Filter.Me"].Value }],
        _ => null,
    };
}
