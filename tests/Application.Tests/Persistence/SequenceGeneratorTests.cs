using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Common.Interfaces;
using Portal.Application.Tests.Support;
using Portal.Infrastructure.Persistence;

namespace Portal.Application.Tests.Persistence;

[Trait("Req", "NFR-2")]
public class SequenceGeneratorTests
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Twenty_simultaneous_requests_get_twenty_distinct_consecutive_numbers(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        var last = await app.InScopeAsync(sp => sp.Db().SequenceCounters.Where(c => c.Name == "case").Select(c => c.Value).SingleAsync());

        // Each call in a scope (and so a connection) of its own, as on separate web nodes.
        var numbers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() =>
            app.InScopeAsync(sp => sp.GetRequiredService<ISequenceGenerator>().NextAsync("case", CancellationToken.None)))));

        Assert.Equal(Enumerable.Range(1, 20).Select(i => last + i), numbers.Order());
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_new_sequence_starts_at_one_and_counts_on_its_own(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);

        var first = await app.InScopeAsync(sp => sp.GetRequiredService<ISequenceGenerator>().NextAsync("test-new", CancellationToken.None));
        var second = await app.InScopeAsync(sp => sp.GetRequiredService<ISequenceGenerator>().NextAsync("test-new", CancellationToken.None));
        var cases = await app.InScopeAsync(sp => sp.Db().SequenceCounters.Where(c => c.Name == "case").Select(c => c.Value).SingleAsync());

        Assert.Equal((1, 2), (first, second));
        Assert.Equal(9, cases); // the demo world's nine cases, untouched
    }
}
