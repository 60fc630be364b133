namespace Portal.Domain.Common;

/// <summary>
/// AGT-4: every change of an entity marked so is written to the audit trail (who, when, which properties,
/// before → after) in the same transaction as the change.
/// </summary>
public interface IAuditable
{
    /// <summary>The company owning the row, so that the trail can be read within a company; null for provider data.</summary>
    Guid? AuditCompanyId { get; }
}
