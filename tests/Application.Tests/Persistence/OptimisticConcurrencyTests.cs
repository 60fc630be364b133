using Microsoft.EntityFrameworkCore;
using Portal.Application.Tests.Support;
using Portal.Domain.Cases;
using Portal.Infrastructure.Persistence;

namespace Portal.Application.Tests.Persistence;

[Trait("Req", "NFR-4")]
public class OptimisticConcurrencyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task The_second_of_two_concurrent_edits_of_a_case_is_refused_not_overwritten(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        var caseId = await DemoCases.IdOfAsync(app, DemoCases.NewFaultSubject);
        var agent = await DemoCases.ContactIdAsync(app, Demo.Agent);
        var now = app.Clock.GetUtcNow();
        await using var first = app.CreateSystemScope();
        await using var second = app.CreateSystemScope();
        var mine = await first.ServiceProvider.Db().Cases.SingleAsync(c => c.Id == caseId, Ct);
        var theirs = await second.ServiceProvider.Db().Cases.SingleAsync(c => c.Id == caseId, Ct);

        mine.Assign(agent, agent, now);
        await first.ServiceProvider.Db().SaveChangesAsync(Ct);
        theirs.AddComment(agent, "高橋 健", isFromAgent: true, isWorkNote: false, "<p>確認します。</p>", now);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.ServiceProvider.Db().SaveChangesAsync(Ct));
        var stored = await app.InScopeAsync(sp => sp.Db().Cases.Include(c => c.Comments).SingleAsync(c => c.Id == caseId));
        Assert.Equal(agent, stored.AssignedAgentId);
        Assert.Empty(stored.Comments);
        Assert.Equal(mine.Version, stored.Version);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Adding_only_a_comment_advances_the_version_of_the_case(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        var caseId = await DemoCases.IdOfAsync(app, DemoCases.NewFaultSubject);
        var agent = await DemoCases.ContactIdAsync(app, Demo.Agent);

        var (before, comments) = await app.InScopeAsync(async sp =>
        {
            var loaded = await sp.Db().Cases.SingleAsync(c => c.Id == caseId);
            var version = loaded.Version;
            // A work note at the case's own UpdatedAt: no column of the case changes, only a child row is added.
            loaded.AddComment(agent, "高橋 健", isFromAgent: true, isWorkNote: true, "<p>確認します。</p>", loaded.UpdatedAt);
            await sp.Db().SaveChangesAsync();
            return (version, loaded.Comments.Count);
        });

        var stored = await app.InScopeAsync(sp => sp.Db().Cases.Include(c => c.Comments).SingleAsync(c => c.Id == caseId));
        Assert.Equal(before + 1, stored.Version);
        Assert.Equal(comments, stored.Comments.Count);
        Assert.Equal(CaseStatus.New, stored.Status);
    }
}
