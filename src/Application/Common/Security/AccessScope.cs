namespace Portal.Application.Common.Security;

/// <summary>
/// The rows a request may read (TEN-1, KB-3), as the named query filters apply them: "Tenant" by customer
/// account, "Company" by company, "Service" by the services of those accounts. Read from the database once
/// per request, so an admin's change (a number unlinked, a role changed) applies on the user's next request.
/// </summary>
public sealed record AccessScope
{
    private AccessScope(bool seesAll, Guid? companyId, IReadOnlyList<Guid> accountIds, IReadOnlyList<Guid> serviceIds)
    {
        SeesAll = seesAll;
        CompanyId = companyId;
        AccountIds = accountIds;
        ServiceIds = serviceIds;
    }

    /// <summary>Nothing at all: anonymous callers, and any request whose scope was never loaded (fail closed).</summary>
    public static AccessScope None { get; } = new(false, null, [], []);

    /// <summary>Every tenant: provider staff, the system and API clients.</summary>
    public static AccessScope All { get; } = new(true, null, [], []);

    public bool SeesAll { get; }

    /// <summary>The contact's company; null for staff, the system and anonymous callers.</summary>
    public Guid? CompanyId { get; }

    /// <summary>The linked customer accounts (お客様番号) of a contact.</summary>
    public IReadOnlyList<Guid> AccountIds { get; }

    /// <summary>The services those accounts subscribe to.</summary>
    public IReadOnlyList<Guid> ServiceIds { get; }

    public static AccessScope OfContact(Guid companyId, IEnumerable<Guid> accountIds, IEnumerable<Guid> serviceIds) =>
        new(false, companyId, [.. accountIds.Distinct()], [.. serviceIds.Distinct()]);
}
