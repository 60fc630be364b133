using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Common.Interfaces;
using Portal.Domain.Contacts;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Identity;

/// <summary>
/// TEN-1 for the query layer: read from the database on first use in a request (not from the cookie),
/// so that an admin unlinking a customer number takes effect on the user's next request.
/// </summary>
internal sealed class TenantScope(ICurrentUser user, IServiceProvider services) : ITenantScope
{
    private IReadOnlyCollection<Guid>? _accounts;

    public bool SeesAll => user.SeesAllTenants;

    public Guid? CompanyId => user.CompanyId;

    public IReadOnlyCollection<Guid> AccountIds => _accounts ??= Load();

    private List<Guid> Load()
    {
        if (user.ContactId is not { } contactId)
            return [];
        var db = services.GetRequiredService<PortalDbContext>();
        return db.Set<Contact>().AsNoTracking().Where(c => c.Id == contactId && c.IsActive)
            .SelectMany(c => c.Accounts.Select(a => a.CustomerAccountId)).ToList();
    }
}
