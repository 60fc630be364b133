namespace Portal.Application.Common.Security;

/// <summary>What kind of caller a request comes from; each kind has its own way to a scope.</summary>
public enum PrincipalKind
{
    /// <summary>Nobody signed in (or a contact whose login was disabled since the cookie was issued).</summary>
    Anonymous,

    /// <summary>A customer or customer admin: one company, its linked customer numbers and their services.</summary>
    Contact,

    /// <summary>An agent or provider admin: every tenant.</summary>
    Staff,

    /// <summary>The portal itself (jobs, start-up): every tenant.</summary>
    System,

    /// <summary>A machine client with a client-credentials token: every tenant, but only the requests that allow it.</summary>
    ApiClient,
}
