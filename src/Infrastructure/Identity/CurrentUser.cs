using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;

namespace Portal.Infrastructure.Identity;

/// <summary>
/// The request's user from the sign-in cookie's claims; background jobs switch their scope to the
/// portal's own system identity, and tests may set a principal directly.
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor http) : ICurrentUser
{
    private ClaimsPrincipal? _principal;
    private bool _system;

    private ClaimsPrincipal? Principal => _principal ?? http.HttpContext?.User;

    public Guid? ContactId =>
        !_system && Guid.TryParse(Principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string? UserId => _system ? "system" : Principal?.Identity?.IsAuthenticated == true ? Principal.Identity.Name : null;

    public Roles Role => _system ? Roles.System
        : ContactId is null ? Roles.Anonymous
        : Enum.TryParse<Roles>(Principal?.FindFirstValue(ClaimTypes.Role), out var role) ? role : Roles.Anonymous;

    public Guid? CompanyId => Guid.TryParse(Principal?.FindFirstValue(PortalClaimTypes.Company), out var id) ? id : null;

    bool ICurrentUser.IsAuthenticated => _system || ContactId is not null;

    public void RunAsSystem() => _system = true;

    public void Use(ClaimsPrincipal principal) => _principal = principal;
}
