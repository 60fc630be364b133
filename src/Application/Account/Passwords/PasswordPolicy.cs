using System.Text.RegularExpressions;
using Zxcvbn.Matcher;

namespace Portal.Application.Account.Passwords;

/// <summary>
/// AUTH-3, the one place the password rules live: the validators of the commands and Identity's password
/// validator call <see cref="Check"/>; wwwroot/js/password-policy.js runs the same rules in the browser.
/// </summary>
public static partial class PasswordPolicy
{
    public const int MinLength = 12;
    public const int MaxLength = 40;
    public const string Symbols = "!@#$%&*?+-=";

    /// <summary>zxcvbn's score (0–4) a password needs: 3 is "good", about 10^8 guesses and more.</summary>
    public const int MinScore = 3;

    /// <summary>Keys next to each other (and digits in order), refused when 4 or more follow each other either way.</summary>
    public const int RunLength = 4;

    public static readonly IReadOnlyList<string> KeyboardRows = ["1234567890", "0123456789", "qwertyuiop", "asdfghjkl", "zxcvbnm"];

    // The matchers hold only the read-only word lists after construction (about 30 ms): one instance serves all.
    private static readonly Zxcvbn.Zxcvbn Estimator = new();

    /// <returns>The rules the password breaks, in checklist order; empty when it is acceptable.</returns>
    public static IReadOnlyList<PasswordRule> Check(string password, PasswordOwner owner)
    {
        List<PasswordRule> failed = [];
        Fail(failed, PasswordRule.MinLength, password.Length < MinLength);
        Fail(failed, PasswordRule.MaxLength, password.Length > MaxLength);
        Fail(failed, PasswordRule.Lowercase, !password.Any(char.IsAsciiLetterLower));
        Fail(failed, PasswordRule.Uppercase, !password.Any(char.IsAsciiLetterUpper));
        Fail(failed, PasswordRule.Digit, !password.Any(char.IsAsciiDigit));
        Fail(failed, PasswordRule.Symbol, !password.Any(Symbols.Contains));
        Fail(failed, PasswordRule.AllowedCharacters, !password.All(c => char.IsAsciiLetterOrDigit(c) || Symbols.Contains(c)));
        if (password.Length is 0 or > MaxLength)
            return failed; // the costly rules only for what could be a password: no work for an attacker's megabyte

        var lower = password.ToLowerInvariant();
        var forbidden = owner.ForbiddenParts();
        Fail(failed, PasswordRule.NoRepeats, RepeatedCharacter().IsMatch(password) || RepeatedBlock().IsMatch(password));
        Fail(failed, PasswordRule.NoKeyboardRun, HasKeyboardRun(lower));
        var estimate = Estimator.EvaluatePassword(password, forbidden);
        Fail(failed, PasswordRule.NoDictionaryWord, IsDecoratedWord(password, estimate.MatchSequence));
        Fail(failed, PasswordRule.NoPersonalInfo, forbidden.Any(part => lower.Contains(part, StringComparison.Ordinal)));
        Fail(failed, PasswordRule.Strong, estimate.Score < MinScore);
        return failed;
    }

    /// <summary>The code of a rule in validation failures and resources: "Password.MinLength".</summary>
    public static string Code(PasswordRule rule) => $"Password.{rule}";

    private static void Fail(List<PasswordRule> failed, PasswordRule rule, bool broken)
    {
        if (broken)
            failed.Add(rule);
    }

    private static bool HasKeyboardRun(string lower)
    {
        foreach (var row in KeyboardRows)
        {
            var reversed = new string([.. row.Reverse()]);
            for (var start = 0; start + RunLength <= row.Length; start++)
            {
                if (lower.Contains(row.AsSpan(start, RunLength), StringComparison.Ordinal)
                    || lower.Contains(reversed.AsSpan(start, RunLength), StringComparison.Ordinal))
                    return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Password123!", "P@ssw0rd2024!", "Sunflower2024!": every letter of the password lies in one and the
    /// same dictionary word (l33t and capitals included); the rest is digits and symbols.
    /// </summary>
    private static bool IsDecoratedWord(string password, IEnumerable<Zxcvbn.Match> matches)
    {
        var letters = Enumerable.Range(0, password.Length).Where(i => char.IsAsciiLetter(password[i])).ToList();
        if (letters.Count == 0)
            return false;
        var words = matches.OfType<DictionaryMatch>().Where(m => letters.Exists(i => i >= m.i && i <= m.j)).ToList();
        return words.Count == 1 && letters.TrueForAll(i => i >= words[0].i && i <= words[0].j);
    }

    /// <summary>One character four times or more in a row: "aaaa", "Aaaa", "1111".</summary>
    [GeneratedRegex(@"(.)\1{3,}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RepeatedCharacter();

    /// <summary>A block of two or more characters three times or more in a row: "Aa1!Aa1!Aa1!".</summary>
    [GeneratedRegex(@"(.{2,})\1{2,}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RepeatedBlock();
}
