using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using netDumbster.smtp;
using Portal.Infrastructure.Jobs;

namespace Portal.Web.Tests.Support;

/// <summary>A real SMTP listener on loopback that receives the portal's mail, delivered by running its outbox.</summary>
public sealed partial class Mailbox : IDisposable
{
    private readonly SimpleSmtpServer _server;

    public Mailbox()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        _server = SimpleSmtpServer.Start(Port);
    }

    public int Port { get; }

    public int Count => _server.ReceivedEmailCount;

    /// <summary>Runs the portal's outbox (no job server in tests) and returns the mails received so far.</summary>
    public async Task DeliverAsync(PortalHostFactory web, int expected)
    {
        await web.Services.GetRequiredService<OutboxProcessor>().ProcessDueAsync(TestContext.Current.CancellationToken);
        var deadline = DateTime.UtcNow.AddSeconds(5); // netDumbster stores a mail on its own thread
        while (_server.ReceivedEmailCount < expected && DateTime.UtcNow < deadline)
            await Task.Delay(20, TestContext.Current.CancellationToken);
    }

    /// <summary>The received mails, decoded (Japanese subjects and bodies arrive encoded).</summary>
    public IReadOnlyList<MimeMessage> Messages =>
        [.. _server.ReceivedEmail.Select(m => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(m.Data))))];

    public IReadOnlyList<MimeMessage> To(string address) =>
        [.. Messages.Where(m => m.To.Mailboxes.Any(a => a.Address == address))];

    /// <summary>The 6-digit code of the latest mail to <paramref name="address"/>.</summary>
    public string LatestCodeFor(string address) => SixDigits().Match(To(address)[^1].TextBody ?? string.Empty).Value;

    public void Dispose() => _server.Dispose();

    [GeneratedRegex(@"(?<!\d)\d{6}(?!\d)")]
    private static partial Regex SixDigits();
}
