using Portal.Domain.Common;

namespace Portal.Application.Admin.ContactImport;

/// <summary>A column of the contact import file (the fields of the contact form, guide 5.1.5).</summary>
public enum ContactImportColumn
{
    LastName,
    FirstName,
    Title,
    Email,
    PhoneBusiness,
    PhoneMobile,
    Language,
    TimeZone,
    UserId,
    Admin,
    EmailMfa,
    CustomerNumbers,
}

/// <summary>
/// ADM-2 bulk creation: the header names a column takes, in Japanese (the form's labels) or English, and the
/// values of its yes/no and language cells. Matching ignores case, spaces and a trailing *.
/// </summary>
public static class ContactImportColumns
{
    public const string DefaultTimeZone = "Asia/Tokyo";

    /// <summary>The header of the template file, in the order the contact form shows the fields.</summary>
    public static readonly IReadOnlyList<(ContactImportColumn Column, string Japanese, string English)> All =
    [
        (ContactImportColumn.FirstName, "名", "First name"),
        (ContactImportColumn.LastName, "姓", "Last name"),
        (ContactImportColumn.Title, "役職", "Title"),
        (ContactImportColumn.Email, "メール", "E-mail"),
        (ContactImportColumn.PhoneBusiness, "勤務先電話", "Business phone"),
        (ContactImportColumn.PhoneMobile, "携帯", "Mobile phone"),
        (ContactImportColumn.Language, "言語", "Language"),
        (ContactImportColumn.TimeZone, "タイムゾーン", "Time zone"),
        (ContactImportColumn.UserId, "ユーザーID", "User ID"),
        (ContactImportColumn.Admin, "管理者", "Admin"),
        (ContactImportColumn.EmailMfa, "マルチファクター認証 (MFA) を有効化", "Enable multi-factor authentication (MFA)"),
        (ContactImportColumn.CustomerNumbers, "お客様番号", "Customer numbers"),
    ];

    /// <summary>Without these a row cannot become a contact.</summary>
    public static readonly IReadOnlyList<ContactImportColumn> Required =
        [ContactImportColumn.LastName, ContactImportColumn.Email, ContactImportColumn.CustomerNumbers];

    private static readonly Dictionary<string, ContactImportColumn> ByName = BuildNames();

    private static readonly Dictionary<string, bool> Flags = new(StringComparer.OrdinalIgnoreCase)
    {
        [""] = false,
        ["いいえ"] = false,
        ["no"] = false,
        ["false"] = false,
        ["0"] = false,
        ["×"] = false,
        ["はい"] = true,
        ["yes"] = true,
        ["true"] = true,
        ["1"] = true,
        ["○"] = true,
        ["〇"] = true,
    };

    private static readonly Dictionary<string, Language> Languages = new(StringComparer.OrdinalIgnoreCase)
    {
        [""] = Language.Japanese,
        ["ja"] = Language.Japanese,
        ["ja-JP"] = Language.Japanese,
        ["日本語"] = Language.Japanese,
        ["Japanese"] = Language.Japanese,
        ["en"] = Language.English,
        ["en-US"] = Language.English,
        ["英語"] = Language.English,
        ["English"] = Language.English,
    };

    public static ContactImportColumn? Find(string header) => ByName.TryGetValue(Key(header), out var column) ? column : null;

    public static bool? Flag(string cell) => Flags.TryGetValue(cell.Trim(), out var value) ? value : null;

    public static Language? LanguageOf(string cell) => Languages.TryGetValue(cell.Trim(), out var value) ? value : null;

    /// <summary>Customer numbers in one cell, separated by spaces, commas, semicolons or 、.</summary>
    public static IReadOnlyList<string> Numbers(string cell) =>
        cell.Split([' ', '　', ',', ';', '、', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string Name(ContactImportColumn column, Language language)
    {
        var entry = All.First(c => c.Column == column);
        return language == Language.English ? entry.English : entry.Japanese;
    }

    private static Dictionary<string, ContactImportColumn> BuildNames()
    {
        var names = new Dictionary<string, ContactImportColumn>(StringComparer.OrdinalIgnoreCase);
        foreach (var (column, japanese, english) in All)
        {
            names[Key(japanese)] = column;
            names[Key(english)] = column;
            names[Key(column.ToString())] = column;
        }

        names[Key("MFA")] = ContactImportColumn.EmailMfa;
        names[Key("Email")] = ContactImportColumn.Email;
        names[Key("メールアドレス")] = ContactImportColumn.Email;
        return names;
    }

    private static string Key(string header) =>
        string.Concat(header.Normalize(System.Text.NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c) && c != '*' && c != '-'));
}
