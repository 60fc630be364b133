using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Portal.Benchmarks.Cases;

internal sealed record LoadResult(string User, string Name, int Concurrency, int Requests, int Errors, double P50, double P95, double Max, double PerSecond)
{
    public static string Header =>
        "| user | request | conc. | requests | errors | p50 ms | p95 ms | max ms | req/s |" + Environment.NewLine +
        "|---|---|---:|---:|---:|---:|---:|---:|---:|";

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"| {User} | {Name} | {Concurrency} | {Requests:N0} | {Errors} | {P50:0.0} | {P95:0.0} | {Max:0.0} | {PerSecond:0.0} |");
}

/// <summary>One page the load asks for, and a piece of HTML a good answer has.</summary>
internal sealed record LoadTarget(string Name, string Path, string Expected);

/// <summary>
/// A signed-in browser session (one cookie jar) driven by N workers: each asks for the page again as soon as
/// the previous answer is read, for a fixed time after a warm-up. Every latency is kept for the percentiles;
/// an answer that is not 200 or lacks the expected HTML counts as an error.
/// </summary>
internal sealed partial class LoadClient : IDisposable
{
    private readonly CookieContainer _cookies = new();
    private readonly HttpClient _client;
    private readonly string _user;

    public LoadClient(Uri address, string user)
    {
        _user = user;
        _client = new HttpClient(new SocketsHttpHandler
        {
            CookieContainer = _cookies,
            AllowAutoRedirect = false,
            MaxConnectionsPerServer = 64,
            PooledConnectionLifetime = TimeSpan.FromMinutes(30),
        })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(60),
        };
    }

    public string User => _user;

    /// <summary>The sign-in form as a browser posts it (AUTH-1): the page's antiforgery token, user ID and password.</summary>
    public async Task SignInAsync(string password)
    {
        var login = await _client.GetStringAsync(new Uri("/Account/Login", UriKind.Relative));
        var token = WebUtility.HtmlDecode(TokenInput().Match(login).Groups["token"].Value);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserId"] = _user,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
        });
        using var response = await _client.PostAsync(new Uri("/Account/Login", UriKind.Relative), form);
        var target = response.Headers.Location?.OriginalString;
        if (response.StatusCode != HttpStatusCode.Redirect || target is null || target.Contains("/Account/", StringComparison.Ordinal))
            throw new InvalidOperationException($"Sign-in of {_user} was not accepted ({(int)response.StatusCode} {target}).");
    }

    /// <summary>
    /// A form of <paramref name="page"/> posted as a browser posts it, with the page's antiforgery token; the
    /// status and the time from sending to the last byte of the answer.
    /// </summary>
    public async Task<(HttpStatusCode Status, string Html, TimeSpan Elapsed)> PostFormAsync(string page, string action, IDictionary<string, string> fields)
    {
        var html = await _client.GetStringAsync(new Uri(page, UriKind.Relative));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>(fields)
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(TokenInput().Match(html).Groups["token"].Value),
        });
        var started = Stopwatch.GetTimestamp();
        using var response = await _client.PostAsync(new Uri(action, UriKind.Relative), form);
        var answer = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, answer, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>
    /// A form of <paramref name="page"/> posted with the page's antiforgery token and, when the page shows one, the
    /// version of what it shows (NFR-4); the status and where a redirect leads.
    /// </summary>
    public async Task<(HttpStatusCode Status, string? Location)> SubmitAsync(string page, string action, IDictionary<string, string> fields)
    {
        var html = await _client.GetStringAsync(new Uri(page, UriKind.Relative));
        var values = new Dictionary<string, string>(fields)
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(TokenInput().Match(html).Groups["token"].Value),
        };
        if (VersionInput().Match(html) is { Success: true } version)
            values.TryAdd("version", version.Groups["version"].Value);
        using var form = new FormUrlEncodedContent(values);
        using var response = await _client.PostAsync(new Uri(action, UriKind.Relative), form);
        return (response.StatusCode, response.Headers.Location?.OriginalString);
    }

    /// <summary>
    /// A multipart form of <paramref name="page"/> (an inquiry with a file, CASE-8): the antiforgery token first, then
    /// the fields, then the file; the status and where a redirect leads.
    /// </summary>
    public async Task<(HttpStatusCode Status, string? Location)> SubmitMultipartAsync(string page, IEnumerable<KeyValuePair<string, string>> fields,
        (string Field, string FileName, byte[] Content)? file)
    {
        var html = await _client.GetStringAsync(new Uri(page, UriKind.Relative));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(TokenInput().Match(html).Groups["token"].Value)), "__RequestVerificationToken" },
        };
        foreach (var (name, value) in fields)
            form.Add(new StringContent(value), name);
        if (file is { } attachment)
        {
            var content = new ByteArrayContent(attachment.Content);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/plain");
            form.Add(content, attachment.Field, attachment.FileName);
        }

        using var response = await _client.PostAsync(new Uri(page, UriKind.Relative), form);
        return (response.StatusCode, response.Headers.Location?.OriginalString);
    }

    /// <summary>The first value of each option of the select <paramref name="name"/> on <paramref name="page"/> (an inquiry's customer numbers).</summary>
    public async Task<IReadOnlyList<string>> OptionsAsync(string page, string name)
    {
        var html = await _client.GetStringAsync(new Uri(page, UriKind.Relative));
        var start = html.IndexOf($"name=\"{name}\"", StringComparison.Ordinal);
        if (start < 0)
            return [];
        var end = html.IndexOf("</select>", start, StringComparison.Ordinal);
        return [.. OptionValue().Matches(html[start..end]).Select(m => m.Groups["value"].Value).Where(v => v.Length > 0)];
    }

    /// <summary>Signs out through the user menu's form.</summary>
    public async Task SignOutAsync() => await SubmitAsync("/", "/Account/Logout", new Dictionary<string, string>());

    /// <summary>The session's cookies as a header value, to replay the session against another node (NFR-2).</summary>
    public string CookieHeader(Uri node) => _cookies.GetCookieHeader(node);

    /// <summary>The page once, for a first look (the number of cases it reports, say); null when it fails.</summary>
    public async Task<string?> GetAsync(string path)
    {
        try
        {
            using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
            return response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadAsStringAsync() : null;
        }
        catch (TaskCanceledException)
        {
            return null;
        }
    }

    public async Task<LoadResult> RunAsync(LoadTarget target, int concurrency, TimeSpan warmUp, TimeSpan duration)
    {
        await DriveAsync(target, concurrency, warmUp);
        var clock = Stopwatch.StartNew();
        var workers = await DriveAsync(target, concurrency, duration);
        var elapsed = clock.Elapsed.TotalSeconds;
        var latencies = workers.SelectMany(w => w.Latencies).Order().ToArray();
        var errors = workers.Sum(w => w.Errors);
        return new LoadResult(_user, target.Name, concurrency, latencies.Length, errors,
            Percentile(latencies, 0.50), Percentile(latencies, 0.95), latencies.Length == 0 ? 0 : latencies[^1], latencies.Length / elapsed);
    }

    public void Dispose() => _client.Dispose();

    private async Task<Worker[]> DriveAsync(LoadTarget target, int concurrency, TimeSpan duration)
    {
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, concurrency).Select(_ => new Worker()).ToArray();
        await Task.WhenAll(workers.Select(w => Task.Run(() => w.RunAsync(_client, target, until))));
        return workers;
    }

    /// <summary>Nearest rank.</summary>
    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"(?<token>[^\"]+)\"")]
    private static partial Regex TokenInput();

    [GeneratedRegex("<input[^>]*name=\"version\"[^>]*value=\"(?<version>[0-9]+)\"")]
    private static partial Regex VersionInput();

    [GeneratedRegex("<option value=\"(?<value>[^\"]*)\"")]
    private static partial Regex OptionValue();

    private sealed class Worker
    {
        public List<double> Latencies { get; } = new(4096);

        public int Errors { get; private set; }

        public async Task RunAsync(HttpClient client, LoadTarget target, long until)
        {
            var uri = new Uri(target.Path, UriKind.Relative);
            while (Stopwatch.GetTimestamp() < until)
            {
                var started = Stopwatch.GetTimestamp();
                bool ok;
                try
                {
                    using var response = await client.GetAsync(uri);
                    var html = await response.Content.ReadAsStringAsync();
                    ok = response.StatusCode == HttpStatusCode.OK && html.Contains(target.Expected, StringComparison.Ordinal);
                }
                catch (HttpRequestException)
                {
                    ok = false;
                }
                catch (TaskCanceledException)
                {
                    ok = false;
                }

                Latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (!ok)
                    Errors++;
            }
        }
    }
}
