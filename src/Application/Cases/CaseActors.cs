using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;

namespace Portal.Application.Cases;

/// <summary>Who sends which case request (SPEC §2): the roles the commands declare and <see cref="CaseActions"/> reads.</summary>
public static class CaseActors
{
    /// <summary>CASE-3: the customer's own actions (close, accept, reject, comment).</summary>
    public const Roles Customers = Roles.Customers;

    /// <summary>AGT-1: the provider's staff work cases (assign, status, resolve, work notes).</summary>
    public const Roles Agents = Roles.Staff;

    /// <summary>CASE-4 / CASE-7 / CASE-10: people who read cases; what a customer sees is narrowed by the "Tenant" filter.</summary>
    public const Roles Readers = Customers | Agents;

    public static bool IsAgent(ICurrentUser user) => (user.Role & Agents) != 0;

    public static bool IsCustomer(ICurrentUser user) => (user.Role & Customers) != 0;
}
