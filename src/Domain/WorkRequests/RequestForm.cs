using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Portal.Domain.Common;

namespace Portal.Domain.WorkRequests;

/// <summary>WR-1: what a field of a request type's form takes.</summary>
public enum FormFieldKind
{
    Text,
    MultiLine,
    Number,
    Date,
    Choice,
    CustomerNumber,
    File,
}

/// <summary>An option of a <see cref="FormFieldKind.Choice"/> field: a stable value and its labels.</summary>
public sealed record FormChoice(string Value, string LabelJa, string? LabelEn);

/// <summary>
/// A field of a request type's form, defined as data by provider admins (WR-1). <see cref="Name"/> keys the answer;
/// <see cref="MaxLength"/> applies to text, <see cref="Min"/>/<see cref="Max"/> to numbers.
/// </summary>
public sealed record FormField(
    string Name,
    FormFieldKind Kind,
    string LabelJa,
    string? LabelEn,
    bool Required = false,
    string? HelpJa = null,
    string? HelpEn = null,
    int? MaxLength = null,
    decimal? Min = null,
    decimal? Max = null,
    IReadOnlyList<FormChoice>? Choices = null)
{
    public BilingualText Label => new(LabelJa, LabelEn);

    public BilingualText? Help => HelpJa is null && HelpEn is null ? null : new(HelpJa ?? "", HelpEn);

    /// <summary>Text without a limit of its own takes what the column of the answers comfortably holds.</summary>
    public int TextLimit => MaxLength ?? (Kind == FormFieldKind.MultiLine ? RequestForm.MultiLineMax : RequestForm.TextMax);
}

/// <summary>A refused answer: the field and the rule code, with the numbers the message names.</summary>
public sealed record FormFieldError(string Field, string Code, params object[] Arguments);

/// <summary>
/// An answer as the form showed it when the request was submitted: the field's label and the value's text in
/// both languages, so editing or retiring the type later leaves the request readable as it was sent.
/// </summary>
public sealed record RequestAnswer(string Name, FormFieldKind Kind, BilingualText Label, BilingualText Value);

/// <summary>
/// WR-1: a request type's form as data. <see cref="Define"/> checks a definition (names unique and well formed,
/// labels, choices for a choice field, a sane range); <see cref="Check"/> checks a user's answers against it and
/// <see cref="Answer"/> turns checked answers into the snapshot a request keeps.
/// </summary>
public sealed partial class RequestForm
{
    public const int FieldsMax = 30;
    public const int NameMax = 40;
    public const int LabelMax = 200;
    public const int HelpMax = 1000;
    public const int ChoicesMax = 50;
    public const int TextMax = 500;
    public const int MultiLineMax = 4000;
    public const string DateFormat = "yyyy-MM-dd";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private RequestForm(IReadOnlyList<FormField> fields) => Fields = fields;

    public IReadOnlyList<FormField> Fields { get; }

    public static RequestForm Empty { get; } = new([]);

    /// <summary>A checked definition; a broken rule names the field ("field") by its position.</summary>
    public static RequestForm Define(IEnumerable<FormField> fields)
    {
        var list = fields.Select(Clean).ToList();
        if (list.Count > FieldsMax)
            throw Rule.Broken("RequestForm.TooManyFields", ("max", FieldsMax));
        for (var i = 0; i < list.Count; i++)
        {
            var field = list[i];
            if (!NameFormat().IsMatch(field.Name))
                throw Rule.Broken("RequestForm.FieldName", ("field", i + 1));
            if (list.Take(i).Any(f => string.Equals(f.Name, field.Name, StringComparison.OrdinalIgnoreCase)))
                throw Rule.Broken("RequestForm.RepeatedName", ("field", i + 1), ("name", field.Name));
            if (!Enum.IsDefined(field.Kind))
                throw Rule.Broken("RequestForm.Kind", ("field", i + 1));
            if (field.Kind == FormFieldKind.Choice && field.Choices is not { Count: > 0 })
                throw Rule.Broken("RequestForm.NoChoices", ("field", i + 1));
            if (field.Choices is { Count: > ChoicesMax })
                throw Rule.Broken("RequestForm.TooManyChoices", ("field", i + 1), ("max", ChoicesMax));
            if (field.Choices is { } choices && choices.Select(c => c.Value).Distinct(StringComparer.Ordinal).Count() != choices.Count)
                throw Rule.Broken("RequestForm.RepeatedChoice", ("field", i + 1));
            if (field.Min > field.Max)
                throw Rule.Broken("RequestForm.Range", ("field", i + 1));
            if (field.MaxLength is < 1 or > MultiLineMax)
                throw Rule.Broken("RequestForm.MaxLength", ("field", i + 1), ("max", MultiLineMax));
        }

        return new RequestForm(list);
    }

    /// <summary>A definition as stored by <see cref="ToJson"/>; what was stored was checked then.</summary>
    public static RequestForm Parse(string json) =>
        string.IsNullOrWhiteSpace(json) ? Empty : new RequestForm(JsonSerializer.Deserialize<List<FormField>>(json, Json) ?? []);

    public string ToJson() => JsonSerializer.Serialize(Fields, Json);

    /// <summary>
    /// The errors of <paramref name="values"/> (text as typed, keyed by field name), field by field in form order.
    /// <paramref name="customerNumbers"/> are those the user may name; <paramref name="files"/> counts the files
    /// given per file field.
    /// </summary>
    public IReadOnlyList<FormFieldError> Check(IReadOnlyDictionary<string, string?> values, IReadOnlySet<string> customerNumbers,
        IReadOnlyDictionary<string, int> files)
    {
        var errors = new List<FormFieldError>();
        foreach (var field in Fields)
        {
            if (field.Kind == FormFieldKind.File)
            {
                if (field.Required && files.GetValueOrDefault(field.Name) == 0)
                    errors.Add(new(field.Name, "RequestForm.FileRequired"));
                continue;
            }

            var value = values.GetValueOrDefault(field.Name)?.Trim();
            if (string.IsNullOrEmpty(value))
            {
                if (field.Required)
                    errors.Add(new(field.Name, "RequestForm.Required"));
                continue;
            }

            if (Refusal(field, value, customerNumbers) is { } error)
                errors.Add(error);
        }

        return errors;
    }

    /// <summary>The snapshot of checked answers; file fields answer with the names of their files.</summary>
    public IReadOnlyList<RequestAnswer> Answer(IReadOnlyDictionary<string, string?> values, IReadOnlyDictionary<string, IReadOnlyList<string>> fileNames)
    {
        var answers = new List<RequestAnswer>();
        foreach (var field in Fields)
        {
            var text = field.Kind == FormFieldKind.File
                ? string.Join(", ", fileNames.GetValueOrDefault(field.Name) ?? [])
                : Text.Truncate(values.GetValueOrDefault(field.Name)?.Trim(), field.TextLimit) ?? "";
            var value = field.Kind == FormFieldKind.Choice && field.Choices!.FirstOrDefault(c => c.Value == text) is { } choice
                ? new BilingualText(choice.LabelJa, choice.LabelEn)
                : new BilingualText(field.Kind == FormFieldKind.Number && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var n)
                    ? n.ToString(CultureInfo.InvariantCulture) : text, null);
            answers.Add(new RequestAnswer(field.Name, field.Kind, field.Label, value));
        }

        return answers;
    }

    public static string AnswersToJson(IReadOnlyList<RequestAnswer> answers) => JsonSerializer.Serialize(answers, Json);

    /// <summary>The answers a request keeps; a request stored before answers were kept this way reads as none.</summary>
    public static IReadOnlyList<RequestAnswer> AnswersFrom(string json)
    {
        try
        {
            return json.TrimStart().StartsWith('[') ? JsonSerializer.Deserialize<List<RequestAnswer>>(json, Json) ?? [] : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static FormFieldError? Refusal(FormField field, string value, IReadOnlySet<string> customerNumbers)
    {
        switch (field.Kind)
        {
            case FormFieldKind.Text or FormFieldKind.MultiLine when value.Length > field.TextLimit:
                return new(field.Name, "RequestForm.TooLong", field.TextLimit);
            case FormFieldKind.Text when value.AsSpan().IndexOfAny('\n', '\r') >= 0:
                return new(field.Name, "RequestForm.OneLine");
            case FormFieldKind.Number:
                if (!decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
                    return new(field.Name, "RequestForm.NotNumber");
                if (number < field.Min || number > field.Max)
                    return new(field.Name, "RequestForm.OutOfRange", field.Min?.ToString(CultureInfo.InvariantCulture) ?? "", field.Max?.ToString(CultureInfo.InvariantCulture) ?? "");
                return null;
            case FormFieldKind.Date:
                return DateOnly.TryParseExact(value, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                    ? null : new(field.Name, "RequestForm.NotDate");
            case FormFieldKind.Choice:
                return field.Choices!.Any(c => c.Value == value) ? null : new(field.Name, "RequestForm.UnknownChoice");
            case FormFieldKind.CustomerNumber:
                return customerNumbers.Contains(value) ? null : new(field.Name, "RequestForm.UnknownNumber");
            default:
                return null;
        }
    }

    private static FormField Clean(FormField field) => field with
    {
        Name = field.Name?.Trim() ?? "",
        LabelJa = Text.Required(field.LabelJa, LabelMax, nameof(FormField.LabelJa)),
        LabelEn = Text.Optional(field.LabelEn, LabelMax, nameof(FormField.LabelEn)),
        HelpJa = Text.Optional(field.HelpJa, HelpMax, nameof(FormField.HelpJa)),
        HelpEn = Text.Optional(field.HelpEn, HelpMax, nameof(FormField.HelpEn)),
        Choices = field.Kind == FormFieldKind.Choice
            ? field.Choices?.Select(c => new FormChoice(Text.Required(c.Value, LabelMax, nameof(FormChoice.Value)),
                Text.Required(c.LabelJa, LabelMax, nameof(FormChoice.LabelJa)), Text.Optional(c.LabelEn, LabelMax, nameof(FormChoice.LabelEn)))).ToList()
            : null,
        Min = field.Kind == FormFieldKind.Number ? field.Min : null,
        Max = field.Kind == FormFieldKind.Number ? field.Max : null,
        MaxLength = field.Kind is FormFieldKind.Text or FormFieldKind.MultiLine ? field.MaxLength : null,
    };

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,39}$")]
    private static partial Regex NameFormat();
}
