using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Common.Interfaces;
using Portal.Application.Tests.Support;
using Portal.Infrastructure.Persistence;

namespace Portal.Application.Tests.Persistence;

/// <summary>
/// AUTH-10, NFR-2: attempt windows counted in the database: under 40 attempts at once exactly the limit is granted,
/// on each provider; a new window starts when the old one is over, on the portal's clock.
/// </summary>
[Trait("Req", "AUTH-10")]
[Trait("Req", "NFR-2")]
public sealed class AttemptCounterTests
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Of_forty_simultaneous_attempts_exactly_the_limit_is_granted_and_the_next_window_starts_afresh(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        var window = TimeSpan.FromMinutes(1);

        var taken = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => TakeAsync(app, "SignIn:user:USER.A", 10, window)));

        Assert.Equal(10, taken.Count(t => t.Granted));
        Assert.All(taken, t => Assert.InRange(t.WindowEndsIn, TimeSpan.FromSeconds(1), window));
        Assert.True((await TakeAsync(app, "SignIn:user:USER.B", 10, window)).Granted); // another key has its own window
        app.Clock.Advance(TimeSpan.FromSeconds(59));
        Assert.False((await TakeAsync(app, "SignIn:user:USER.A", 10, window)).Granted);
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        var fresh = await TakeAsync(app, "SignIn:user:USER.A", 10, window);
        Assert.Equal((true, window), (fresh.Granted, fresh.WindowEndsIn));
    }

    private static Task<AttemptTaken> TakeAsync(PortalApp app, string key, int limit, TimeSpan window) =>
        app.InScopeAsync(sp => sp.GetRequiredService<IAttemptCounter>().TakeAsync(key, limit, window, CancellationToken.None));
}
