using System.Net;
using System.Net.Sockets;
using MimeKit;
using netDumbster.smtp;

namespace Portal.Application.Tests.Support;

/// <summary>
/// A netDumbster SMTP server on a port chosen per test. The port is reserved first so a test can point
/// the portal at it while nothing listens yet (SMTP outage) and start the server later.
/// </summary>
internal sealed class FakeSmtp : IDisposable
{
    private SimpleSmtpServer? _server;

    public int Port { get; } = FreePort();

    public int ReceivedCount => _server?.ReceivedEmailCount ?? 0;

    public static FakeSmtp Started()
    {
        var smtp = new FakeSmtp();
        smtp.Start();
        return smtp;
    }

    public void Start() => _server ??= SimpleSmtpServer.Start(Port);

    /// <summary>The received mails, parsed with MimeKit so encoded (Japanese) headers are decoded.</summary>
    public IReadOnlyList<MimeMessage> Received() =>
        _server is null ? [] : _server.ReceivedEmail.Select(m => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(m.Data)))).ToList();

    /// <summary>netDumbster stores a mail on its own thread; wait (bounded) until <paramref name="count"/> have arrived.</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (ReceivedCount < count && DateTime.UtcNow < deadline)
            await Task.Delay(20);
        return Received();
    }

    /// <summary>A port that was free a moment ago; nothing listens on it until someone starts a server.</summary>
    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }

    public void Dispose() => _server?.Dispose();
}
