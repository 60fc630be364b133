using System.Globalization;
using System.Runtime.CompilerServices;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Application.Account.LoginHistory;
using Portal.Application.Account.Queries.ExportLoginHistory;
using Portal.Application.Account.Queries.ListLoginHistory;
using Portal.Application.Common.Exports;
using Portal.Application.Common.Models;
using Portal.Domain.LoginHistory;
using Portal.Web.Hosting;
using Portal.Web.Resources;

namespace Portal.Web.Pages.Account;

/// <summary>
/// HIST-1 / HIST-2 (guide 4.11.1): the login history the user may see, filtered by a GET form (so the URL
/// keeps the view), paged, and exported as CSV, Excel or PDF with the same filter.
/// </summary>
[Authorize]
public sealed class LoginHistoryModel(ISender sender, IStringLocalizer<SharedResource> text, UserTime time, TimeProvider clock,
    IEnumerable<ITableExport> exports) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public LoginEventKind[] Kinds { get; set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public Paged<LoginHistoryRow> Rows { get; private set; } = new([], 0, 1, ListLoginHistory.DefaultSize);

    /// <summary>Shown beside the PDF choice when the view has more rows than a PDF takes.</summary>
    public int? PdfMaxRows => exports.For(ExportFormat.Pdf).MaxRows;

    private LoginHistoryFilter Filter => new() { Kinds = Kinds, UserId = UserId, From = From, To = To };

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        try
        {
            Rows = await sender.Send(new ListLoginHistory(Filter, PageNumber), cancellationToken);
        }
        catch (ValidationException ex)
        {
            ModelState.AddFailures(ex);
        }
    }

    /// <summary>
    /// The whole current view, not just this page. The stream query refuses what the list refuses (a caller
    /// who may not read it, an invalid filter) before anything is written: a 4xx page, not a broken file.
    /// </summary>
    public async Task<IActionResult> OnGetExportAsync(ExportFormat format, CancellationToken cancellationToken)
    {
        var rows = await StartedStream.StartAsync(sender.CreateStream(new ExportLoginHistory(Filter), cancellationToken), cancellationToken);
        var name = string.Create(CultureInfo.InvariantCulture, $"login-history-{TimeZoneInfo.ConvertTime(clock.GetUtcNow(), time.Zone):yyyyMMdd-HHmmss}");
        return new TableExportResult(exports.For(format), Header, Cells(rows, cancellationToken), name);
    }

    public string KindLabel(LoginEventKind kind) =>
        text[$"LoginEventKind.{kind}"] is { ResourceNotFound: false } label ? label.Value : kind.ToString();

    /// <summary>This page's address with the current filter and <paramref name="page"/>, or one of its exports.</summary>
    public string Link(int page = 1, ExportFormat? export = null)
    {
        var query = new QueryBuilder();
        if (export is { } format)
        {
            query.Add("handler", "Export");
            query.Add("format", format.ToString());
        }

        foreach (var kind in Kinds)
            query.Add(nameof(Kinds), kind.ToString());
        if (!string.IsNullOrWhiteSpace(UserId))
            query.Add(nameof(UserId), UserId);
        if (From is { } from)
            query.Add(nameof(From), from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (To is { } to)
            query.Add(nameof(To), to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (export is null && page > 1)
            query.Add("p", page.ToString(CultureInfo.InvariantCulture));
        return "/Account/LoginHistory" + query.ToQueryString();
    }

    private TableHeader Header => new(text["LoginHistory.Title"],
        [new(text["LoginHistory.Event"], 2), new(text["LoginHistory.UserId"], 3), new(text["LoginHistory.Time"], 2),
            new(text["LoginHistory.IpAddress"], 1.5), new(text["LoginHistory.UserAgent"], 5)],
        text["LoginHistory.PdfLimitNote"]);

    private async IAsyncEnumerable<object?[]> Cells(IAsyncEnumerable<LoginHistoryRow> rows, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var row in rows.WithCancellation(cancellationToken))
            yield return [KindLabel(row.Kind), row.UserId, time.Format(row.OccurredAt), row.IpAddress, row.UserAgent];
    }
}
