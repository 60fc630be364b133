namespace Portal.Application.Common.Security;

/// <summary>Who may send a request (SPEC §2). A request without <see cref="IAllowed"/> is refused.</summary>
[Flags]
#pragma warning disable CA1711 // "Roles" reads as the set of roles that may send a request
public enum Roles
#pragma warning restore CA1711
{
    None = 0,
    Anonymous = 1,
    Customer = 2,
    CustomerAdmin = 4,
    Agent = 8,
    ProviderAdmin = 16,

    /// <summary>Background jobs acting for the portal itself (outbox handlers); sees every tenant.</summary>
    System = 32,

    /// <summary>A machine client holding a client-credentials token (API-1): only requests that name it.</summary>
    ApiClient = 64,
    Customers = Customer | CustomerAdmin,

    /// <summary>People of the provider (SAC): agents and provider admins.</summary>
    Staff = Agent | ProviderAdmin,
    Provider = Staff | System,
    SignedIn = Customers | Staff,
    Everyone = Anonymous | SignedIn,
}
