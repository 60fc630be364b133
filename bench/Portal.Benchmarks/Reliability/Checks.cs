using System.Globalization;
using Npgsql;

namespace Portal.Benchmarks.Reliability;

/// <summary>What the suite reads from the database and the captured mail once the load is over.</summary>
internal sealed class Checks(string connectionString, MailCapture mail)
{
    /// <summary>Waits until no outbox row is left to deliver (the SMTP outage's mails go out after recovery, with backoff).</summary>
    public async Task WaitForOutboxAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline && await ScalarAsync("SELECT count(*) FROM \"OutboxMessages\" WHERE \"ProcessedAt\" IS NULL") > 0)
            await Task.Delay(1000);
    }

    public async Task<Check> AcknowledgedOnceAsync(IReadOnlyCollection<Acknowledged> writes)
    {
        var wrong = new List<string>();
        await using var connection = await OpenAsync();
        foreach (var write in writes)
        {
            var sql = write.Kind == "case"
                ? "SELECT count(*) FROM \"Cases\" WHERE \"Subject\" = @token AND \"Number\" = @number"
                : "SELECT count(*) FROM \"CaseComments\" m JOIN \"Cases\" c ON c.\"Id\" = m.\"CaseId\" WHERE c.\"Number\" = @number AND m.\"BodyHtml\" LIKE '%' || @token || '%'";
            await using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.AddWithValue("token", write.Token);
            command.Parameters.AddWithValue("number", write.CaseNumber);
            var count = Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
            if (count != 1)
                wrong.Add($"{write.Kind} {write.Token} on {write.CaseNumber}: {count}");
        }

        var cases = writes.Count(w => w.Kind == "case");
        var detail = $"{cases:N0} cases and {writes.Count - cases:N0} comments acknowledged";
        return wrong.Count == 0 ? Check.Pass(detail + ", each found once") : Check.Fail($"{detail}; {wrong.Count} not once: {string.Join("; ", wrong.Take(5))}");
    }

    public async Task<Check> UniqueCaseNumbersAsync()
    {
        var all = await ScalarAsync("SELECT count(*) FROM \"Cases\"");
        var distinct = await ScalarAsync("SELECT count(DISTINCT \"Number\") FROM \"Cases\"");
        return all == distinct ? Check.Pass($"{all:N0} cases, {distinct:N0} numbers") : Check.Fail($"{all:N0} cases but {distinct:N0} numbers");
    }

    public async Task<Check> OutboxDrainedAsync()
    {
        var left = await ScalarAsync("SELECT count(*) FROM \"OutboxMessages\" WHERE \"ProcessedAt\" IS NULL");
        var processed = await ScalarAsync("SELECT count(*) FROM \"OutboxMessages\" WHERE \"ProcessedAt\" IS NOT NULL");
        var retried = await ScalarAsync("SELECT count(*) FROM \"OutboxMessages\" WHERE \"Attempts\" > 0");
        var detail = $"{processed:N0} processed ({retried:N0} after a failed attempt), {left:N0} left";
        return left == 0 ? Check.Pass(detail) : Check.Fail(detail);
    }

    /// <summary>Each processed mail row reached the SMTP server; a mail that arrived twice carries the same Message-ID (the row's id).</summary>
    public async Task<Check> MailDeliveredAsync()
    {
        var rows = new HashSet<string>(StringComparer.Ordinal);
        var all = new HashSet<string>(StringComparer.Ordinal);
        await using (var connection = await OpenAsync())
        await using (var command = new NpgsqlCommand("SELECT \"Id\", \"ProcessedAt\" IS NOT NULL FROM \"OutboxMessages\" WHERE \"Type\" = 'mail'", connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var id = $"{reader.GetGuid(0):N}@portal";
                all.Add(id);
                if (reader.GetBoolean(1))
                    rows.Add(id);
            }
        }

        var received = mail.MessageIds();
        var missing = rows.Count(id => !received.Contains(id));
        var unknown = received.Count(id => !all.Contains(id));
        var duplicates = received.Count - received.Distinct(StringComparer.Ordinal).Count();
        var detail = $"{rows.Count:N0} mails sent, {received.Count:N0} received ({duplicates} duplicates, same Message-ID), {missing} missing, {unknown} unknown";
        return missing == 0 && unknown == 0 ? Check.Pass(detail) : Check.Fail(detail);
    }

    /// <summary>Hangfire records each recurring job's scheduled time with the job it created: one job per time, whatever the nodes.</summary>
    public async Task<Check> RecurringOncePerPeriodAsync()
    {
        const string sql = """
            SELECT r.value, count(*) AS runs, count(DISTINCT t.value) AS periods
            FROM hangfire.jobparameter r JOIN hangfire.jobparameter t ON t.jobid = r.jobid AND t.name = 'Time'
            WHERE r.name = 'RecurringJobId'
            GROUP BY r.value
            """;
        var lines = new List<string>();
        var doubled = false;
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var (job, runs, periods) = (reader.GetString(0).Trim('"'), reader.GetInt64(1), reader.GetInt64(2));
            lines.Add($"{job} {runs} runs in {periods} periods");
            doubled |= runs != periods;
        }

        var detail = lines.Count == 0 ? "no recurring run recorded" : string.Join(", ", lines);
        return lines.Count > 0 && !doubled ? Check.Pass(detail) : Check.Fail(detail);
    }

    public Task<long> ClaimedOutboxRowsAsync() =>
        ScalarAsync("SELECT count(*) FROM \"OutboxMessages\" WHERE \"ProcessedAt\" IS NULL AND \"LockedUntil\" > now()");

    public async Task<(int Failures, bool Locked)> LockoutOfAsync(string userName)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand("SELECT \"AccessFailedCount\", \"LockoutEnd\" FROM \"AspNetUsers\" WHERE \"NormalizedUserName\" = @name", connection);
        command.Parameters.AddWithValue("name", userName.ToUpperInvariant());
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
            return (0, false);
        return (reader.GetInt32(0), !reader.IsDBNull(1) && reader.GetFieldValue<DateTimeOffset>(1) > DateTimeOffset.UtcNow);
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }
}
