using Microsoft.EntityFrameworkCore;
using Portal.Application.Account.LoginHistory;
using Portal.Application.Account.Queries.ExportLoginHistory;
using Portal.Application.Account.Queries.ListLoginHistory;
using Portal.Application.Tests.Support;
using Portal.Domain.LoginHistory;

namespace Portal.Application.Tests.Account.LoginHistory;

/// <summary>What the database holds, read as the system (no visibility rule applies), to compare with what a user is shown.</summary>
internal static class LoginHistoryTruth
{
    public static Task<List<LoginEvent>> AllAsync(PortalApp app) =>
        app.InScopeAsync(sp => sp.Db().LoginEvents.AsNoTracking().ToListAsync());

    public static Task<(Guid ContactId, Guid? CompanyId)> ContactAsync(PortalApp app, string userId) =>
        app.InScopeAsync(async sp => await sp.Db().Contacts.Where(c => c.UserId == userId)
            .Select(c => new ValueTuple<Guid, Guid?>(c.Id, c.CompanyId)).SingleAsync());

    /// <summary>Adds events of <paramref name="userId"/>'s contact at the given instants.</summary>
    public static async Task AddAsync(PortalApp app, string userId, LoginEventKind kind, params DateTimeOffset[] at)
    {
        var (contactId, companyId) = await ContactAsync(app, userId);
        await app.InScopeAsync(async sp =>
        {
            var db = sp.Db();
            foreach (var instant in at)
                db.LoginEvents.Add(LoginEvent.Record(kind, userId, contactId, companyId, instant, "192.0.2.1", "LoginHistoryTests"));
            await db.SaveChangesAsync();
        });
    }

    /// <summary>
    /// The rows are exactly <paramref name="expected"/>, newest first. Rows of the same instant may come in any
    /// order (the database breaks such ties by id, in its own GUID order), so contents are compared sorted.
    /// </summary>
    public static void AssertSame(IEnumerable<LoginEvent> expected, IEnumerable<LoginHistoryRow> rows)
    {
        var events = expected.ToList();
        var shown = rows.ToList();
        Assert.Equal(events.Select(e => e.OccurredAt).OrderDescending(), shown.Select(r => r.OccurredAt));
        Assert.Equal(events.Select(e => (e.OccurredAt, e.UserId, e.Kind, e.IpAddress)).Order(),
            shown.Select(r => (r.OccurredAt, r.UserId, r.Kind, r.IpAddress)).Order());
    }
}
