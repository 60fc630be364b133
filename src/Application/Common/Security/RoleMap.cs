using Portal.Domain.Contacts;

namespace Portal.Application.Common.Security;

/// <summary>
/// The one link between the domain's <see cref="ContactRole"/>, the application's <see cref="Roles"/> and the
/// role claim's text. Explicit switches: renaming an enum member can never change who may do what.
/// </summary>
public static class RoleMap
{
    public const string CustomerName = "Customer";
    public const string CustomerAdminName = "CustomerAdmin";
    public const string AgentName = "Agent";
    public const string ProviderAdminName = "ProviderAdmin";

    public static Roles ToRoles(ContactRole role) => role switch
    {
        ContactRole.Customer => Roles.Customer,
        ContactRole.CustomerAdmin => Roles.CustomerAdmin,
        ContactRole.Agent => Roles.Agent,
        ContactRole.ProviderAdmin => Roles.ProviderAdmin,
        _ => Roles.None,
    };

    public static PrincipalKind KindOf(ContactRole role) => role switch
    {
        ContactRole.Customer or ContactRole.CustomerAdmin => PrincipalKind.Contact,
        ContactRole.Agent or ContactRole.ProviderAdmin => PrincipalKind.Staff,
        _ => PrincipalKind.Anonymous,
    };

    /// <summary>The role claim in the sign-in cookie, read by the shell (menus) only; the application reads the database.</summary>
    public static string ClaimValue(ContactRole role) => role switch
    {
        ContactRole.Customer => CustomerName,
        ContactRole.CustomerAdmin => CustomerAdminName,
        ContactRole.Agent => AgentName,
        ContactRole.ProviderAdmin => ProviderAdminName,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };
}
