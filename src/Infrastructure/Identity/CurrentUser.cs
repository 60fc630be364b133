using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.Companies;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Identity;

/// <summary>
/// The request's principal. Who it is comes from the sign-in cookie (or token) claims; what it may do and
/// see comes from the database, read once per request by <see cref="LoadAsync"/>, so a disabled login, a
/// changed role or an unlinked customer number applies on the very next request. Background jobs switch
/// to the system principal; tests may set a claims principal directly.
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor http, IServiceProvider services) : ICurrentUser
{
    /// <summary>The claim an OpenID Connect server puts in client-credentials tokens (RFC 9068 client_id).</summary>
    public const string ClientIdClaim = "client_id";

    /// <summary>The granted scopes: one space-separated claim (RFC 9068 scope), or one claim each (OpenIddict's oi_scp).</summary>
    public const string ScopeClaim = "scope";

    public const string OpenIddictScopeClaim = "oi_scp";

    private ClaimsPrincipal? _principal;
    private Loaded? _loaded;

    private sealed record Loaded(PrincipalKind Kind, Roles Role, AccessScope Scope, string? UserId);

    private ClaimsPrincipal? Principal => _principal ?? http.HttpContext?.User;

    public PrincipalKind Kind => _loaded?.Kind ?? PrincipalKind.Anonymous;

    public Guid? ContactId => _loaded is { Kind: PrincipalKind.Contact or PrincipalKind.Staff } ? ClaimedContactId : null;

    public string? UserId => _loaded?.UserId ?? (Principal?.Identity?.IsAuthenticated == true ? Principal.Identity.Name : null);

    public Roles Role => _loaded?.Role ?? Roles.Anonymous;

    public AccessScope Scope => _loaded?.Scope ?? AccessScope.None;

    public IReadOnlyCollection<string> Scopes => Kind == PrincipalKind.ApiClient && Principal is { } principal ? ScopesOf(principal) : [];

    private Guid? ClaimedContactId =>
        Principal?.Identity?.IsAuthenticated == true && Guid.TryParse(Principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    private static string[] ScopesOf(ClaimsPrincipal principal) =>
    [
        .. principal.FindAll(ScopeClaim).SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Concat(principal.FindAll(OpenIddictScopeClaim).Select(c => c.Value)).Distinct(StringComparer.Ordinal),
    ];

    public void RunAsSystem() => _loaded = new Loaded(PrincipalKind.System, Roles.System, AccessScope.All, "system");

    /// <summary>Acts as <paramref name="principal"/> from now on; its role and scope are read again.</summary>
    public void Use(ClaimsPrincipal principal)
    {
        _principal = principal;
        _loaded = null;
    }

    public async ValueTask LoadAsync(CancellationToken cancellationToken)
    {
        if (_loaded is not null)
            return;
        _loaded = await ReadAsync(cancellationToken);
    }

    private async Task<Loaded> ReadAsync(CancellationToken cancellationToken)
    {
        var anonymous = new Loaded(PrincipalKind.Anonymous, Roles.Anonymous, AccessScope.None, null);
        if (Principal is not { Identity.IsAuthenticated: true } principal)
            return anonymous;
        if (ClaimedContactId is not { } contactId)
        {
            // API-1: a machine client has a client id and no subject; it is one of the provider's integrations.
            return principal.FindFirstValue(ClientIdClaim) is { Length: > 0 } clientId
                ? new Loaded(PrincipalKind.ApiClient, Roles.ApiClient, AccessScope.All, "client:" + clientId)
                : anonymous;
        }

        var db = services.GetRequiredService<PortalDbContext>();
        // This query defines the scope the filters then apply: it cannot itself be filtered by it.
        var contact = await db.Contacts.IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.Id == contactId && c.IsActive)
            .Select(c => new { c.UserId, c.Role, c.CompanyId, Accounts = c.Accounts.Select(a => a.CustomerAccountId).ToList() })
            .SingleOrDefaultAsync(cancellationToken);
        if (contact is null)
            return anonymous;

        var kind = RoleMap.KindOf(contact.Role);
        if (kind == PrincipalKind.Staff)
            return new Loaded(kind, RoleMap.ToRoles(contact.Role), AccessScope.All, contact.UserId);
        if (kind != PrincipalKind.Contact || contact.CompanyId is not { } companyId)
            return anonymous;

        // Only accounts of the contact's own company count, whatever a link row says (TEN-1).
        // As above: the scope's own query.
        var accounts = await db.Set<CustomerAccount>().IgnoreQueryFilters().AsNoTracking()
            .Where(a => contact.Accounts.Contains(a.Id) && a.CompanyId == companyId)
            .Select(a => new { a.Id, a.ServiceId })
            .ToListAsync(cancellationToken);
        return new Loaded(kind, RoleMap.ToRoles(contact.Role), AccessScope.OfContact(companyId, accounts.Select(a => a.Id), accounts.Select(a => a.ServiceId)),
            contact.UserId);
    }
}
