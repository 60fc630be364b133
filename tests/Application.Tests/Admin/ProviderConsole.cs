using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Admin.Commands.OnboardCompany;
using Portal.Application.Admin.Commands.UpdateContract;
using Portal.Application.Admin.Companies;
using Portal.Application.Admin.Queries.GetCompany;
using Portal.Application.Admin.Queries.GetCustomerAccount;
using Portal.Application.Tests.Support;
using Portal.Domain.Common;
using Portal.Domain.Contacts;

namespace Portal.Application.Tests.Admin;

/// <summary>AGT-3 as a provider admin goes through the console: the onboarding form filled in, a company's page, a contract's form.</summary>
internal static class ProviderConsole
{
    public const string Name = "株式会社テスト物流";
    public const string NameKana = "カブシキガイシャテストブツリュウ";
    public const string AdminEmail = "jiro.takada@example.jp";
    public const string AdminUserId = "jiro.takada@example.jp.fm";

    /// <summary>The demo world's only service (Falcon Mobile).</summary>
    public static Task<Guid> ServiceIdAsync(PortalApp app) =>
        app.InScopeAsync(sp => sp.Db().Services.Select(s => s.Id).SingleAsync());

    /// <summary>A CID of its own for each <paramref name="n"/>, none of them the demo world's.</summary>
    public static string Cid(int n) => $"{n:x32}";

    public static NewAccount Account(Guid service, string number, string cid, string? displayName = null) =>
        new(number, displayName, service, new DateOnly(2026, 12, 1), "Falcon for Mobile", 250, "TEST-LOGISTICS", cid);

    /// <summary>The first admin's part of the form, with the suggested user ID unless another is typed.</summary>
    public static FirstAdmin Admin(string email = AdminEmail, Language language = Language.Japanese, string? userId = null) =>
        language == Language.English
            ? new("Oliver", "Grant", "IT", email, null, null, language, "Asia/Singapore", userId ?? Contact.SuggestedUserId(email))
            : new("二郎", "高田", "総務部", email, "03-5555-0100", null, language, "Asia/Tokyo", userId ?? Contact.SuggestedUserId(email));

    /// <summary>The onboarding form filled in for <see cref="Name"/> with these customer numbers, each with a CID of its own.</summary>
    public static async Task<OnboardCompany> OnboardingAsync(PortalApp app, params string[] numbers)
    {
        var service = await ServiceIdAsync(app);
        return new(Name, NameKana, [.. numbers.Select((number, i) => Account(service, number, Cid(i + 1)))], Admin());
    }

    public static Task<Guid> CompanyIdAsync(PortalApp app, string number) =>
        app.InScopeAsync(sp => sp.Db().CustomerAccounts.Where(a => a.Number == number).Select(a => a.CompanyId).SingleAsync());

    public static Task<Guid> ProviderCompanyIdAsync(PortalApp app) =>
        app.InScopeAsync(sp => sp.Db().Companies.Where(c => c.IsProvider).Select(c => c.Id).SingleAsync());

    public static Task<string> CidOfAsync(PortalApp app, string number) =>
        app.InScopeAsync(sp => sp.Db().Contracts
            .Where(c => sp.Db().CustomerAccounts.Any(a => a.Id == c.CustomerAccountId && a.Number == number))
            .Select(c => c.CrowdStrikeCid).SingleAsync());

    /// <summary>The contract form of <paramref name="number"/> as the signed-in provider admin opens it.</summary>
    public static async Task<CustomerAccountForm> ContractAsync(PortalApp app, string number) =>
        await app.Send(new GetCustomerAccount(await Contacts.AccountIdAsync(app, number)));

    /// <summary>The contract form saved unchanged unless the test changes fields.</summary>
    public static UpdateContract EditOf(CustomerAccountForm form) => new(form.Id, form.Version, form.AccountVersion, form.DisplayName,
        form.StartDate, form.LicenceType, form.ContractedIds, form.CrowdStrikeCustomerName, form.CrowdStrikeCid, form.Platform, form.EnrollmentMode, form.Notes);

    /// <summary>What the contract form shows of the stored data: unchanged after a refused change.</summary>
    public static (long, long, string?, DateOnly, string, int, string, string) Stored(CustomerAccountForm form) =>
        (form.Version, form.AccountVersion, form.DisplayName, form.StartDate, form.LicenceType, form.ContractedIds, form.CrowdStrikeCustomerName,
            form.CrowdStrikeCid);

    /// <summary>What the company page lists: each number with its contract's ID count and CID.</summary>
    public static List<(string Number, int? ContractedIds, string? Cid)> Numbers(CompanyDetail page) =>
        [.. page.Accounts.Select(a => (a.Number, a.ContractedIds, a.CrowdStrikeCid))];

    /// <summary>The one field error of a refused request: where the form shows it and its code.</summary>
    public static async Task<(string Property, string Code)> FieldErrorAsync(Func<Task> send)
    {
        var refused = await Assert.ThrowsAsync<ValidationException>(send);
        var error = Assert.Single(refused.Errors);
        return (error.PropertyName, error.ErrorCode);
    }
}
