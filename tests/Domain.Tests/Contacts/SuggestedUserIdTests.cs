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
    [InlineData(60)]
    public void A_longer_email_is_cut_to_its_first_37_characters(int length)
    {
        var email = "user." + new string('x', length - 5 - 9) + "@ntt.test";

        var suggested = Contact.SuggestedUserId(email);

        Assert.Equal(email[..37] + ".fm", suggested);
        Assert.Equal(40, suggested.Length);
    }
}
