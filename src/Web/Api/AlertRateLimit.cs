using Microsoft.Extensions.Options;
using Portal.Application.Common.Interfaces;

namespace Portal.Web.Api;

/// <summary>
/// API-1: requests to the alert endpoint per client id, in fixed windows counted in the shared database
/// (<see cref="IAttemptCounter"/>, on the app's <see cref="TimeProvider"/>): every node of the portal counts the
/// same requests, so a client gets its limit once, not once per node. Every request counts, also one refused later.
/// </summary>
internal sealed class AlertRateLimit(IAttemptCounter counter, IOptions<AlertsApiOptions> options)
{
    /// <summary>Null when the request may go on, else how long the client has to wait (at least a second).</summary>
    public async Task<TimeSpan?> RefusalAsync(string client, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var taken = await counter.TakeAsync($"api:alerts:{client}", limits.PermitLimit, TimeSpan.FromSeconds(limits.WindowSeconds), cancellationToken);
        if (taken.Granted)
            return null;
        return taken.WindowEndsIn < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : taken.WindowEndsIn;
    }
}
