namespace Portal.Application.Account.Passwords;

/// <summary>
/// The rules of AUTH-3, in the order the browser's checklist shows them. Their names are the codes of
/// validation failures ("Password.MinLength") and of the checklist lines.
/// </summary>
public enum PasswordRule
{
    MinLength,
    MaxLength,
    Lowercase,
    Uppercase,
    Digit,
    Symbol,
    AllowedCharacters,
    NoRepeats,
    NoKeyboardRun,
    NoDictionaryWord,
    NoPersonalInfo,
    Strong,
}
