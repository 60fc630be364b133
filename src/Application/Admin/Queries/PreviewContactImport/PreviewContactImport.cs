using Mediator;
using Portal.Application.Admin.ContactImport;
using Portal.Application.Admin.Contacts;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;

namespace Portal.Application.Admin.Queries.PreviewContactImport;

/// <summary>
/// ADM-2 bulk creation, first step: what an uploaded CSV of contacts would create, each row with its errors
/// (duplicate or taken user ID, bad e-mail, a customer number not the company's …). Nothing is stored.
/// A provider admin (AGT-3) names the company; a customer admin's own is used whatever it says.
/// </summary>
public sealed record PreviewContactImport(ReadOnlyMemory<byte> Content, Guid? CompanyId = null) : IQuery<ContactImportPlan>, IAllowed
{
    public Roles Allowed => Roles.CustomerAdmin | Roles.ProviderAdmin;
}

public sealed class PreviewContactImportHandler(IApplicationDbContext db, ICurrentUser user, Common.Importing.ITableImport reader)
    : IQueryHandler<PreviewContactImport, ContactImportPlan>
{
    public async ValueTask<ContactImportPlan> Handle(PreviewContactImport query, CancellationToken cancellationToken)
    {
        var companyId = await ContactAdmin.CompanyToManageAsync(db, user, query.CompanyId, cancellationToken);
        var (plan, _) = await new ContactImportPlanner(db, reader).PlanAsync(query.Content, companyId, cancellationToken);
        return plan;
    }
}
