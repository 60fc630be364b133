using Portal.Domain.Contacts;

namespace Portal.Domain.Tests.Contacts;

[Trait("Req", "ADM-2")]
public class SuggestedUserIdTests
{
    [Fact]
    public void A_short_email_gets_dot_fm_appended() =>
        Assert.Equal("taro@ntt.com.fm", Contact.SuggestedUserId("taro@ntt.com"));

    [Fact]
    public void An_email_of_exactly_37_characters_gives_exactly_40()
    {
        var email = new string('a', 28) + "@ntt.test"; // 37

        Assert.Equal(email + ".fm", Contact.SuggestedUserId(email));
        Assert.Equal(Contact.UserIdMax, Contact.SuggestedUserId(email).Length);
    }

    [Theory]
    [InlineData(38)]
    [InlineData(45)]
    [InlineData(60)]
    public void A_longer_email_is_cut_to_its_first_37_characters(int length)
    {
        var email = "user." + new string('x', length - 5 - 9) + "@ntt.test";

        var suggested = Contact.SuggestedUserId(email);

        Assert.Equal(email[..37] + ".fm", suggested);
        Assert.Equal(40, suggested.Length);
    }

    [Fact]
    public void A_45_character_email_keeps_its_first_37_characters()
    {
        const string email = "hanako.yamada.information.systems@ntt.co.jp"; // 43
        var longer = "xy" + email; // 45

        Assert.Equal(45, longer.Length);
        Assert.Equal("xyhanako.yamada.information.systems@n.fm", Contact.SuggestedUserId(longer));
    }

    [Fact, Trait("Req", "ADM-3")]
    public void A_user_id_of_40_characters_is_valid_and_one_of_41_is_not()
    {
        var forty = new string('a', 31) + "@ntt.fm.x"; // 40

        Assert.True(Contact.IsValidUserId(forty));
        Assert.False(Contact.IsValidUserId(forty + "x"));
        Assert.Equal(Contact.UserIdMax + 1, (forty + "x").Length);
    }
}
