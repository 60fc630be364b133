using Portal.Domain.Common;
using Portal.Domain.Contacts;
using Portal.Domain.Tests.Builders;

namespace Portal.Domain.Tests.Contacts;

public sealed class DisplayNameTests
{
    [Fact, Trait("Req", "UI-3")]
    public void A_name_in_Japanese_script_is_written_family_name_first() =>
        Assert.Equal("山田 太郎", AContact.Of().DisplayName);

    [Fact, Trait("Req", "UI-3")]
    public void A_name_in_Japanese_script_stays_family_name_first_in_the_English_UI()
    {
        var contact = AContact.Of();
        contact.UpdateProfile(new ContactProfile("太郎", "山田", Language: Language.English), A.Now);
        Assert.Equal("山田 太郎", contact.DisplayName);
    }

    [Fact, Trait("Req", "UI-3")]
    public void A_name_in_Latin_script_is_written_given_name_first()
    {
        var contact = AContact.Of();
        contact.UpdateProfile(new ContactProfile("Emily", "Clark"), A.Now);
        Assert.Equal("Emily Clark", contact.DisplayName);
    }

    [Fact, Trait("Req", "UI-3")]
    public void A_contact_without_a_given_name_is_named_by_the_family_name_alone()
    {
        var contact = AContact.Of();
        contact.UpdateProfile(new ContactProfile(null, "Clark", Language: Language.English), A.Now);
        Assert.Equal("Clark", contact.DisplayName);
    }
}
