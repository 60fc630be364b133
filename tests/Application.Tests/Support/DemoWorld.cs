using Microsoft.EntityFrameworkCore;
using Portal.Domain.Cases;

namespace Portal.Application.Tests.Support;

/// <summary>How much of the demo world a database holds; a value, so two readings compare with Assert.Equal.</summary>
internal sealed record DemoWorld(int Contacts, int Users, int Companies, int CustomerAccounts, int Cases, int Comments,
    int WorkRequests, int Articles, int Announcements, int LoginEvents, int OutboxMessages, long CaseSequence,
    IReadOnlyList<CaseStatus> CaseStatuses)
{
    public static Task<DemoWorld> CountAsync(PortalApp app) => app.InScopeAsync(async sp =>
    {
        var db = sp.Db();
        var statuses = await db.Cases.Select(c => c.Status).Distinct().ToListAsync();
        return new DemoWorld(
            await db.Contacts.CountAsync(), await db.Users.CountAsync(), await db.Companies.CountAsync(),
            await db.CustomerAccounts.CountAsync(), await db.Cases.CountAsync(), await db.Set<CaseComment>().CountAsync(),
            await db.WorkRequests.CountAsync(), await db.KnowledgeArticles.CountAsync(), await db.Announcements.CountAsync(),
            await db.LoginEvents.CountAsync(), await db.OutboxMessages.CountAsync(),
            await db.SequenceCounters.Where(c => c.Name == "case").Select(c => c.Value).SingleAsync(),
            statuses.Order().ToList());
    });

    // Records compare lists by reference; compare the statuses by content.
    public bool Equals(DemoWorld? other) => other is not null
        && (Contacts, Users, Companies, CustomerAccounts, Cases, Comments, WorkRequests, Articles, Announcements, LoginEvents, OutboxMessages, CaseSequence)
        == (other.Contacts, other.Users, other.Companies, other.CustomerAccounts, other.Cases, other.Comments, other.WorkRequests, other.Articles, other.Announcements, other.LoginEvents, other.OutboxMessages, other.CaseSequence)
        && CaseStatuses.SequenceEqual(other.CaseStatuses);

    public override int GetHashCode() => HashCode.Combine(Contacts, Cases, LoginEvents, CaseSequence);
}
