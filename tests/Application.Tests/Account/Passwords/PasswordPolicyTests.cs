using Portal.Application.Account.Passwords;

namespace Portal.Application.Tests.Account.Passwords;

/// <summary>AUTH-3, each rule with passwords it accepts and refuses (no I/O: the policy is a pure function).</summary>
[Trait("Req", "AUTH-3")]
public class PasswordPolicyTests
{
    /// <summary>Exactly 12 and exactly 40 characters, strong otherwise.</summary>
    public const string Twelve = "Kx7#pL2m!Vq9";
    public const string Forty = "Xk9#mQ2vLp7!Zr5$wN8cTy3&Bh6*Qd4=Gs1+Jf0?";

    private static readonly PasswordOwner Tanaka = new("tanaka.ichiro@example.co.jp.fm", ["Ichiro", "Tanaka"]);

    [Fact]
    public void The_examples_have_the_lengths_they_claim() => Assert.Equal((12, 40), (Twelve.Length, Forty.Length));

    [Theory]
    [InlineData(Twelve)]
    [InlineData(Forty)]
    [InlineData("Blue-Ocean-Tiger-58!")]
    [InlineData("Tr0ub4dor&3xyz")]
    [InlineData("Correct-Horse-Battery-Staple-9")]
    [InlineData("Demo-Portal-2026!")] // the demo accounts' password (README) must itself be valid
    public void A_strong_password_of_12_to_40_allowed_characters_is_accepted(string password) =>
        Assert.Empty(PasswordPolicy.Check(password, Tanaka));

    [Theory]
    [InlineData("Kx7#pL2m!Vq", PasswordRule.MinLength)] // 11 characters
    [InlineData(Forty + "a", PasswordRule.MaxLength)] // 41 characters
    [InlineData("KX7#PL2M!VQ9", PasswordRule.Lowercase)]
    [InlineData("kx7#pl2m!vq9", PasswordRule.Uppercase)]
    [InlineData("Kxq#pLzm!Vqw", PasswordRule.Digit)]
    [InlineData("Kx7pL2mVq9Rt", PasswordRule.Symbol)]
    [InlineData("Kx7#pL2m!Vq9^", PasswordRule.AllowedCharacters)] // '^' is not one of !@#$%&*?+-=
    [InlineData("Kx7#pL2m.Vq9", PasswordRule.AllowedCharacters)]
    [InlineData("Kx7#pL2m Vq9", PasswordRule.AllowedCharacters)]
    [InlineData("Kx7#pL2m!Vq9é", PasswordRule.AllowedCharacters)] // ASCII only
    [InlineData("Aa1!Aa1!Aa1!", PasswordRule.NoRepeats)] // a group repeated
    [InlineData("Qwerty#8Lm2Zp", PasswordRule.NoKeyboardRun)]
    [InlineData("Zk12345#mPqW", PasswordRule.NoKeyboardRun)]
    [InlineData("Rt7!asdfGk2P", PasswordRule.NoKeyboardRun)]
    [InlineData("Hippopotamus#77", PasswordRule.NoDictionaryWord)]
    [InlineData("Ichiro!9Km2Rtq", PasswordRule.NoPersonalInfo)] // the first name, any case
    [InlineData("Zq8#Example-Wolf42", PasswordRule.NoPersonalInfo)] // a part of the user ID
    [InlineData("Monkey!Banana7Q", PasswordRule.Strong)] // zxcvbn: too easy to guess
    public void A_password_breaking_one_rule_is_refused_for_that_rule_alone(string password, PasswordRule rule) =>
        Assert.Equal([rule], PasswordPolicy.Check(password, Tanaka));

    [Fact]
    public void One_character_repeated_is_refused() =>
        Assert.Contains(PasswordRule.NoRepeats, PasswordPolicy.Check("Aaaaaaaaaaa1!", Tanaka));

    [Theory]
    [InlineData("Password123!")]
    [InlineData("P@ssw0rd2024!")] // l33t
    [InlineData("Sunflower2024!")]
    public void A_dictionary_word_with_digits_and_symbols_added_is_refused(string password)
    {
        var failed = PasswordPolicy.Check(password, Tanaka);

        Assert.Contains(PasswordRule.NoDictionaryWord, failed);
        Assert.Contains(PasswordRule.Strong, failed);
    }

    [Fact]
    public void The_whole_user_ID_inside_the_password_is_refused_whatever_its_case()
    {
        var owner = new PasswordOwner("ichiro2026", []);

        Assert.Equal([PasswordRule.NoPersonalInfo], PasswordPolicy.Check("Zq8#ICHIRO2026-wolf", owner));
        Assert.Empty(PasswordPolicy.Check("Zq8#Ichi-Wolf-2O26x", owner));
    }

    [Fact]
    public void Short_parts_of_the_user_ID_such_as_its_domain_do_not_count() =>
        Assert.Empty(PasswordPolicy.Check("Co-Jp!Fm#Kx7pL2", Tanaka));

    [Fact]
    public void An_empty_password_breaks_only_the_rules_it_can_be_judged_by() =>
        Assert.Equal([PasswordRule.MinLength, PasswordRule.Lowercase, PasswordRule.Uppercase, PasswordRule.Digit, PasswordRule.Symbol],
            PasswordPolicy.Check(string.Empty, Tanaka));

    [Fact]
    public void A_very_long_input_is_refused_for_its_length_without_running_the_strength_estimate()
    {
        var failed = PasswordPolicy.Check(new string('a', 100_000) + "A1!", Tanaka);

        Assert.Equal([PasswordRule.MaxLength], failed);
    }

    [Fact]
    public void Every_rule_has_a_message_in_Japanese_and_English()
    {
        foreach (var rule in Enum.GetValues<PasswordRule>())
        {
            Assert.False(string.IsNullOrEmpty(InCulture("ja-JP", () => PasswordText.Get(rule))));
            Assert.NotEqual(InCulture("ja-JP", () => PasswordText.Get(rule)), InCulture("en-US", () => PasswordText.Get(rule)));
        }
    }

    private static string InCulture(string culture, Func<string> text)
    {
        var before = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo(culture);
        try
        {
            return text();
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = before;
        }
    }
}
