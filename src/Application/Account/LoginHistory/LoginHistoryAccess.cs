using Portal.Application.Common.Security;

namespace Portal.Application.Account.LoginHistory;

internal static class LoginHistoryAccess
{
    /// <summary>HIST-1: people only (what each sees is narrowed in the query); no background job reads login history.</summary>
    public const Roles Roles = Common.Security.Roles.Customers | Common.Security.Roles.Staff;
}
