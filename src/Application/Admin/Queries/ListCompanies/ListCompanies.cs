using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Models;
using Portal.Application.Common.Security;

namespace Portal.Application.Admin.Queries.ListCompanies;

/// <summary>One customer company in the provider console, with its customer numbers.</summary>
public sealed record CompanyRow(Guid Id, string Name, string? NameKana, IReadOnlyList<string> Numbers, int Contacts);

/// <summary>AGT-3: the customer companies, searched by name, reading or customer number, paged by name.</summary>
public sealed record ListCompanies(string? Query = null, int Page = 1) : IQuery<Paged<CompanyRow>>, IAllowed
{
    public const int PageSize = 20;
    public const int QueryMax = 100;

    public Roles Allowed => Roles.ProviderAdmin;
}

public sealed class ListCompaniesHandler(IApplicationDbContext db) : IQueryHandler<ListCompanies, Paged<CompanyRow>>
{
    public async ValueTask<Paged<CompanyRow>> Handle(ListCompanies query, CancellationToken cancellationToken)
    {
        var companies = db.Companies.AsNoTracking().Where(c => !c.IsProvider);
        if (query.Query?.Trim() is { Length: > 0 } words)
        {
            foreach (var word in words[..Math.Min(words.Length, ListCompanies.QueryMax)].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var upper = word.ToUpperInvariant();
                companies = companies.Where(c => c.Name.Contains(word) || (c.NameKana != null && c.NameKana.Contains(word))
                    || db.CustomerAccounts.Any(a => a.CompanyId == c.Id && a.Number.Contains(upper)));
            }
        }

        var total = await companies.CountAsync(cancellationToken);
        var page = Math.Clamp(query.Page, 1, Math.Max(1, (total + ListCompanies.PageSize - 1) / ListCompanies.PageSize));
        var rows = await companies.OrderBy(c => c.Name).ThenBy(c => c.Id)
            .Skip((page - 1) * ListCompanies.PageSize).Take(ListCompanies.PageSize)
            .Select(c => new
            {
                c.Id,
                c.Name,
                c.NameKana,
                Numbers = db.CustomerAccounts.Where(a => a.CompanyId == c.Id).OrderBy(a => a.Number).Select(a => a.Number).ToList(),
                Contacts = db.Contacts.Count(x => x.CompanyId == c.Id),
            })
            .ToListAsync(cancellationToken);
        return new Paged<CompanyRow>([.. rows.Select(r => new CompanyRow(r.Id, r.Name, r.NameKana, r.Numbers, r.Contacts))], total, page,
            ListCompanies.PageSize);
    }
}
