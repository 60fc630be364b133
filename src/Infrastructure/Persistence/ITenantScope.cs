namespace Portal.Infrastructure.Persistence;

/// <summary>The rows the current request may read (TEN-1), fixed for the lifetime of a DbContext.</summary>
public interface ITenantScope
{
    bool SeesAll { get; }

    IReadOnlyCollection<Guid> AccountIds { get; }

    Guid? CompanyId { get; }
}
