using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Portal.Web.Tests.Support;

/// <summary>
/// The test server has no socket, so requests arrive without a remote address. This gives them the one a
/// real connection would carry, so what the portal records about the client (AUTH-8) can be checked.
/// </summary>
internal sealed class ClientAddressFilter : IStartupFilter
{
    public static readonly IPAddress Address = IPAddress.Parse("192.0.2.10");

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Connection.RemoteIpAddress ??= Address;
            return nextMiddleware(context);
        });
        next(app);
    };
}
