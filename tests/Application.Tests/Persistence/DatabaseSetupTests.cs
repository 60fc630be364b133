using Microsoft.EntityFrameworkCore;
using Portal.Application.Tests.Support;
using Portal.Domain.Cases;
using Portal.Infrastructure;
using Portal.Infrastructure.Persistence;

namespace Portal.Application.Tests.Persistence;

[Trait("Req", "NFR-1")]
[Trait("Req", "NFR-6")]
public class DatabaseSetupTests
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Migrations_apply_and_the_demo_world_is_there(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);

        var (applied, pending, all, modelChanged) = await app.InScopeAsync(async sp =>
        {
            var database = sp.Db().Database;
            return ((await database.GetAppliedMigrationsAsync()).ToList(), (await database.GetPendingMigrationsAsync()).ToList(),
                database.GetMigrations().ToList(), database.HasPendingModelChanges());
        });
        var world = await DemoWorld.CountAsync(app);

        Assert.NotEmpty(all);
        Assert.Equal(all, applied);
        Assert.Empty(pending);
        Assert.False(modelChanged, "The model has changes no migration carries: run build.ps1 migrations -Name <Change>");
        Assert.Equal(6, world.Contacts);
        Assert.Equal(6, world.Users);
        Assert.Equal(3, world.Companies);
        Assert.Equal(5, world.CustomerAccounts);
        Assert.Equal(Enum.GetValues<CaseStatus>().Order(), world.CaseStatuses.Order());
        Assert.Equal(3, world.Announcements);
        Assert.Equal(0, world.OutboxMessages); // seeding sends no mail
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Starting_again_on_a_seeded_database_changes_nothing(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        var before = await DemoWorld.CountAsync(app);

        await app.Services.InitializeDatabaseAsync(isDevelopment: true, TestContext.Current.CancellationToken);

        Assert.Equal(before, await DemoWorld.CountAsync(app));
    }
}
