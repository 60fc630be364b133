using FluentValidation;
using Mediator;
using Portal.Application.Admin.AuditTrail;
using Portal.Application.Common.Security;

namespace Portal.Application.Admin.Queries.ExportAuditEntries;

/// <summary>AGT-4: the whole filtered trail as a stream for the CSV export, with bounded memory.</summary>
public sealed record ExportAuditEntries(AuditFilter Filter) : IStreamQuery<AuditRow>, IAllowed
{
    public Roles Allowed => AuditAccess.Roles;
}

public sealed class ExportAuditEntriesValidator : AbstractValidator<ExportAuditEntries>
{
    public ExportAuditEntriesValidator() => RuleFor(x => x.Filter).SetValidator(new AuditFilterValidator());
}
