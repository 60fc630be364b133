using Microsoft.EntityFrameworkCore;
using Portal.Application.Account.Commands.SignIn;
using Portal.Application.Admin.Commands.OnboardCompany;
using Portal.Application.Admin.Companies;
using Portal.Application.Admin.Queries.GetCompany;
using Portal.Application.Admin.Queries.GetContactForm;
using Portal.Application.Admin.Queries.ListCompanies;
using Portal.Application.Admin.Queries.ListContacts;
using Portal.Application.Common.Exceptions;
using Portal.Application.Tests.Account;
using Portal.Application.Tests.Account.Passwords;
using Portal.Application.Tests.Support;
using Portal.Domain.Common;
using Portal.Domain.Companies;
using Portal.Domain.Contacts;
using Portal.Infrastructure.Persistence;
using Portal.Infrastructure.Seeding;

namespace Portal.Application.Tests.Admin;

/// <summary>
/// AGT-3 (開通): a provider admin opens the service for a new customer in one step, the company, its customer numbers
/// with their contracts and its first admin, who is told by mail; a refused onboarding leaves nothing behind.
/// </summary>
[Trait("Req", "AGT-3")]
public sealed class OnboardCompanyTests
{
    private const string N1 = "C000012345";
    private const string N2 = "C000012346";
    private const string N3 = "D000000001";

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Onboarding_creates_the_company_its_numbers_with_contracts_and_a_first_admin_of_every_number(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        await app.SignedInAs(DemoAccounts.ProviderAdmin);

        var id = await app.Send(await ProviderConsole.OnboardingAsync(app, N1, N2, N3));

        var page = await app.Send(new GetCompany(id));
        Assert.Equal((ProviderConsole.Name, ProviderConsole.NameKana, 1, 1), (page.Name, page.NameKana, page.Contacts, page.ActiveAdmins));
        Assert.Equal([(N1, 250, ProviderConsole.Cid(1).ToUpperInvariant()), (N2, 250, ProviderConsole.Cid(2).ToUpperInvariant()),
            (N3, 250, ProviderConsole.Cid(3).ToUpperInvariant())], ProviderConsole.Numbers(page));
        Assert.All(page.Accounts, a => Assert.Equal((new DateOnly(2026, 12, 1), "Falcon for Mobile", "TEST-LOGISTICS", true),
            (a.StartDate, a.LicenceType, a.CrowdStrikeCustomerName, a.IsActive)));
        Assert.Equal([N1, N2, N3], Assert.Single((await app.Send(new ListCompanies(N1))).Items).Numbers);

        var admin = Assert.Single((await app.Send(new ListContacts(CompanyId: id))).Items);
        Assert.Equal((ProviderConsole.AdminUserId, ProviderConsole.AdminEmail, ContactRole.CustomerAdmin, true),
            (admin.UserId, admin.Email, admin.Role, admin.IsActive));
        var linked = await app.InScopeAsync(sp => sp.Db().Contacts.Where(c => c.Id == admin.Id)
            .SelectMany(c => c.Accounts.Select(a => a.CustomerAccountId)).ToListAsync());
        Assert.Equal(page.Accounts.Select(a => a.Id).Order(), linked.Order());
        var mail = Assert.Single(await Resets.MailsAsync(app));
        Assert.Equal((ProviderConsole.AdminEmail, "カスタマーポータルのアカウントが作成されました"), (mail.To, mail.Subject));
        Assert.Contains($"ユーザーID: {ProviderConsole.AdminUserId}", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact, Trait("Req", "UI-3")]
    public async Task An_English_first_admin_gets_the_activation_mail_in_English()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(DemoAccounts.ProviderAdmin);
        var form = await ProviderConsole.OnboardingAsync(app, N1);

        await app.Send(form with { Admin = ProviderConsole.Admin("oliver.grant@example.com", Language.English) });

        var mail = Assert.Single(await Resets.MailsAsync(app));
        Assert.Equal(("oliver.grant@example.com", "Your customer portal account was created"), (mail.To, mail.Subject));
        Assert.Contains("User ID: oliver.grant@example.com.fm", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("culture=en", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact, Trait("Req", "AUTH-4")]
    public async Task The_first_admin_sets_its_password_and_manages_the_new_companys_numbers_only()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(DemoAccounts.ProviderAdmin);
        await app.Send(await ProviderConsole.OnboardingAsync(app, N1, N2));

        await Resets.Request(app, ProviderConsole.AdminUserId, ProviderConsole.AdminEmail);
        var reset = Assert.Single(await Resets.MailsAsync(app), m => m.Subject == "パスワードのリセット");
        await app.Anonymous().Send(Resets.ResetWith(Resets.LinkIn(reset.TextBody), PasswordPolicyTests.Twelve));

        Assert.Equal(SignInOutcome.SignedIn, await Contacts.SignInAsync(app, ProviderConsole.AdminUserId, PasswordPolicyTests.Twelve));
        await app.SignedInAs(ProviderConsole.AdminUserId);
        Assert.Equal([N1, N2], (await app.Send(new GetContactForm())).Select(a => a.Number));
        Assert.Equal([ProviderConsole.AdminUserId], (await app.Send(new ListContacts())).Items.Select(c => c.UserId));
    }

    public static TheoryData<string> Collisions =>
    [
        "another company's number", "another company's number in lower case", "a number twice in the form",
        "another contract's CID", "another contract's CID in lower case with spaces", "a CID twice in the form",
        "another company's user ID", "another company's user ID in capitals", "a staff member's user ID",
    ];

    /// <summary>The form's second number (or the admin's user ID) collides: the field is named, and no part of the company is stored.</summary>
    [Theory]
    [MemberData(nameof(Collisions))]
    public async Task A_taken_number_CID_or_user_id_refuses_the_whole_onboarding_and_stores_nothing(string collision)
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(DemoAccounts.ProviderAdmin);
        var form = await ProviderConsole.OnboardingAsync(app, N1, N2, N3);
        var service = await ProviderConsole.ServiceIdAsync(app);
        var cidOfA1 = await ProviderConsole.CidOfAsync(app, Demo.A1);
        var (spoiled, at, code) = collision switch
        {
            "another company's number" => (Second(form, form.Accounts[1] with { Number = Demo.B1 }), "Accounts[1].Number", "CustomerNumber.Taken"),
            "another company's number in lower case" =>
                (Second(form, form.Accounts[1] with { Number = " " + Demo.A1.ToLowerInvariant() }), "Accounts[1].Number", "CustomerNumber.Taken"),
            "a number twice in the form" => (Second(form, form.Accounts[1] with { Number = N1.ToLowerInvariant() }), "Accounts[1].Number", "CustomerNumber.Taken"),
            "another contract's CID" => (Second(form, form.Accounts[1] with { CrowdStrikeCid = cidOfA1 }), "Accounts[1].CrowdStrikeCid", "Cid.Taken"),
            "another contract's CID in lower case with spaces" =>
                (Second(form, form.Accounts[1] with { CrowdStrikeCid = $" {cidOfA1.ToLowerInvariant()} " }), "Accounts[1].CrowdStrikeCid", "Cid.Taken"),
            "a CID twice in the form" =>
                (Second(form, ProviderConsole.Account(service, N2, ProviderConsole.Cid(1).ToUpperInvariant())), "Accounts[1].CrowdStrikeCid", "Cid.Taken"),
            "another company's user ID" => (form with { Admin = form.Admin with { UserId = Demo.CustomerB } }, "Admin.UserId", "UserId.Taken"),
            "another company's user ID in capitals" =>
                (form with { Admin = form.Admin with { UserId = Demo.CustomerB.ToUpperInvariant() } }, "Admin.UserId", "UserId.Taken"),
            "a staff member's user ID" => (form with { Admin = form.Admin with { UserId = Demo.Agent } }, "Admin.UserId", "UserId.Taken"),
            _ => throw new ArgumentOutOfRangeException(nameof(collision), collision, null),
        };
        var before = await DemoWorld.CountAsync(app);

        Assert.Equal((at, code), await ProviderConsole.FieldErrorAsync(() => app.Send(spoiled)));

        await NothingStoredAsync(app, before);
    }

    [Theory]
    [InlineData(0, "C000012345", "Accounts", "Accounts.None")]
    [InlineData(21, "C000012345", "Accounts", "Accounts.TooMany")]
    [InlineData(1, "C00001234", "Accounts[0].Number", "CustomerNumber.Format")]
    [InlineData(1, "12345", "Accounts[0].Number", "CustomerNumber.Format")]
    [InlineData(1, "CC00001234", "Accounts[0].Number", "CustomerNumber.Format")]
    public async Task No_number_too_many_numbers_or_a_malformed_number_is_a_field_error_and_stores_nothing(int count, string first, string at,
        string code)
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(DemoAccounts.ProviderAdmin);
        var numbers = Enumerable.Range(0, count).Select(i => i == 0 ? first : $"E{i:D9}").ToArray();
        var form = await ProviderConsole.OnboardingAsync(app, numbers);
        var before = await DemoWorld.CountAsync(app);

        Assert.Equal((at, code), await ProviderConsole.FieldErrorAsync(() => app.Send(form)));

        await NothingStoredAsync(app, before);
    }

    [Fact]
    public async Task Twenty_numbers_are_opened_at_once()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(DemoAccounts.ProviderAdmin);
        var numbers = Enumerable.Range(1, OnboardCompany.AccountsMax).Select(i => $"E{i:D9}").ToArray();

        var id = await app.Send(await ProviderConsole.OnboardingAsync(app, numbers));

        Assert.Equal(numbers, (await app.Send(new GetCompany(id))).Accounts.Select(a => a.Number));
    }

    /// <summary>
    /// The number taken by another transaction not yet committed: on SQLite the onboarding waits for the lock and then
    /// finds it taken; on PostgreSQL its check finds it free and the unique index refuses it. Either way the provider
    /// admin sees the field error and neither the company nor its admin is stored.
    /// </summary>
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task An_onboarding_racing_an_uncommitted_taker_of_its_number_is_refused_and_stores_nothing(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        await app.SignedInAs(DemoAccounts.ProviderAdmin);
        var form = await ProviderConsole.OnboardingAsync(app, N1, N2);
        var companyB = await ProviderConsole.CompanyIdAsync(app, Demo.B1);
        var before = await DemoWorld.CountAsync(app);

        await using var taker = app.CreateSystemScope();
        var db = taker.ServiceProvider.Db();
        var ct = TestContext.Current.CancellationToken;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var account = CustomerAccount.Create(companyB, N2, form.Accounts[1].ServiceId);
        db.CustomerAccounts.Add(account);
        db.Contracts.Add(Contract.Create(account.Id, new DateOnly(2026, 12, 1), "Falcon for Mobile", 10, "EXAMPLE-TRADING-HK",
            ProviderConsole.Cid(99)));
        await db.SaveChangesAsync(ct);

        // On a thread of its own: SQLite's driver waits for the lock synchronously.
        var onboarding = Task.Run(() => ProviderConsole.FieldErrorAsync(() => app.Send(form)), ct);
        if (await Task.WhenAny(onboarding, Task.Delay(TimeSpan.FromMilliseconds(500), ct)) == onboarding)
            Assert.Fail($"the onboarding did not wait for the taker's transaction: {await onboarding}");
        await transaction.CommitAsync(ct);

        Assert.Equal(("Accounts[1].Number", "CustomerNumber.Taken"), await onboarding);
        Assert.Equal(before with { CustomerAccounts = before.CustomerAccounts + 1 }, await DemoWorld.CountAsync(app));
        Assert.Empty((await app.Send(new ListCompanies(ProviderConsole.Name))).Items);
        Assert.Empty(await Resets.MailsAsync(app));
    }

    [Theory, Trait("Req", "TEN-1")]
    [ClassData(typeof(NotProviderAdmins))]
    public async Task A_customer_admin_a_customer_and_an_agent_cannot_onboard_a_company(string userId)
    {
        await using var app = await PortalApp.StartAsync();
        var form = await ProviderConsole.OnboardingAsync(app, N1);
        await app.SignedInAs(userId);
        var before = await DemoWorld.CountAsync(app);

        await Assert.ThrowsAsync<ForbiddenAccessException>(async () => await app.Send(form));

        await NothingStoredAsync(app, before);
    }

    private static OnboardCompany Second(OnboardCompany form, NewAccount second) =>
        form with { Accounts = [form.Accounts[0], second, form.Accounts[2]] };

    private static async Task NothingStoredAsync(PortalApp app, DemoWorld before)
    {
        Assert.Equal(before, await DemoWorld.CountAsync(app));
        Assert.Empty(await Resets.MailsAsync(app));
        Assert.False(await app.InScopeAsync(sp => sp.Db().Companies.AnyAsync(c => c.Name == ProviderConsole.Name)));
        Assert.False(await app.InScopeAsync(sp => sp.Db().Contacts.AnyAsync(c => c.Email == ProviderConsole.AdminEmail)));
    }
}
