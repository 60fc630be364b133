using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using IPNetwork = System.Net.IPNetwork;

namespace Portal.Web.Hosting;

/// <summary>
/// AUTH-10 behind a load balancer: the client's address and scheme come from X-Forwarded-For and
/// X-Forwarded-Proto, but only as far as the hops that sent them are trusted. Loopback is always trusted
/// (nginx on the same host); other proxies are named in "Network:KnownProxies" (addresses) and
/// "Network:KnownNetworks" (CIDR ranges). A header arriving from anyone else is ignored, so a client
/// cannot choose the address that login history, lockout records and rate limits see.
/// </summary>
internal static class ProxySetup
{
    public const string Section = "Network";

    public static IServiceCollection AddProxyHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var proxies = Parse(section, "KnownProxies", IPAddress.Parse);
        var networks = Parse(section, "KnownNetworks", IPNetwork.Parse);
        // One hop per proxy in front of the portal (a load balancer, then nginx on the host); unwrapping
        // always stops at the first hop that is not trusted, so the limit only caps the trusted ones.
        var forwardLimit = section.GetValue("ForwardLimit", 2);
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = forwardLimit;
            // The defaults (127.0.0.0/8 and ::1) stay: with both lists empty every sender would be trusted.
            foreach (var proxy in proxies)
                options.KnownProxies.Add(proxy);
            foreach (var network in networks)
                options.KnownIPNetworks.Add(network);
        });
        return services;
    }

    /// <summary>A list setting, refused at start when an entry is not an address or range: a typo must not go unnoticed.</summary>
    private static List<T> Parse<T>(IConfiguration section, string key, Func<string, T> parse) =>
        [.. section.GetSection(key).Get<string[]>()?.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v =>
        {
            try
            {
                return parse(v.Trim());
            }
            catch (FormatException ex)
            {
                throw new InvalidOperationException($"{Section}:{key} holds '{v}', which is not an IP address or CIDR range.", ex);
            }
        }) ?? []];
}
