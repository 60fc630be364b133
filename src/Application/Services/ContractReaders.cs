using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.Companies;

namespace Portal.Application.Services;

/// <summary>A contract with its customer number, service and contractor name.</summary>
internal sealed class ContractJoin
{
    public required Contract Contract { get; init; }

    public required CustomerAccount Account { get; init; }

    public required Service Service { get; init; }

    /// <summary>ご契約者名: the name the provider gave the customer number from the application form, else the company's.</summary>
    public required string Contractor { get; init; }
}

/// <summary>SVC-1: who reads service settings, and the module's one read projection of them.</summary>
internal static class ContractReaders
{
    /// <summary>Customers and their admins (their linked numbers), agents and provider admins (all).</summary>
    public const Roles Allowed = Roles.Customers | Roles.Staff;

    /// <summary>
    /// Every set goes through its named filter ("Tenant" for accounts and contracts, "Company" for companies): a
    /// customer's join holds its linked customer numbers only, and never adds a row the caller may not see.
    /// </summary>
    public static IQueryable<ContractJoin> Join(IApplicationDbContext db) =>
        from c in db.Contracts
        join a in db.CustomerAccounts on c.CustomerAccountId equals a.Id
        join company in db.Companies on a.CompanyId equals company.Id
        join s in db.Services on a.ServiceId equals s.Id
        select new ContractJoin { Contract = c, Account = a, Service = s, Contractor = a.DisplayName ?? company.Name };
}
