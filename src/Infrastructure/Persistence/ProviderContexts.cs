using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Interfaces;

namespace Portal.Infrastructure.Persistence;

/// <summary>The model on SQLite (embedded default); its migrations live in Migrations/Sqlite.</summary>
public sealed class SqlitePortalDbContext(DbContextOptions<SqlitePortalDbContext> options, TimeProvider clock, ICurrentUser principal)
    : PortalDbContext(options, clock, principal);

/// <summary>The model on SQL Server (production); its migrations live in Migrations/SqlServer.</summary>
public sealed class SqlServerPortalDbContext(DbContextOptions<SqlServerPortalDbContext> options, TimeProvider clock, ICurrentUser principal)
    : PortalDbContext(options, clock, principal);

/// <summary>The model on PostgreSQL; its migrations live in Migrations/PostgreSql.</summary>
public sealed class PostgresPortalDbContext(DbContextOptions<PostgresPortalDbContext> options, TimeProvider clock, ICurrentUser principal)
    : PortalDbContext(options, clock, principal);
