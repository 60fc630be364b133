using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Application.Common.Time;
using Portal.Domain.LoginHistory;

namespace Portal.Application.Account.LoginHistory;

/// <summary>The login events the current user may see (HIST-1), filtered and newest first, shared by the list and the export.</summary>
internal static class LoginHistoryQuery
{
    public static async Task<IQueryable<LoginEvent>> VisibleAsync(IApplicationDbContext db, ICurrentUser user, LoginHistoryFilter filter,
        CancellationToken cancellationToken)
    {
        var events = Visible(db.LoginEvents.AsNoTracking(), user);
        if (filter.Kinds.Count > 0)
        {
            var kinds = filter.Kinds.Distinct().ToList();
            events = events.Where(e => kinds.Contains(e.Kind));
        }

        if (!string.IsNullOrWhiteSpace(filter.UserId))
        {
            // User IDs are ASCII and case-insensitive (AUTH-1); the expression becomes SQL lower(), alike on every provider.
            var part = filter.UserId.Trim().ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // translated to SQL, not run in .NET
            events = events.Where(e => e.UserId.ToLower().Contains(part));
#pragma warning restore CA1304, CA1311, CA1862
        }

        if (filter.From is not null || filter.To is not null)
        {
            var zone = await UserZone.OfAsync(db, user, cancellationToken);
            if (filter.From is { } from)
            {
                var start = UserZone.StartOfDay(from, zone);
                events = events.Where(e => e.OccurredAt >= start);
            }

            if (filter.To is { } to)
            {
                var end = UserZone.StartOfDay(to.AddDays(1), zone);
                events = events.Where(e => e.OccurredAt < end);
            }
        }

        // The id (a version 7 GUID) breaks ties, so pages never overlap or skip a row.
        return events.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id);
    }

    /// <summary>
    /// TEN-1 for login history: the "Company" filter gives a customer admin its company's rows and staff all;
    /// a plain customer sees only its own among them.
    /// </summary>
    private static IQueryable<LoginEvent> Visible(IQueryable<LoginEvent> events, ICurrentUser user)
    {
        if (user.Role != Roles.Customer)
            return events;
        var contactId = user.ContactId ?? throw new ForbiddenAccessException();
        return events.Where(e => e.ContactId == contactId);
    }
}
