using System.Runtime.CompilerServices;
using System.Text.Json;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Admin.Queries.ExportAuditEntries;
using Portal.Application.Admin.Queries.ListAuditEntries;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Models;
using Portal.Application.Common.Security;
using Portal.Application.Common.Time;
using Portal.Domain.Audit;
using Portal.Domain.Contacts;

namespace Portal.Application.Admin.AuditTrail;

/// <summary>One changed property of an audit entry: its value before and after (null when added or removed).</summary>
public sealed record AuditChange(string Property, string? Before, string? After);

/// <summary>
/// One administrative change (AGT-4): when, who, what (the entity and, for a contact, its user ID now), and the
/// changed properties before → after.
/// </summary>
public sealed record AuditRow(DateTimeOffset At, string ActorUserId, string Action, string EntityType, Guid EntityId, string? Subject,
    IReadOnlyList<AuditChange> Changes);

/// <summary>The trail's filter, in the URL: the kind of entity, the actor's user ID (part of it) and a date range in the user's zone.</summary>
public sealed record AuditFilter(string? EntityType = null, string? Actor = null, DateOnly? From = null, DateOnly? To = null);

public sealed class AuditFilterValidator : AbstractValidator<AuditFilter>
{
    public AuditFilterValidator()
    {
        RuleFor(x => x.EntityType).MaximumLength(AuditEntry.EntityTypeMax);
        RuleFor(x => x.Actor).MaximumLength(AuditEntry.ActorUserIdMax);
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null).WithErrorCode("LoginHistory.ToBeforeFrom");
    }
}

public static class AuditAccess
{
    public const Roles Roles = Common.Security.Roles.CustomerAdmin | Common.Security.Roles.ProviderAdmin;

    /// <summary>The kinds of entity in the trail, for the filter's choices.</summary>
    public static IReadOnlyList<string> EntityTypes { get; } = ["Contact", "Company", "CustomerAccount", "Contract", "Service", "KnowledgeBase", "KnowledgeArticle"];
}

public sealed class AuditTrailHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<ListAuditEntries, Paged<AuditRow>>, IStreamQueryHandler<ExportAuditEntries, AuditRow>
{
    public async ValueTask<Paged<AuditRow>> Handle(ListAuditEntries query, CancellationToken cancellationToken)
    {
        var entries = await VisibleAsync(query.Filter, cancellationToken);
        var total = await entries.CountAsync(cancellationToken);
        var page = Math.Clamp(query.Page, 1, Math.Max(1, (total + ListAuditEntries.PageSize - 1) / ListAuditEntries.PageSize));
        var rows = await Project(entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip((page - 1) * ListAuditEntries.PageSize).Take(ListAuditEntries.PageSize)).ToListAsync(cancellationToken);
        return new Paged<AuditRow>([.. rows.Select(ToRow)], total, page, ListAuditEntries.PageSize);
    }

    public async IAsyncEnumerable<AuditRow> Handle(ExportAuditEntries query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var entries = await VisibleAsync(query.Filter, cancellationToken);
        await foreach (var row in Project(entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)).AsAsyncEnumerable().WithCancellation(cancellationToken))
            yield return ToRow(row);
    }

    private async Task<IQueryable<AuditEntry>> VisibleAsync(AuditFilter filter, CancellationToken cancellationToken)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (!user.SeesAllTenants)
            entries = entries.Where(e => e.EntityType == nameof(Contact)); // a customer admin: its company's users only
        if (filter.EntityType is { Length: > 0 } type)
            entries = entries.Where(e => e.EntityType == type);
        if (filter.Actor?.Trim() is { Length: > 0 } actor)
        {
            var part = actor.ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // translated to SQL lower(), not run in .NET
            entries = entries.Where(e => e.ActorUserId.ToLower().Contains(part));
#pragma warning restore CA1304, CA1311, CA1862
        }

        if (filter.From is not null || filter.To is not null)
        {
            var zone = await UserZone.OfAsync(db, user, cancellationToken);
            if (filter.From is { } from)
            {
                var start = UserZone.StartOfDay(from, zone);
                entries = entries.Where(e => e.At >= start);
            }

            if (filter.To is { } to)
            {
                var end = UserZone.StartOfDay(to.AddDays(1), zone);
                entries = entries.Where(e => e.At < end);
            }
        }

        return entries;
    }

    private sealed record Projected(DateTimeOffset At, string ActorUserId, string Action, string EntityType, Guid EntityId, string? Subject,
        string? BeforeJson, string? AfterJson);

    private IQueryable<Projected> Project(IQueryable<AuditEntry> entries) =>
        entries.Select(e => new Projected(e.At, e.ActorUserId, e.Action, e.EntityType, e.EntityId,
            db.Contacts.Where(c => c.Id == e.EntityId).Select(c => c.UserId).FirstOrDefault(), e.BeforeJson, e.AfterJson));

    private static AuditRow ToRow(Projected e)
    {
        var before = Values(e.BeforeJson);
        var after = Values(e.AfterJson);
        var changes = before.Keys.Union(after.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(p => new AuditChange(p, before.GetValueOrDefault(p), after.GetValueOrDefault(p))).ToList();
        return new AuditRow(e.At, e.ActorUserId, e.Action, e.EntityType, e.EntityId, e.Subject, changes);
    }

    private static Dictionary<string, string?> Values(string? json)
    {
        if (json is null)
            return new Dictionary<string, string?>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().ToDictionary(p => p.Name,
            p => p.Value.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.String => p.Value.GetString(),
                _ => p.Value.GetRawText(),
            }, StringComparer.Ordinal);
    }
}
