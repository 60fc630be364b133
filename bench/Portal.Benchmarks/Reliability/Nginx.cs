using System.Diagnostics;
using System.Globalization;
using Portal.Benchmarks.Cases;

namespace Portal.Benchmarks.Reliability;

/// <summary>
/// Debian's nginx in the foreground with a configuration of the suite's own: one loopback port balancing round
/// robin over the nodes, no sticky sessions, the client's address passed on as the portal's proxy settings expect;
/// a node that refuses connections is skipped for a few seconds.
/// </summary>
internal sealed class Nginx : IAsyncDisposable
{
    private readonly Process _process;

    private Nginx(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<Nginx> StartAsync(string folder, IEnumerable<Uri> nodes, string binary = "/usr/sbin/nginx")
    {
        if (!File.Exists(binary))
            throw new InvalidOperationException($"{binary} is missing: apt-get install nginx.");
        Directory.CreateDirectory(Path.Combine(folder, "logs"));
        var port = WebProcess.FreeLoopbackPort();
        var servers = string.Join(Environment.NewLine, nodes.Select(n => $"        server {n.Authority} max_fails=1 fail_timeout=3s;"));
        var config = Path.Combine(folder, "nginx.conf");
        await File.WriteAllTextAsync(config, string.Create(CultureInfo.InvariantCulture, $$"""
            daemon off;
            worker_processes 1;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/logs/error.log warn;
            events { worker_connections 1024; }
            http {
                access_log {{folder}}/logs/access.log;
                client_body_temp_path {{folder}}/body;
                proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi;
                uwsgi_temp_path {{folder}}/uwsgi;
                scgi_temp_path {{folder}}/scgi;
                client_max_body_size 64m;
                upstream portal {
            {{servers}}
                }
                server {
                    listen 127.0.0.1:{{port}};
                    location / {
                        proxy_pass http://portal;
                        proxy_http_version 1.1;
                        proxy_set_header Connection "";
                        proxy_set_header Host $host:$server_port;
                        proxy_set_header X-Forwarded-For $remote_addr;
                        proxy_set_header X-Forwarded-Proto $scheme;
                        proxy_next_upstream error timeout http_502 http_503;
                        proxy_read_timeout 60s;
                    }
                }
            }
            """));
        var start = new ProcessStartInfo(binary) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-p", folder, "-c", config })
            start.ArgumentList.Add(argument);
        var process = Process.Start(start) ?? throw new InvalidOperationException("nginx did not start");
        var nginx = new Nginx(process, new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}")));
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        for (var attempt = 0; attempt < 40; attempt++)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"nginx exited: {await process.StandardError.ReadToEndAsync()}");
            try
            {
                using var response = await client.GetAsync(new Uri(nginx.Address, "/health/live"));
                if (response.IsSuccessStatusCode)
                    return nginx;
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("nginx did not answer within 10 s.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
