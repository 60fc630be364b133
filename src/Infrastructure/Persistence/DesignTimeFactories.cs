using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;

namespace Portal.Infrastructure.Persistence;

/// <summary>Lets `dotnet ef migrations add X --context …` build each provider's model without a running app.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqlitePortalDbContext>
{
    public SqlitePortalDbContext CreateDbContext(string[] args) =>
        new(DesignTime.Options<SqlitePortalDbContext>().UseSqlite("Data Source=design.db").Options, TimeProvider.System, DesignTimeUser.Instance);
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerPortalDbContext>
{
    public SqlServerPortalDbContext CreateDbContext(string[] args) =>
        new(DesignTime.Options<SqlServerPortalDbContext>().UseSqlServer("Server=.;Database=Portal;Trusted_Connection=True").Options, TimeProvider.System, DesignTimeUser.Instance);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresPortalDbContext>
{
    public PostgresPortalDbContext CreateDbContext(string[] args) =>
        new(DesignTime.Options<PostgresPortalDbContext>().UseNpgsql("Host=localhost;Database=portal").Options, TimeProvider.System, DesignTimeUser.Instance);
}

internal static class DesignTime
{
    /// <summary>The Identity options the app runs with, so migrations carry the passkey tables (schema Version3).</summary>
    private static readonly IServiceProvider Services = new ServiceCollection()
        .Configure<IdentityOptions>(o => o.Stores.SchemaVersion = IdentitySchemaVersions.Version3)
        .BuildServiceProvider();

    public static DbContextOptionsBuilder<T> Options<T>()
        where T : DbContext => new DbContextOptionsBuilder<T>().UseApplicationServiceProvider(Services);
}

/// <summary>Building the model needs a principal; none of its queries run at design time.</summary>
internal sealed class DesignTimeUser : ICurrentUser
{
    public static readonly DesignTimeUser Instance = new();

    public PrincipalKind Kind => PrincipalKind.System;

    public Guid? ContactId => null;

    public string? UserId => "design";

    public Roles Role => Roles.System;

    public AccessScope Scope => AccessScope.All;

    public ValueTask LoadAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
