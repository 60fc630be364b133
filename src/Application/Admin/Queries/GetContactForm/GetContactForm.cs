using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Admin.Contacts;
using Portal.Application.Admin.Queries.GetContact;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;

namespace Portal.Application.Admin.Queries.GetContactForm;

/// <summary>
/// ADM-2: what the create form offers: the customer numbers the admin sees (its own company's, TEN-1); for a provider
/// admin (AGT-3) those of the company it names.
/// </summary>
public sealed record GetContactForm(Guid? CompanyId = null) : IQuery<IReadOnlyList<AccountChoice>>, IAllowed
{
    public Roles Allowed => Roles.CustomerAdmin | Roles.ProviderAdmin;
}

public sealed class GetContactFormHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetContactForm, IReadOnlyList<AccountChoice>>
{
    public async ValueTask<IReadOnlyList<AccountChoice>> Handle(GetContactForm query, CancellationToken cancellationToken)
    {
        var companyId = await ContactAdmin.CompanyToManageAsync(db, user, query.CompanyId, cancellationToken);
        return await db.CustomerAccounts.AsNoTracking().Where(a => a.CompanyId == companyId).OrderBy(a => a.Number)
            .Select(a => new AccountChoice(a.Id, a.Number, a.DisplayName)).ToListAsync(cancellationToken);
    }
}
