using System.Globalization;
using System.Resources;

namespace Portal.Application.Account.Passwords;

/// <summary>AUTH-3 messages in the user's language (Resources/PasswordText.resx, ja neutral, and .en).</summary>
public static class PasswordText
{
    private static readonly ResourceManager Resources = new("Portal.Application.Resources.PasswordText", typeof(PasswordText).Assembly);

    /// <summary>The message of a code (<see cref="PasswordPolicy.Code"/>, or "Password.Mismatch" …) in the current UI culture.</summary>
    public static string Get(string code) =>
        Resources.GetString(code, CultureInfo.CurrentUICulture) ?? throw new InvalidOperationException($"Missing password text {code}.");

    public static string Get(PasswordRule rule) => Get(PasswordPolicy.Code(rule));
}
