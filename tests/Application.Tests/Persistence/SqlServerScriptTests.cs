using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Infrastructure.Persistence;

namespace Portal.Application.Tests.Persistence;

/// <summary>
/// NFR-1: no SQL Server runs here, so its side is checked without one. The SQL Server model has a migration for every
/// change, and the idempotent deployment script in the repository (`deploy/sqlserver-migrations.sql`, the one a DBA
/// reviews and runs) is exactly what the migrations generate today.
/// </summary>
[Trait("Req", "NFR-1")]
public class SqlServerScriptTests
{
    private const string ScriptPath = "deploy/sqlserver-migrations.sql";

    [Fact]
    public void The_sql_server_model_has_no_change_without_a_migration()
    {
        using var db = SqlServerContext();

        Assert.False(db.Database.HasPendingModelChanges(), "The SQL Server model has changes no migration carries: run build.ps1 migrations -Name <Change>");
    }

    [Fact]
    public void The_idempotent_sql_server_script_in_the_repository_is_up_to_date()
    {
        using var db = SqlServerContext();
        var generated = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        var committed = File.ReadAllText(Path.Combine(RepositoryRoot(), ScriptPath));

        Assert.True(Normalize(generated) == Normalize(committed),
            $"{ScriptPath} is not what the migrations generate: run build.ps1 sqlserver-script and review the difference.");
        Assert.Contains("IF NOT EXISTS", generated, StringComparison.Ordinal); // idempotent: each migration guarded
        Assert.DoesNotContain("LIKE N'%", generated, StringComparison.Ordinal); // no keyword search in SQL (the search index answers it)
    }

    private static SqlServerPortalDbContext SqlServerContext()
    {
        // The Identity options the portal runs with (passkey tables), as the design-time factory sets them.
        var services = new ServiceCollection()
            .Configure<IdentityOptions>(o => o.Stores.SchemaVersion = IdentitySchemaVersions.Version3)
            .BuildServiceProvider();
        var options = new DbContextOptionsBuilder<SqlServerPortalDbContext>()
            .UseApplicationServiceProvider(services)
            .UseSqlServer("Server=127.0.0.1,1;Database=Portal;Integrated Security=false;User ID=none;Password=none")
            .Options;
        return new SqlServerPortalDbContext(options, TimeProvider.System, new NobodyYet());
    }

    private static string Normalize(string script) => script.ReplaceLineEndings("\n").Trim();

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Portal.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException("Portal.sln not found above the test's folder.");
    }

    /// <summary>Building the model needs a principal; no query runs.</summary>
    private sealed class NobodyYet : ICurrentUser
    {
        public PrincipalKind Kind => PrincipalKind.System;

        public Guid? ContactId => null;

        public string? UserId => "script";

        public Roles Role => Roles.System;

        public AccessScope Scope => AccessScope.All;

        public ValueTask LoadAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}
