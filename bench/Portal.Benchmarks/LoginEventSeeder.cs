using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.LoginHistory;
using Portal.Infrastructure.Identity;
using Portal.Infrastructure.Persistence;

namespace Portal.Benchmarks;

/// <summary>Adds login events of one company's contacts, in batches, a minute apart going back from now.</summary>
internal static class LoginEventSeeder
{
    private const int Batch = 10_000;
    private const string Browser = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36";

    public static async Task<Guid> AddAsync(IServiceProvider services, string companyUserId, int count)
    {
        var (companyId, contacts) = await CompanyAsync(services, companyUserId);
        var start = DateTimeOffset.UtcNow;
        var kinds = Enum.GetValues<LoginEventKind>();
        for (var done = 0; done < count; done += Batch)
        {
            await using var scope = services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentUser>().RunAsSystem();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            for (var i = done; i < Math.Min(done + Batch, count); i++)
            {
                var (contactId, userId) = contacts[i % contacts.Count];
                db.LoginEvents.Add(LoginEvent.Record(kinds[i % kinds.Length], userId, contactId, companyId, start.AddMinutes(-i),
                    $"203.0.113.{i % 250}", Browser));
            }

            await db.SaveChangesAsync();
        }

        return companyId;
    }

    private static async Task<(Guid CompanyId, List<(Guid, string)> Contacts)> CompanyAsync(IServiceProvider services, string userId)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().RunAsSystem();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var companyId = await db.Contacts.Where(c => c.UserId == userId).Select(c => c.CompanyId).SingleAsync()
            ?? throw new InvalidOperationException($"{userId} belongs to no company.");
        var contacts = await db.Contacts.Where(c => c.CompanyId == companyId).Select(c => new { c.Id, c.UserId }).ToListAsync();
        return (companyId, [.. contacts.Select(c => (c.Id, c.UserId))]);
    }
}
