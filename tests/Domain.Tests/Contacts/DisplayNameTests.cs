using Portal.Domain.Common;
using Portal.Domain.Contacts;
using Portal.Domain.Tests.Builders;

namespace Portal.Domain.Tests.Contacts;

public sealed class DisplayNameTests
{
    [Fact, Trait("Req", "UI-3")]
    public void A_Japanese_speaking_contact_is_named_family_name_first() =>
        Assert.Equal("山田 太郎", AContact.Of().DisplayName);

    [Fact, Trait("Req", "UI-3")]
    public void An_English_speaking_contact_is_named_given_name_first()
    {
        var contact = AContact.Of();
        contact.UpdateProfile(new ContactProfile("Emily", "Clark", Language: Language.English), A.Now);
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
