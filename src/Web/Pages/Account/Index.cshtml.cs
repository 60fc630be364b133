using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Application.Common.Security;

namespace Portal.Web.Pages.Account;

/// <summary>UI-1 アカウント管理 (guide 4.11): the account menu of the home tile: login history, profile and, for admins, users.</summary>
[Authorize]
public sealed class IndexModel : PageModel
{
    public bool IsCustomerAdmin => User.IsInRole(RoleMap.CustomerAdminName);

    /// <summary>AGT-3: the provider console (companies, their users, the staff).</summary>
    public bool IsProviderAdmin => User.IsInRole(RoleMap.ProviderAdminName);

    /// <summary>AGT-4: the audit trail, for customer admins (their users) and provider admins (everything).</summary>
    public bool ReadsAuditTrail => IsCustomerAdmin || IsProviderAdmin;
}
