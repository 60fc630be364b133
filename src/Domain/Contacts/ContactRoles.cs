using System.Linq.Expressions;

namespace Portal.Domain.Contacts;

/// <summary>Provider staff (SAC agents and provider admins), the one definition for code and queries.</summary>
public static class ContactRoles
{
    public static bool IsProvider(this ContactRole role) => role is ContactRole.Agent or ContactRole.ProviderAdmin;

    /// <summary><see cref="IsProvider"/> as a query condition.</summary>
    public static Expression<Func<Contact, bool>> IsStaff { get; } = c => c.Role == ContactRole.Agent || c.Role == ContactRole.ProviderAdmin;
}
