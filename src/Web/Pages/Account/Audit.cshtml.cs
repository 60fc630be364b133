using System.Globalization;
using System.Runtime.CompilerServices;
using Mediator;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Application.Admin.AuditTrail;
using Portal.Application.Admin.Queries.ExportAuditEntries;
using Portal.Application.Admin.Queries.ListAuditEntries;
using Portal.Application.Common.Exports;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Models;
using Portal.Web.Hosting;
using Portal.Web.Resources;

namespace Portal.Web.Pages.Account;

/// <summary>
/// AGT-4: the audit trail — who changed what and when, before → after. Provider admins see all of it; a customer
/// admin its company's user changes. Filtered in the URL, 50 a page, exported as CSV (the whole filtered trail).
/// </summary>
public sealed class AuditModel(ISender sender, IStringLocalizer<SharedResource> text, UserTime time, TimeProvider clock,
    IEnumerable<ITableExport> exports) : PageModel
{
    /// <summary>Keys and bookkeeping that say nothing to a reader (the entry names its item and time already).</summary>
    private static readonly HashSet<string> Hidden = ["Id", "NormalizedUserId", "CompanyId", "CreatedAt"];

    [FromQuery(Name = "type")]
    public string? EntityType { get; set; }

    [FromQuery(Name = "actor")]
    public string? Actor { get; set; }

    [FromQuery(Name = "from")]
    public DateOnly? From { get; set; }

    [FromQuery(Name = "to")]
    public DateOnly? To { get; set; }

    public Paged<AuditRow> Rows { get; private set; } = null!;

    public bool SeesAll { get; private set; }

    private AuditFilter Filter => new(EntityType, Actor, From, To);

    public async Task OnGetAsync([FromServices] ICurrentUser user, int p = 1, CancellationToken cancellationToken = default)
    {
        SeesAll = user.SeesAllTenants;
        try
        {
            Rows = await sender.Send(new ListAuditEntries(Filter, p), cancellationToken);
        }
        catch (FluentValidation.ValidationException ex)
        {
            ModelState.AddFailures(ex);
            Rows = await sender.Send(new ListAuditEntries(new AuditFilter(EntityType, Actor)), cancellationToken);
        }
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        var rows = await StartedStream.StartAsync(sender.CreateStream(new ExportAuditEntries(Filter), cancellationToken), cancellationToken);
        var name = string.Create(CultureInfo.InvariantCulture, $"audit-trail-{TimeZoneInfo.ConvertTime(clock.GetUtcNow(), time.Zone):yyyyMMdd-HHmmss}");
        return new TableExportResult(exports.For(ExportFormat.Csv), Header, Cells(rows, cancellationToken), name);
    }

    public string EntityLabel(string type) => Localized($"Audit.Entity.{type}", type);

    public string ActionLabel(string action) => Localized($"Audit.Action.{action}", action);

    public string PropertyLabel(string property) => Localized($"Audit.Property.{property}", property);

    public IEnumerable<AuditChange> Shown(AuditRow row) => row.Changes.Where(c => !Hidden.Contains(c.Property));

    public string ChangeText(AuditChange change) =>
        $"{PropertyLabel(change.Property)}: {ValueText(change.Property, change.Before)} → {ValueText(change.Property, change.After)}";

    /// <summary>A value as the pages show it: roles and languages by their names, yes/no for flags, "—" for none.</summary>
    private string ValueText(string property, string? value) => (property, value) switch
    {
        (_, null) => "—",
        ("Role", _) => Localized($"Role.{value}", value),
        ("Language", _) => Localized($"Lang.Name.{value}", value),
        (_, "true") => text["Audit.Yes"],
        (_, "false") => text["Audit.No"],
        _ => value,
    };

    private string Localized(string key, string fallback) => text[key] is { ResourceNotFound: false } label ? label.Value : fallback;

    public string Link(int page = 1, bool export = false)
    {
        var query = new QueryBuilder();
        if (export)
            query.Add("handler", "Export");
        if (!string.IsNullOrWhiteSpace(EntityType))
            query.Add("type", EntityType);
        if (!string.IsNullOrWhiteSpace(Actor))
            query.Add("actor", Actor);
        if (From is { } from)
            query.Add("from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (To is { } to)
            query.Add("to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (!export && page > 1)
            query.Add("p", page.ToString(CultureInfo.InvariantCulture));
        return "/Account/Audit" + query.ToQueryString();
    }

    private TableHeader Header => new(text["Audit.Title"],
        [new(text["Audit.At"], 2), new(text["Audit.Actor"], 3), new(text["Audit.Entity"], 2), new(text["Audit.Subject"], 3),
            new(text["Audit.ActionColumn"], 1.5), new(text["Audit.Changes"], 6)]);

    private async IAsyncEnumerable<object?[]> Cells(IAsyncEnumerable<AuditRow> rows, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var row in rows.WithCancellation(cancellationToken))
            yield return [time.Format(row.At), row.ActorUserId, EntityLabel(row.EntityType), row.Subject ?? row.EntityId.ToString(),
                ActionLabel(row.Action), string.Join("; ", Shown(row).Select(ChangeText))];
    }
}
