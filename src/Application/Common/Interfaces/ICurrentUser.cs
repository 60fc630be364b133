using Portal.Application.Common.Security;

namespace Portal.Application.Common.Interfaces;

/// <summary>The signed-in contact of this request (or none), as the application sees it.</summary>
public interface ICurrentUser
{
    Guid? ContactId { get; }

    string? UserId { get; }

    /// <summary>The single role flag of the contact, or <see cref="Roles.Anonymous"/>.</summary>
    Roles Role { get; }

    Guid? CompanyId { get; }

    bool IsAuthenticated => ContactId is not null;

    /// <summary>Agents and provider admins see every customer's data (SPEC §2).</summary>
    bool SeesAllTenants => (Role & Roles.Provider) != 0;
}
