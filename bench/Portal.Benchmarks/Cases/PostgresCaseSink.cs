using System.Globalization;
using Npgsql;
using NpgsqlTypes;

namespace Portal.Benchmarks.Cases;

/// <summary>
/// PostgreSQL: one binary COPY per table, each on its own connection and open for the whole load; the
/// tables' secondary indexes (the GIN full-text index among them) and foreign keys are dropped first and
/// recreated afterwards from their own definitions (pg_indexes, pg_get_constraintdef).
/// </summary>
internal sealed class PostgresCaseSink(string connectionString) : ICaseSink
{
    private const string TableList = "'Cases', 'CaseComments'";

    private readonly List<NpgsqlConnection> _connections = [];
    private readonly List<(string Name, string Sql)> _indexes = [];
    private readonly List<(string Table, string Name, string Definition)> _foreignKeys = [];
    private NpgsqlBinaryImporter _cases = null!;
    private NpgsqlBinaryImporter _comments = null!;

    public async Task PrepareAsync()
    {
        var main = await OpenAsync();
        await using (var read = new NpgsqlCommand($"""
            SELECT indexname, indexdef FROM pg_indexes
            WHERE schemaname = current_schema() AND tablename IN ({TableList}) AND indexname NOT LIKE 'PK\_%'
            """, main))
        await using (var reader = await read.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
                _indexes.Add((reader.GetString(0), reader.GetString(1)));
        }

        await using (var read = new NpgsqlCommand($"""
            SELECT c.relname, k.conname, pg_get_constraintdef(k.oid) FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
            WHERE k.contype = 'f' AND c.relname IN ({TableList}) AND c.relnamespace = current_schema()::regnamespace
            """, main))
        await using (var reader = await read.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
                _foreignKeys.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        foreach (var (table, name, _) in _foreignKeys)
            await ExecuteAsync(main, $"ALTER TABLE \"{table}\" DROP CONSTRAINT \"{name}\"");
        foreach (var (name, _) in _indexes)
            await ExecuteAsync(main, $"DROP INDEX \"{name}\"");

        _cases = await main.BeginBinaryImportAsync("""
            COPY "Cases" ("Id", "Number", "CustomerAccountId", "CompanyId", "Category", "Subject", "Description", "Status", "ContactId",
            "AssignedAgentId", "CreatedAt", "UpdatedAt", "ResolvedAt", "ClosedAt", "Resolution", "ExternalReference", "Version") FROM STDIN (FORMAT BINARY)
            """);
        _comments = await (await OpenAsync()).BeginBinaryImportAsync("""
            COPY "CaseComments" ("Id", "CaseId", "AuthorId", "AuthorName", "IsFromAgent", "IsWorkNote", "BodyHtml", "CreatedAt") FROM STDIN (FORMAT BINARY)
            """);
    }

    public async Task WriteAsync(CaseChunk chunk)
    {
        foreach (var c in chunk.Cases)
        {
            await _cases.StartRowAsync();
            await _cases.WriteAsync(c.Id, NpgsqlDbType.Uuid);
            await _cases.WriteAsync(c.Number, NpgsqlDbType.Varchar);
            await _cases.WriteAsync(c.AccountId, NpgsqlDbType.Uuid);
            await _cases.WriteAsync(c.CompanyId, NpgsqlDbType.Uuid);
            await _cases.WriteAsync(c.Category.ToString(), NpgsqlDbType.Varchar);
            await _cases.WriteAsync(c.Subject, NpgsqlDbType.Varchar);
            await _cases.WriteAsync(c.Description, NpgsqlDbType.Varchar);
            await _cases.WriteAsync(c.Status.ToString(), NpgsqlDbType.Varchar);
            await WriteNullableAsync(_cases, c.ContactId, NpgsqlDbType.Uuid);
            await WriteNullableAsync(_cases, c.AgentId, NpgsqlDbType.Uuid);
            await _cases.WriteAsync(c.CreatedAt, NpgsqlDbType.TimestampTz);
            await _cases.WriteAsync(c.UpdatedAt, NpgsqlDbType.TimestampTz);
            await WriteNullableAsync(_cases, c.ResolvedAt, NpgsqlDbType.TimestampTz);
            await WriteNullableAsync(_cases, c.ClosedAt, NpgsqlDbType.TimestampTz);
            await WriteNullableAsync(_cases, c.Resolution, NpgsqlDbType.Varchar);
            await WriteNullableAsync(_cases, c.ExternalReference, NpgsqlDbType.Varchar);
            await _cases.WriteAsync(c.Version, NpgsqlDbType.Bigint);
        }

        foreach (var c in chunk.Comments)
        {
            await _comments.StartRowAsync();
            await _comments.WriteAsync(c.Id, NpgsqlDbType.Uuid);
            await _comments.WriteAsync(c.CaseId, NpgsqlDbType.Uuid);
            await _comments.WriteAsync(c.AuthorId, NpgsqlDbType.Uuid);
            await _comments.WriteAsync(c.AuthorName, NpgsqlDbType.Varchar);
            await _comments.WriteAsync(c.IsFromAgent, NpgsqlDbType.Boolean);
            await _comments.WriteAsync(c.IsWorkNote, NpgsqlDbType.Boolean);
            await _comments.WriteAsync(c.BodyHtml, NpgsqlDbType.Text);
            await _comments.WriteAsync(c.CreatedAt, NpgsqlDbType.TimestampTz);
        }

    }

    public async Task FinishAsync(long lastCaseNumber, Action<string> log)
    {
        foreach (var importer in new[] { _cases, _comments })
        {
            await importer.CompleteAsync();
            await importer.DisposeAsync();
        }

        var main = _connections[0];
        await ExecuteAsync(main, "SET maintenance_work_mem = '512MB'");
        foreach (var (name, sql) in _indexes)
            await TimedAsync(main, sql, $"index {name}", log);
        foreach (var (table, name, definition) in _foreignKeys)
            await TimedAsync(main, $"ALTER TABLE \"{table}\" ADD CONSTRAINT \"{name}\" {definition}", $"foreign key {name}", log);
        await ExecuteAsync(main, string.Create(CultureInfo.InvariantCulture,
            $"""UPDATE "SequenceCounters" SET "Value" = {lastCaseNumber} WHERE "Name" = 'case'"""));
        await TimedAsync(main, "VACUUM (ANALYZE) \"Cases\", \"CaseComments\"", "VACUUM ANALYZE", log);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _connections)
            await connection.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await ExecuteAsync(connection, "SET synchronous_commit = off");
        _connections.Add(connection);
        return connection;
    }

    private static async Task WriteNullableAsync<T>(NpgsqlBinaryImporter importer, T? value, NpgsqlDbType type)
        where T : struct
    {
        if (value is { } v)
            await importer.WriteAsync(v, type);
        else
            await importer.WriteNullAsync();
    }

    private static async Task WriteNullableAsync(NpgsqlBinaryImporter importer, string? value, NpgsqlDbType type)
    {
        if (value is not null)
            await importer.WriteAsync(value, type);
        else
            await importer.WriteNullAsync();
    }

    private static async Task TimedAsync(NpgsqlConnection connection, string sql, string what, Action<string> log)
    {
        var started = DateTime.UtcNow;
        await ExecuteAsync(connection, sql);
        log($"{what}: {(DateTime.UtcNow - started).TotalSeconds:0.0} s");
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }
}
