using FluentValidation;
using Mediator;
using Portal.Application.Admin.AuditTrail;
using Portal.Application.Common.Models;
using Portal.Application.Common.Security;

namespace Portal.Application.Admin.Queries.ListAuditEntries;

/// <summary>
/// AGT-4: provider admins read the whole trail; a customer admin reads its own company's user changes (the
/// <c>Company</c> scope, contacts only). Newest first, 50 a page.
/// </summary>
public sealed record ListAuditEntries(AuditFilter Filter, int Page = 1) : IQuery<Paged<AuditRow>>, IAllowed
{
    public const int PageSize = 50;

    public Roles Allowed => AuditAccess.Roles;
}

public sealed class ListAuditEntriesValidator : AbstractValidator<ListAuditEntries>
{
    public ListAuditEntriesValidator() => RuleFor(x => x.Filter).SetValidator(new AuditFilterValidator());
}
