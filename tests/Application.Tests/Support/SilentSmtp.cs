using System.Net;
using System.Net.Sockets;

namespace Portal.Application.Tests.Support;

/// <summary>An SMTP server that hangs: it accepts the connection and never sends its greeting.</summary>
internal sealed class SilentSmtp : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly List<TcpClient> _clients = [];

    public SilentSmtp() => _listener.Start();

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Completes when a client has connected and is waiting for the greeting.</summary>
    public async Task AcceptAsync(CancellationToken cancellationToken)
    {
        var client = await _listener.AcceptTcpClientAsync(cancellationToken);
        lock (_clients)
            _clients.Add(client);
    }

    /// <summary>Ends the outage: connected clients see the connection close.</summary>
    public void Dispose()
    {
        lock (_clients)
        {
            foreach (var client in _clients)
                client.Dispose();
        }

        _listener.Stop();
        _listener.Dispose();
    }
}
