using Portal.Application.Common.Security;

namespace Portal.Application.WorkRequests;

/// <summary>Who sends which work-request request (SPEC §2, WR-1, WR-2, AGT-2).</summary>
public static class WorkRequestActors
{
    /// <summary>WR-1: customers submit for the customer numbers linked to them.</summary>
    public const Roles Submitters = Roles.Customers;

    /// <summary>WR-2, AGT-2: the provider's staff accept or reject.</summary>
    public const Roles Reviewers = Roles.Staff;

    /// <summary>Who reads requests; what a customer sees is narrowed by the "Tenant" filter.</summary>
    public const Roles Readers = Submitters | Reviewers;

    /// <summary>WR-1: provider admins keep the catalog.</summary>
    public const Roles CatalogEditors = Roles.ProviderAdmin;
}
