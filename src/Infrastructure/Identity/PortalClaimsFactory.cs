using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Application.Common.Security;
using Portal.Domain.Common;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Identity;

/// <summary>Adds the contact's role, company, language and time zone to the sign-in cookie (SPEC §2, UI-3).</summary>
internal sealed class PortalClaimsFactory(UserManager<PortalUser> users, IOptions<IdentityOptions> options, PortalDbContext db)
    : UserClaimsPrincipalFactory<PortalUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        // Tracked on purpose: a profile change in the same unit of work is reflected before it commits.
        var contact = await db.ContactsSigningIn().SingleAsync(c => c.Id == user.Id);
        identity.AddClaim(new Claim(ClaimTypes.Role, RoleMap.ClaimValue(contact.Role)));
        identity.AddClaim(new Claim(PortalClaimTypes.Language, contact.Language.ToCode()));
        identity.AddClaim(new Claim(PortalClaimTypes.TimeZone, contact.TimeZone));
        identity.AddClaim(new Claim(PortalClaimTypes.DisplayName, contact.DisplayName));
        if (contact.CompanyId is { } company)
            identity.AddClaim(new Claim(PortalClaimTypes.Company, company.ToString()));
        return identity;
    }
}
