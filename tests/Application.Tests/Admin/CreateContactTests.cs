using Microsoft.EntityFrameworkCore;
using Portal.Application.Account.Commands.SignIn;
using Portal.Application.Admin.Commands.CreateContact;
using Portal.Application.Admin.Commands.UpdateContact;
using Portal.Application.Admin.Queries.GetContact;
using Portal.Application.Admin.Queries.GetContactForm;
using Portal.Application.Admin.Queries.ListContacts;
using Portal.Application.Tests.Account;
using Portal.Application.Tests.Account.Passwords;
using Portal.Application.Tests.Support;
using Portal.Domain.Common;
using Portal.Domain.Contacts;

namespace Portal.Application.Tests.Admin;

/// <summary>ADM-2: an admin creates a contact of its company; the new user is told by mail and sets its password through AUTH-4.</summary>
[Trait("Req", "ADM-2")]
public sealed class CreateContactTests
{
    private const string Email = "ichiro.tanaka@example.com";

    [Fact]
    public async Task A_new_contact_is_listed_and_gets_a_Japanese_activation_mail_with_its_user_id()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.AdminA);
        var a3 = await Contacts.AccountIdAsync(app, Demo.A3);

        var id = await app.Send(Contacts.New(Email, [a3]));

        var row = Assert.Single((await app.Send(new ListContacts(Query: "ichiro"))).Items);
        Assert.Equal((id, "田中 一郎", "ichiro.tanaka@example.com.fm", Email, ContactRole.Customer, true),
            (row.Id, row.Name, row.UserId, row.Email, row.Role, row.IsActive));
        var page = await app.Send(new GetContact(id));
        Assert.Equal(a3, Assert.Single(page.LinkedAccountIds));
        Assert.Equal(("03-1234-5678", "Asia/Tokyo", false), (page.PhoneBusiness, page.TimeZone, page.IsLocked));
        var mail = Assert.Single(await Resets.MailsAsync(app));
        Assert.Equal((Email, "カスタマーポータルのアカウントが作成されました"), (mail.To, mail.Subject));
        Assert.Contains("ユーザーID: ichiro.tanaka@example.com.fm", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Account/Forgot?userId=ichiro.tanaka%40example.com.fm", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact, Trait("Req", "UI-3")]
    public async Task An_English_contact_gets_the_activation_mail_in_English()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.AdminA);

        await app.Send(Contacts.New("oliver.grant@example.com", [await Contacts.AccountIdAsync(app, Demo.A1)], Language.English));

        var mail = Assert.Single(await Resets.MailsAsync(app));
        Assert.Equal(("oliver.grant@example.com", "Your customer portal account was created"), (mail.To, mail.Subject));
        Assert.Contains("User ID: oliver.grant@example.com.fm", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact, Trait("Req", "AUTH-4")]
    public async Task The_new_user_sets_its_password_through_the_reset_flow_and_signs_in()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.AdminA);
        var id = await app.Send(Contacts.New(Email, [await Contacts.AccountIdAsync(app, Demo.A3)]));
        const string userId = "ichiro.tanaka@example.com.fm";
        Assert.Equal(SignInOutcome.Refused, await Contacts.SignInAsync(app, userId, PasswordPolicyTests.Twelve)); // no password yet

        await Resets.Request(app, userId, Email);

        var reset = Assert.Single(await Resets.MailsAsync(app), m => m.Subject == "パスワードのリセット");
        var link = Resets.LinkIn(reset.TextBody);
        Assert.Equal(id, link.ContactId);
        Assert.Equal(["LinkIssued"], (await Resets.HistoryAsync(app, userId)).Select(h => h.Detail));
        await app.Anonymous().Send(Resets.ResetWith(link, PasswordPolicyTests.Twelve));
        Assert.Equal(SignInOutcome.SignedIn, await Contacts.SignInAsync(app, userId, PasswordPolicyTests.Twelve));
    }

    [Fact]
    public async Task An_admin_created_contact_is_an_admin_of_the_company()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.AdminA);
        var accounts = (await app.Send(new GetContactForm())).Select(a => a.Id).ToList();

        var id = await app.Send(Contacts.New(Email, accounts) with { IsAdmin = true, EmailMfaEnabled = true });

        var page = await app.Send(new GetContact(id));
        Assert.Equal((ContactRole.CustomerAdmin, true), (page.Role, page.EmailMfaEnabled));
        Assert.Equal(accounts.Order(), page.LinkedAccountIds.Order());
    }

    [Fact, Trait("Req", "TEN-1")]
    public async Task The_form_offers_the_customer_numbers_of_the_admins_company_only()
    {
        await using var app = await PortalApp.StartAsync();

        var form = await (await app.SignedInAs(Demo.AdminA)).Send(new GetContactForm());

        Assert.Equal([Demo.A1, Demo.A2, Demo.A3], form.Select(a => a.Number));
    }

    [Fact]
    public async Task A_form_without_a_last_name_email_or_customer_number_stores_nothing()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.AdminA);
        var before = await DemoWorld.CountAsync(app);

        var refused = await Assert.ThrowsAsync<FluentValidation.ValidationException>(async () =>
            await app.Send(Contacts.New("not-an-email", []) with { LastName = " " }));

        Assert.Equal([nameof(CreateContact.LastName), nameof(CreateContact.Email), nameof(CreateContact.AccountIds)],
            refused.Errors.Select(e => e.PropertyName).Distinct());
        Assert.Equal(before, await DemoWorld.CountAsync(app));
        Assert.False(await app.InScopeAsync(sp => sp.Db().Contacts.AnyAsync(c => c.Email == "not-an-email")));
    }
}
