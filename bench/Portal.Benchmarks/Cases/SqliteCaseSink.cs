using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Portal.Benchmarks.Cases;

/// <summary>Where the generated rows go: the bulk path of one database.</summary>
internal interface ICaseSink : IAsyncDisposable
{
    /// <summary>Takes the secondary indexes (and triggers) off the case tables; <see cref="FinishAsync"/> puts them back.</summary>
    Task PrepareAsync();

    Task WriteAsync(CaseChunk chunk);

    /// <summary>Recreates what <see cref="PrepareAsync"/> took away, as the migrations made it, and moves the case counter on.</summary>
    Task FinishAsync(long lastCaseNumber, Action<string> log);
}

/// <summary>
/// SQLite: one connection, no journal while loading (a failed load is simply run again), prepared commands
/// reused for every row, the indexes dropped and recreated from their own SQL text.
/// </summary>
internal sealed class SqliteCaseSink(string connectionString) : ICaseSink
{
    private static readonly string[] Tables = ["Cases", "CaseComments"];

    private readonly SqliteConnection _connection = new(connectionString);
    private readonly List<(string Type, string Name, string Sql)> _dropped = [];
    private SqliteTransaction? _transaction;
    private SqliteCommand _case = null!;
    private SqliteCommand _comment = null!;

    public async Task PrepareAsync()
    {
        await _connection.OpenAsync();
        await ExecuteAsync("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-262144; PRAGMA temp_store=MEMORY;");
        await using (var read = _connection.CreateCommand())
        {
            read.CommandText = $"""
                SELECT type, name, sql FROM sqlite_master
                WHERE type IN ('index', 'trigger') AND sql IS NOT NULL AND tbl_name IN ({string.Join(", ", Tables.Select(t => $"'{t}'"))})
                """;
            await using var reader = await read.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                _dropped.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        foreach (var (type, name, _) in _dropped)
            await ExecuteAsync($"DROP {type.ToUpperInvariant()} \"{name}\";");

        _transaction = _connection.BeginTransaction();
        _case = Prepare("Cases", "Id", "Number", "CustomerAccountId", "CompanyId", "Category", "Subject", "Description", "Status", "ContactId",
            "AssignedAgentId", "CreatedAt", "UpdatedAt", "ResolvedAt", "ClosedAt", "Resolution", "ExternalReference", "WorkRequestId",
            "OpenInquiryAccountId", "Version");
        _comment = Prepare("CaseComments", "Id", "CaseId", "AuthorId", "AuthorName", "IsFromAgent", "IsWorkNote", "BodyHtml", "CreatedAt");
    }

    public Task WriteAsync(CaseChunk chunk)
    {
        foreach (var c in chunk.Cases)
        {
            Insert(_case, Id(c.Id), c.Number, Id(c.AccountId), Id(c.CompanyId), c.Category.ToString(), c.Subject, c.Description,
                c.Status.ToString(), Id(c.ContactId), Id(c.AgentId), Time(c.CreatedAt), Time(c.UpdatedAt), Time(c.ResolvedAt), Time(c.ClosedAt),
                c.Resolution, c.ExternalReference, null, null, c.Version);
        }

        foreach (var c in chunk.Comments)
        {
            Insert(_comment, Id(c.Id), Id(c.CaseId), Id(c.AuthorId), c.AuthorName, c.IsFromAgent ? 1 : 0, c.IsWorkNote ? 1 : 0,
                c.BodyHtml, Time(c.CreatedAt));
        }

        return Task.CompletedTask;
    }

    public async Task FinishAsync(long lastCaseNumber, Action<string> log)
    {
        await _transaction!.CommitAsync();
        _transaction = null;
        foreach (var (type, name, sql) in _dropped.OrderBy(d => d.Type == "trigger"))
        {
            var started = DateTime.UtcNow;
            await ExecuteAsync(sql);
            log($"{type} {name}: {(DateTime.UtcNow - started).TotalSeconds:0.0} s");
        }

        await ExecuteAsync(string.Create(CultureInfo.InvariantCulture,
            $"""UPDATE "SequenceCounters" SET "Value" = {lastCaseNumber} WHERE "Name" = 'case';"""));
        var analyze = DateTime.UtcNow;
        await ExecuteAsync("ANALYZE;");
        log($"ANALYZE: {(DateTime.UtcNow - analyze).TotalSeconds:0.0} s");
        // As Startup leaves the file: WAL (stored in the file), normal synchronous per connection.
        await ExecuteAsync("PRAGMA journal_mode=WAL;");
    }

    public async ValueTask DisposeAsync()
    {
        if (_transaction is not null)
            await _transaction.DisposeAsync();
        foreach (var command in new[] { _case, _comment })
        {
            if (command is not null)
                await command.DisposeAsync();
        }

        await _connection.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }

    private SqliteCommand Prepare(string table, params string[] columns)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i.ToString(CultureInfo.InvariantCulture)))})";
        for (var i = 0; i < columns.Length; i++)
            command.Parameters.Add(new SqliteParameter("$p" + i.ToString(CultureInfo.InvariantCulture), null));
        command.Prepare();
        return command;
    }

    /// <summary>Synchronous: Microsoft.Data.Sqlite runs every command synchronously anyway.</summary>
    private static void Insert(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        command.ExecuteNonQuery();
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>As EF Core's SQLite provider stores a GUID: upper-case text.</summary>
    private static string? Id(Guid? id) => id?.ToString().ToUpperInvariant();

    /// <summary>As EF Core's SQLite provider stores a DateTime.</summary>
    private static string? Time(DateTime? value) => value?.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
}
