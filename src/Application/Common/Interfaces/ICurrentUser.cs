using Portal.Application.Common.Security;

namespace Portal.Application.Common.Interfaces;

/// <summary>
/// The principal of this request, whoever it is: a contact, provider staff, the system or an API client.
/// Its role and scope come from the database, loaded once per request by the pipeline's first step
/// (<see cref="LoadAsync"/>); until then it has no role and sees nothing.
/// </summary>
public interface ICurrentUser
{
    PrincipalKind Kind { get; }

    /// <summary>The contact (customer or staff); null for the system, API clients and anonymous callers.</summary>
    Guid? ContactId { get; }

    /// <summary>Login name of a contact, "system", or "client:&lt;id&gt;" of an API client (for logs and audit).</summary>
    string? UserId { get; }

    /// <summary>The single role flag of the principal, or <see cref="Roles.Anonymous"/>.</summary>
    Roles Role { get; }

    AccessScope Scope { get; }

    /// <summary>API-1: the scopes granted to an API client's token; none for anyone else.</summary>
    IReadOnlyCollection<string> Scopes => [];

    Guid? CompanyId => Scope.CompanyId;

    bool IsAuthenticated => Kind != PrincipalKind.Anonymous;

    /// <summary>Agents and provider admins (people of the provider).</summary>
    bool IsStaff => Kind == PrincipalKind.Staff;

    /// <summary>Staff, the system and API clients see every customer's data (SPEC §2).</summary>
    bool SeesAllTenants => Scope.SeesAll;

    /// <summary>Reads role and scope from the database, once per request; later calls return at once.</summary>
    ValueTask LoadAsync(CancellationToken cancellationToken);
}
