using System.Text;
using MimeKit;
using netDumbster.smtp;
using Portal.Benchmarks.Cases;

namespace Portal.Benchmarks.Reliability;

/// <summary>
/// The suite's SMTP server on a loopback port of its own: it can be stopped (an outage: connections refused) and
/// started again on the same port, and keeps the Message-ID of every mail received across its lives.
/// </summary>
internal sealed class MailCapture : IDisposable
{
    private readonly Lock _lock = new();
    private readonly List<string> _messageIds = [];
    private SimpleSmtpServer? _server;

    public MailCapture()
    {
        Port = WebProcess.FreeLoopbackPort();
        Start();
    }

    public int Port { get; }

    public bool IsRunning
    {
        get
        {
            lock (_lock)
                return _server is not null;
        }
    }

    public void Start()
    {
        lock (_lock)
            _server ??= SimpleSmtpServer.Start(Port);
    }

    public void Stop()
    {
        lock (_lock)
        {
            Harvest();
            _server?.Dispose();
            _server = null;
        }
    }

    /// <summary>The Message-ID of each mail received so far, in order, duplicates included.</summary>
    public IReadOnlyList<string> MessageIds()
    {
        lock (_lock)
        {
            Harvest();
            return [.. _messageIds];
        }
    }

    public void Dispose() => Stop();

    private void Harvest()
    {
        if (_server is null)
            return;
        foreach (var mail in _server.ReceivedEmail)
        {
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(mail.Data));
            _messageIds.Add(MimeMessage.Load(stream).MessageId ?? string.Empty);
        }

        _server.ClearReceivedEmail();
    }
}
