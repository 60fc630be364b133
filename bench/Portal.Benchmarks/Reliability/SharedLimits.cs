using System.Net;
using Portal.Benchmarks.Cases;
using Portal.Infrastructure.Seeding;

namespace Portal.Benchmarks.Reliability;

/// <summary>AUTH-3 and AUTH-10 with two nodes: wrong passwords and attempts sent to each node in turn add up in one place.</summary>
internal static class SharedLimits
{
    /// <summary>Five wrong passwords for one user, alternating between the nodes directly: the account is locked (AUTH-3).</summary>
    public static async Task<Check> LockoutAsync(IReadOnlyList<Uri> nodes, Checks checks)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var client = new LoadClient(nodes[attempt % nodes.Count], DemoAccounts.MfaCustomerA);
            try
            {
                await client.SignInAsync("Wrong-Password-2026!");
            }
            catch (InvalidOperationException)
            {
                // refused, as it should be
            }
        }

        var (failures, locked) = await checks.LockoutOfAsync(DemoAccounts.MfaCustomerA);
        var detail = $"5 wrong passwords over {nodes.Count} nodes: locked {locked} (failures counted {failures})";
        return locked ? Check.Pass(detail) : Check.Fail(detail);
    }

    /// <summary>
    /// The per-user sign-in limit as shipped (10 per 15 minutes) for a user ID nobody has, sent to each node in turn:
    /// the eleventh attempt is refused with 429 by whichever node gets it (AUTH-10).
    /// </summary>
    public static async Task<Check> AttemptLimitAsync(IReadOnlyList<Uri> nodes)
    {
        var userId = $"probe-{Guid.NewGuid():N}@example.fm";
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 12; attempt++)
        {
            using var client = new LoadClient(nodes[attempt % nodes.Count], userId);
            var (status, _) = await client.SubmitAsync("/Account/Login", "/Account/Login",
                new Dictionary<string, string> { ["UserId"] = userId, ["Password"] = "Wrong-Password-2026!" });
            statuses.Add(status);
        }

        var refusedFrom = statuses.FindIndex(s => s == HttpStatusCode.TooManyRequests);
        var detail = $"attempts over {nodes.Count} nodes: {string.Join(" ", statuses.Select(s => (int)s))}";
        return refusedFrom == 10 && statuses.Skip(10).All(s => s == HttpStatusCode.TooManyRequests) ? Check.Pass(detail) : Check.Fail(detail);
    }
}
