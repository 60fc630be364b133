using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Admin.Queries.GetContact;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;

namespace Portal.Application.Admin.Queries.GetContactForm;

/// <summary>ADM-2: what the create form offers: the customer numbers the admin sees (its own company's, TEN-1).</summary>
public sealed record GetContactForm : IQuery<IReadOnlyList<AccountChoice>>, IAllowed
{
    public Roles Allowed => Roles.CustomerAdmin;
}

public sealed class GetContactFormHandler(IApplicationDbContext db) : IQueryHandler<GetContactForm, IReadOnlyList<AccountChoice>>
{
    public async ValueTask<IReadOnlyList<AccountChoice>> Handle(GetContactForm query, CancellationToken cancellationToken) =>
        await db.CustomerAccounts.AsNoTracking().OrderBy(a => a.Number)
            .Select(a => new AccountChoice(a.Id, a.Number, a.DisplayName)).ToListAsync(cancellationToken);
}
