using Portal.Application.Common.Security;

namespace Portal.Application.Cases.Queries;

internal static class CaseAccess
{
    /// <summary>CASE-4 / CASE-7 / AGT-1: people only; what a customer sees is narrowed by the "Tenant" filter (TEN-1).</summary>
    public const Roles Readers = CaseActors.Readers;
}
