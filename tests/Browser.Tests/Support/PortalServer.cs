using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Tests.Support;

namespace Portal.Browser.Tests.Support;

/// <summary>
/// The portal on Kestrel at a free port of 127.0.0.1 (never other interfaces), started at once; with a
/// <see cref="Mailbox"/>, its mail goes over SMTP to that test listener.
/// </summary>
public sealed class PortalServer : PortalHostFactory
{
    /// <param name="settings">The test's own settings (e.g. low rate limits), applied before the start.</param>
    public PortalServer(Mailbox? mailbox = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        SmtpPort = mailbox?.Port; // set before the start below: an object initializer would come too late
        Settings = settings ?? Settings;
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        Address = new Uri(addresses.Single());
    }

    /// <summary>Where the portal listens, e.g. http://127.0.0.1:41234.</summary>
    public Uri Address { get; }

    public string Url(string path) => new Uri(Address, path).ToString();
}
