using System.Globalization;
using System.Resources;
using FluentValidation;
using FluentValidation.Resources;

namespace Portal.Application.Common.Behaviours;

/// <summary>
/// UI-3: every validation message in natural Japanese and English with the field's display name
/// (「件名を入力してください。」), from Resources/ValidationText.resx instead of FluentValidation's own wording
/// (「'件名' は空であってはなりません。」). Keys are FluentValidation's validator names and the portal's error
/// codes (FluentValidation looks a rule's error code up first).
/// </summary>
internal sealed class ValidationText : LanguageManager
{
    private const string ValidatorSuffix = "Validator";

    private static readonly ResourceManager Resources = new("Portal.Application.Resources.ValidationText", typeof(ValidationText).Assembly);

    public static void UseForValidation() => ValidatorOptions.Global.LanguageManager = new ValidationText();

    /// <summary>A message of the portal's own (e.g. "Text.ControlCharacter"), formatted with <paramref name="args"/>.</summary>
    public static string Get(string key, params object?[] args) =>
        string.Format(CultureInfo.CurrentCulture, Template(key, CultureInfo.CurrentUICulture) ?? throw new InvalidOperationException($"Missing validation text {key}."), args);

    /// <summary>
    /// The template of a validator or error code. A validator without a template of its own gets the generic
    /// one, never FluentValidation's; an unknown error code gets null, so that the validator's template is used.
    /// </summary>
    public override string? GetString(string key, CultureInfo? culture = null)
    {
        var language = culture ?? CultureInfo.CurrentUICulture;
        return Template(key, language) ?? (key.EndsWith(ValidatorSuffix, StringComparison.Ordinal) ? Template("Other", language) : null);
    }

    private static string? Template(string key, CultureInfo culture) => Resources.GetString(key, culture);
}
