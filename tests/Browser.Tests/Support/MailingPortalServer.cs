using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Tests.Support;

namespace Portal.Browser.Tests.Support;

/// <summary>
/// <see cref="PortalServer"/> whose mail goes over SMTP to a test's <see cref="Mailbox"/>. A separate class
/// because PortalServer starts in its constructor, before an object initializer could set
/// <see cref="PortalHostFactory.SmtpPort"/>; here the port is set first.
/// </summary>
public sealed class MailingPortalServer : PortalHostFactory
{
    public MailingPortalServer(Mailbox mailbox)
    {
        SmtpPort = mailbox.Port;
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        Address = new Uri(addresses.Single());
    }

    /// <summary>Where the portal listens, e.g. http://127.0.0.1:41234.</summary>
    public Uri Address { get; }

    public string Url(string path) => new Uri(Address, path).ToString();
}
