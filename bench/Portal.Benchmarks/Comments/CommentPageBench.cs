using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Data.Sqlite;
using Portal.Application.Cases;
using Portal.Benchmarks.Cases;
using Portal.Infrastructure.Seeding;

namespace Portal.Benchmarks.Comments;

/// <summary>
/// CASE-7, NFR-3: a case page holding the largest comment the rule allows (100,000 characters, 5,000 elements,
/// 32 levels deep). The demo world on SQLite, the Release build of the portal on loopback; the customer posts
/// the comment through the case page's form, then the page is loaded as the customer and as the agent for
/// 10 s after a 3 s warm-up, one request at a time. Also times (after a first, warming post) the refusal of the 99 KB comment of 33,000
/// nested &lt;b&gt; that took 17 s to post before the rule.
/// <code>dotnet run -c Release --project bench/Portal.Benchmarks -- comment-page [--duration 10] [--warmup 3]</code>
/// </summary>
internal static class CommentPageBench
{
    private const string Subject = "アプリが起動しない端末がある"; // company A's new fault case

    public static async Task<int> RunAsync(string[] args)
    {
        var duration = TimeSpan.FromSeconds(Option(args, "--duration", 10));
        var warmUp = TimeSpan.FromSeconds(Option(args, "--warmup", 3));
        var dataPath = Directory.CreateTempSubdirectory("portal-comment-bench-").FullName;
        try
        {
            await using (var portal = BenchPortal.Create(dataPath, seedDemo: true))
                await portal.InitializeAsync();
            var number = await CaseNumberAsync(dataPath);
            var settings = new Dictionary<string, string>
            {
                ["Portal:DataPath"] = dataPath,
                ["Database:Provider"] = "Sqlite",
                ["Database:ConnectionString"] = string.Empty,
                ["Seed:Demo"] = "false",
            };
            await using var web = await WebProcess.StartAsync(CaseBench.RepositoryRoot(), settings, Path.Combine(dataPath, "web.log"));
            var page = "/Cases/" + number;
            var largest = Largest();

            using var customer = new LoadClient(web.Address, DemoAccounts.CustomerA);
            await customer.SignInAsync(DemoAccounts.Password);
            var nested = new Dictionary<string, string> { ["BodyHtml"] = string.Concat(Enumerable.Repeat("<b>", 33_000)) + "x" };
            await customer.PostFormAsync(page, page + "?handler=Comment", nested); // the first post of the process compiles its code
            var attack = await customer.PostFormAsync(page, page + "?handler=Comment", nested);
            var posted = await customer.PostFormAsync(page, page + "?handler=Comment", new Dictionary<string, string> { ["BodyHtml"] = largest });
            if (posted.Status != HttpStatusCode.Redirect)
                throw new InvalidOperationException($"The largest allowed comment was not taken ({(int)posted.Status}).");

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Largest allowed comment: {largest.Length:N0} characters, {CommentBody.MaxElements:N0} elements, {CommentBody.MaxDepth} levels; case {number}."));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| post | answer | ms |{Environment.NewLine}|---|---|---:|{Environment.NewLine}" +
                $"| 33,000 nested <b> (99 KB) | {(int)attack.Status} {(attack.Html.Contains("comment-body-error", StringComparison.Ordinal) ? "field error" : "?")} | {attack.Elapsed.TotalMilliseconds:0.0} |{Environment.NewLine}" +
                $"| largest allowed | {(int)posted.Status} | {posted.Elapsed.TotalMilliseconds:0.0} |"));

            var results = new List<LoadResult>();
            var target = new LoadTarget("case page, largest comment", page, "字字字字");
            results.Add(await customer.RunAsync(target, 1, warmUp, duration) with { User = "customer" });
            using var agent = new LoadClient(web.Address, DemoAccounts.Agent);
            await agent.SignInAsync(DemoAccounts.Password);
            results.Add(await agent.RunAsync(target, 1, warmUp, duration) with { User = "agent" });
            Console.WriteLine(LoadResult.Header);
            foreach (var result in results)
                Console.WriteLine(result);
            return results.All(r => r.Errors == 0 && r.P95 < 200) ? 0 : 1;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(dataPath, recursive: true);
        }
    }

    /// <summary>
    /// As long, as deep and with as many elements as the rule allows: blocks of 32 levels of the editor's
    /// formatting (a coloured span among them), text filling the size limit.
    /// </summary>
    private static string Largest()
    {
        string[] tags = ["strong", "em", "u", "s", "span style=\"color: #e60000\""];
        var blocks = CommentBody.MaxElements / CommentBody.MaxDepth;
        var open = string.Concat(Enumerable.Range(0, CommentBody.MaxDepth - 1).Select(i => $"<{tags[i % tags.Length]}>"));
        var close = string.Concat(Enumerable.Range(0, CommentBody.MaxDepth - 1).Reverse().Select(i => $"</{tags[i % tags.Length].Split(' ')[0]}>"));
        var text = (CommentBody.MaxLength / blocks) - "<p>".Length - open.Length - close.Length - "</p>".Length;
        var html = new StringBuilder(CommentBody.MaxLength);
        for (var b = 0; b < blocks; b++)
            html.Append("<p>").Append(open).Append('字', text).Append(close).Append("</p>");
        return html.ToString();
    }

    private static async Task<string> CaseNumberAsync(string dataPath)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataPath, "portal.db"), Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT "Number" FROM "Cases" WHERE "Subject" = $subject""";
        command.Parameters.AddWithValue("$subject", Subject);
        return (string?)await command.ExecuteScalarAsync() ?? throw new InvalidOperationException($"No demo case '{Subject}'.");
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
