using Portal.Domain.Common;
using Portal.Domain.Contacts;
using Portal.Domain.Contacts.Events;
using Portal.Domain.Tests.Builders;

namespace Portal.Domain.Tests.Contacts;

public class ContactTests
{
    [Fact]
    [Trait("Req", "TEN-1")]
    public void A_contact_is_linked_only_to_accounts_of_its_company()
    {
        var contact = AContact.Of();
        var own = A.Account();

        contact.LinkAccount(own.Id, own.CompanyId, A.Now);
        var ex = A.Refusal(() => contact.LinkAccount(Guid.CreateVersion7(), Guid.CreateVersion7(), A.Now));

        Assert.Equal("Contact.AccountOfOtherCompany", ex.Code);
        Assert.True(contact.IsLinkedTo(own.Id));
        Assert.Single(contact.Accounts);
    }

    [Fact]
    [Trait("Req", "TEN-1")]
    public void Linking_twice_or_unlinking_an_unlinked_account_is_refused()
    {
        var contact = AContact.Of();
        var account = A.Account();
        contact.LinkAccount(account.Id, account.CompanyId, A.Now);

        Assert.Equal("Contact.AccountAlreadyLinked", A.Refusal(() => contact.LinkAccount(account.Id, account.CompanyId, A.Now)).Code);
        contact.UnlinkAccount(account.Id, A.Now);
        Assert.Equal("Contact.AccountNotLinked", A.Refusal(() => contact.UnlinkAccount(account.Id, A.Now)).Code);
    }

    [Fact]
    [Trait("Req", "TEN-1")]
    public void Provider_staff_link_no_customer_accounts()
    {
        var agent = AContact.Of(ContactRole.Agent);

        Assert.Equal("Contact.AccountOfOtherCompany", A.Refusal(() => agent.LinkAccount(Guid.CreateVersion7(), A.Company.Id, A.Now)).Code);
    }

    [Theory]
    [Trait("Req", "AUTH-1")]
    [InlineData("")]
    [InlineData("has space@example.com")]
    [InlineData("12345678901234567890123456789012345678901")]
    [InlineData("名前@example.com")]
    public void Invalid_user_ids_are_refused(string userId)
    {
        var contact = AContact.Of();

        Assert.Equal("Contact.InvalidUserId", A.Refusal(() => contact.ChangeUserId(userId, A.Now)).Code);
    }

    [Fact]
    [Trait("Req", "ADM-3")]
    public void Changing_the_user_id_updates_the_normalized_id_and_raises_an_event()
    {
        var contact = AContact.Of();

        contact.ChangeUserId("Hanako.Sato@example.com.fm", A.Now);

        Assert.Equal(("Hanako.Sato@example.com.fm", "HANAKO.SATO@EXAMPLE.COM.FM"), (contact.UserId, contact.NormalizedUserId));
        Assert.IsType<ContactUserIdChanged>(contact.DomainEvents[^1]);
    }

    [Theory]
    [Trait("Req", "ADM-4")]
    [InlineData(ContactRole.Customer)]
    [InlineData(ContactRole.Agent)]
    public void Roles_fit_the_company(ContactRole role)
    {
        Guid? wrongCompany = role == ContactRole.Agent ? A.Company.Id : null;

        var ex = A.Refusal(() => Contact.Create(wrongCompany, "x@example.com.fm", "x@example.com",
            new ContactProfile(null, "X"), role, false, A.Now));

        Assert.Equal("Contact.RoleCompanyMismatch", ex.Code);
    }

    [Fact]
    [Trait("Req", "ADM-4")]
    public void The_last_active_admin_cannot_disable_or_demote_itself()
    {
        var admin = AContact.Of(ContactRole.CustomerAdmin);

        Assert.Equal("Contact.LastActiveAdmin", A.Refusal(() => admin.Disable(admin.Id, 0, A.Now)).Code);
        Assert.Equal("Contact.LastActiveAdmin", A.Refusal(() => admin.SetRole(ContactRole.Customer, admin.Id, 0, A.Now)).Code);
        Assert.True(admin.IsActive);
        Assert.Equal(ContactRole.CustomerAdmin, admin.Role);
    }

    [Fact]
    [Trait("Req", "ADM-4")]
    public void An_admin_with_another_active_admin_may_demote_itself()
    {
        var admin = AContact.Of(ContactRole.CustomerAdmin);

        admin.SetRole(ContactRole.Customer, admin.Id, 1, A.Now);

        Assert.Equal(ContactRole.Customer, admin.Role);
    }

    [Fact]
    [Trait("Req", "ADM-3")]
    public void Another_admin_or_the_provider_may_disable_the_last_admin()
    {
        var admin = AContact.Of(ContactRole.CustomerAdmin);

        admin.Disable(Guid.CreateVersion7(), 0, A.Now);

        Assert.False(admin.IsActive);
        Assert.IsType<ContactDisabled>(admin.DomainEvents[^1]);
    }

    [Fact]
    [Trait("Req", "ADM-3")]
    public void Disabling_or_enabling_twice_is_refused()
    {
        var contact = AContact.Of();

        Assert.Equal("Contact.AlreadyEnabled", A.Refusal(() => contact.Enable(A.Now)).Code);
        contact.Disable(Guid.CreateVersion7(), 0, A.Now);
        Assert.Equal("Contact.AlreadyDisabled", A.Refusal(() => contact.Disable(Guid.CreateVersion7(), 0, A.Now)).Code);
    }

    [Fact]
    [Trait("Req", "PROF-1")]
    public void An_email_change_takes_effect_at_once()
    {
        var contact = AContact.Of();

        contact.ChangeEmail("new@example.com", A.Now.AddDays(1));

        Assert.Equal("new@example.com", contact.Email);
        var changed = Assert.IsType<ContactEmailChanged>(contact.DomainEvents[^1]);
        Assert.Equal(("taro@example.com", "new@example.com"), (changed.OldEmail, changed.NewEmail));
        Assert.Equal("Contact.InvalidEmail", A.Refusal(() => contact.ChangeEmail("not-an-email", A.Now)).Code);
    }

    [Fact]
    [Trait("Req", "UI-3")]
    public void A_new_contact_speaks_japanese_in_tokyo_time_by_default()
    {
        var contact = AContact.Of();

        Assert.Equal((Language.Japanese, "Asia/Tokyo"), (contact.Language, contact.TimeZone));
        Assert.Equal("ja", contact.Language.ToCode());
        Assert.Equal(Language.English, LanguageCodes.FromCode("en"));
    }
}
