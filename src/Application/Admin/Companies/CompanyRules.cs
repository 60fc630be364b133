using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Behaviours;
using Portal.Application.Common.Interfaces;
using Portal.Domain.Common;
using Portal.Domain.Companies;

namespace Portal.Application.Admin.Companies;

/// <summary>
/// AGT-3: the rules of new customer accounts that need the database: a customer number and a CID are each used once
/// in the whole portal, and the service exists. The unique indexes decide a race; these checks give the clear error.
/// </summary>
internal static class CompanyRules
{
    /// <param name="prefixOf">The form's name of the i-th account's fields, e.g. "Accounts[0]."</param>
    public static async Task EnsureNewAsync(IApplicationDbContext db, IReadOnlyList<NewAccount> accounts, Func<int, string> prefixOf,
        CancellationToken cancellationToken)
    {
        var numbers = accounts.Select(a => Number(a.Number)).ToList();
        var cids = accounts.Select(a => Cid(a.CrowdStrikeCid)).ToList();
        var serviceIds = accounts.Select(a => a.ServiceId).Distinct().ToList();
        var takenNumbers = await db.CustomerAccounts.Where(a => numbers.Contains(a.Number)).Select(a => a.Number).ToListAsync(cancellationToken);
        var takenCids = await db.Contracts.Where(c => cids.Contains(c.CrowdStrikeCid)).Select(c => c.CrowdStrikeCid).ToListAsync(cancellationToken);
        var services = await db.Services.Where(s => serviceIds.Contains(s.Id)).Select(s => s.Id).ToListAsync(cancellationToken);

        var failures = new List<ValidationFailure>();
        for (var i = 0; i < accounts.Count; i++)
        {
            var at = prefixOf(i);
            if (takenNumbers.Contains(numbers[i]) || numbers.IndexOf(numbers[i]) < i)
                failures.Add(Failure(at + nameof(NewAccount.Number), "CustomerNumber.Taken", numbers[i]));
            if (takenCids.Contains(cids[i]) || cids.IndexOf(cids[i]) < i)
                failures.Add(Failure(at + nameof(NewAccount.CrowdStrikeCid), "Cid.Taken", cids[i]));
            if (!services.Contains(accounts[i].ServiceId))
                failures.Add(Failure(at + nameof(NewAccount.ServiceId), "Service.Unknown"));
        }

        if (failures.Count > 0)
            throw new ValidationException(failures);
    }

    public static async Task EnsureCidFreeAsync(IApplicationDbContext db, string cid, Guid contractId, string property, CancellationToken cancellationToken)
    {
        var normalized = Cid(cid);
        if (await db.Contracts.AnyAsync(c => c.CrowdStrikeCid == normalized && c.Id != contractId, cancellationToken))
            throw new ValidationException([Failure(property, "Cid.Taken", normalized)]);
    }

    /// <summary>Creates the accounts and their contracts in <paramref name="company"/>.</summary>
    public static List<CustomerAccount> Add(IApplicationDbContext db, Company company, IReadOnlyList<NewAccount> accounts)
    {
        var created = new List<CustomerAccount>();
        foreach (var a in accounts)
        {
            var account = CustomerAccount.Create(company.Id, Number(a.Number), a.ServiceId, a.DisplayName);
            db.CustomerAccounts.Add(account);
            db.Contracts.Add(Contract.Create(account.Id, a.StartDate, a.LicenceType, a.ContractedIds, a.CrowdStrikeCustomerName, a.CrowdStrikeCid.Trim()));
            created.Add(account);
        }

        return created;
    }

    public static string Number(string number) => number.Trim().ToUpperInvariant();

    private static string Cid(string cid) => cid.Trim().ToUpperInvariant();

    private static ValidationFailure Failure(string property, string code, params object[] args) =>
        new(property, ValidationText.Get(code, args)) { ErrorCode = code };

    public static DomainRuleException ChangedMeanwhile() => Rule.Broken("Company.ChangedMeanwhile");

    public static DomainRuleException ContractChangedMeanwhile() => Rule.Broken("Contract.ChangedMeanwhile");
}
