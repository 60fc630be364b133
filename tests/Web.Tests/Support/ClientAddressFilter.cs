using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Portal.Web.Tests.Support;

/// <summary>
/// The test server has no socket, so requests arrive without a remote address. This gives them the one a
/// real connection would carry, so what the portal records about the client (AUTH-8) can be checked.
/// A test may name the connection's address in <see cref="Header"/> (taken off the request, the portal
/// never sees it): another client, or a proxy on loopback (AUTH-10).
/// </summary>
internal sealed class ClientAddressFilter : IStartupFilter
{
    public const string Header = "Test-Connection-Address";

    public static readonly IPAddress Address = IPAddress.Parse("192.0.2.10");

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Headers.Remove(Header, out var named))
                context.Connection.RemoteIpAddress = IPAddress.Parse(named.ToString());
            context.Connection.RemoteIpAddress ??= Address;
            return nextMiddleware(context);
        });
        next(app);
    };
}
