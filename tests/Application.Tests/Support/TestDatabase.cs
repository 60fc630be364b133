using Microsoft.Data.Sqlite;
using Npgsql;
using Portal.Infrastructure.Persistence;

namespace Portal.Application.Tests.Support;

/// <summary>
/// The database of one <see cref="PortalApp"/>: a SQLite file in the app's temp folder, or a PostgreSQL
/// database of its own (created here, dropped on dispose) on the server named by PORTAL_TEST_POSTGRES.
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "PORTAL_TEST_POSTGRES";

    private readonly string? _serverConnectionString;
    private readonly string? _name;

    private TestDatabase(DatabaseProvider provider, string? connectionString, string? serverConnectionString, string? name)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _serverConnectionString = serverConnectionString;
        _name = name;
    }

    public DatabaseProvider Provider { get; }

    /// <summary>Usually empty for SQLite: the portal then keeps portal.db in its data folder.</summary>
    public string? ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, string dataPath, TimeSpan? sqliteBusyTimeout)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = sqliteBusyTimeout is { } timeout
                ? new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataPath, "portal.db"), DefaultTimeout = (int)timeout.TotalSeconds }.ToString()
                : null;
            return new TestDatabase(provider, file, null, null);
        }

        if (provider != DatabaseProvider.PostgreSql)
            throw new NotSupportedException($"No test database for {provider}.");

        var server = ServerConnectionString();
        var name = $"portal_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        var database = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        return new TestDatabase(provider, database, server, name);
    }

    /// <summary>
    /// PostgreSQL runs need a server: unset, a CI run fails (a silently skipped suite proves nothing)
    /// and a developer's run skips.
    /// </summary>
    private static string ServerConnectionString()
    {
        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        if (!string.IsNullOrWhiteSpace(server))
            return server;
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            Assert.Fail($"PostgreSQL not configured: set {PostgresVariable} (required when CI=true).");
        Assert.Skip($"PostgreSQL not configured: set {PostgresVariable}");
        return null!;
    }

    public async ValueTask DisposeAsync()
    {
        if (_name is null)
            return;
        await using (var pooled = new NpgsqlConnection(ConnectionString))
            NpgsqlConnection.ClearPool(pooled);
        await using var connection = new NpgsqlConnection(_serverConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await drop.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException ex) when (attempt < 20 && ex.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse)
            {
                // An autovacuum worker busy in the new database belongs to the server, which a test role may not
                // terminate; it finishes within moments, so the drop is tried again.
                await Task.Delay(TimeSpan.FromMilliseconds(250));
            }
        }
    }
}
