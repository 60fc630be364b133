using System.Globalization;
using System.Text;

namespace Portal.Application.Cases.Queries.ListCases;

/// <summary>
/// CASE-5: a filter as it lives in the URL, e.g. <c>status.in.New|InProgress^category.eq.Service^OR^keyword.contains.アラート</c>:
/// conditions <c>field.operator[.value]</c> joined by <c>^</c> (AND), groups by <c>^OR^</c>, several values
/// by <c>|</c>; a value escapes <c>%</c>, <c>^</c> and <c>|</c> as %25, %5E and %7C. Only whitelisted names
/// parse; anything else is an error with the offending part.
/// </summary>
public static class CaseFilterSyntax
{
    public const int TextMax = 4000;
    private const string OrSeparator = "^OR^";

    private static readonly Dictionary<string, CaseField> Fields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["number"] = CaseField.Number,
        ["status"] = CaseField.Status,
        ["category"] = CaseField.Category,
        ["subject"] = CaseField.Subject,
        ["customer"] = CaseField.CustomerNumber,
        ["contractor"] = CaseField.Contractor,
        ["service"] = CaseField.Service,
        ["contact"] = CaseField.Contact,
        ["created"] = CaseField.CreatedAt,
        ["updated"] = CaseField.UpdatedAt,
        ["keyword"] = CaseField.Keyword,
        ["watch"] = CaseField.WatchList,
        ["assignee"] = CaseField.AssignedTo,
    };

    private static readonly Dictionary<string, FilterOperator> Operators = new(StringComparer.OrdinalIgnoreCase)
    {
        ["eq"] = FilterOperator.Equal,
        ["ne"] = FilterOperator.NotEqual,
        ["in"] = FilterOperator.OneOf,
        ["notin"] = FilterOperator.NoneOf,
        ["empty"] = FilterOperator.Empty,
        ["notempty"] = FilterOperator.NotEmpty,
        ["lt"] = FilterOperator.Less,
        ["gt"] = FilterOperator.Greater,
        ["le"] = FilterOperator.LessOrEqual,
        ["ge"] = FilterOperator.GreaterOrEqual,
        ["between"] = FilterOperator.Between,
        ["contains"] = FilterOperator.Contains,
    };

    public static string NameOf(CaseField field) => Fields.First(f => f.Value == field).Key;

    public static string NameOf(FilterOperator op) => Operators.First(o => o.Value == op).Key;

    public static bool TryField(string name, out CaseField field) => Fields.TryGetValue(name, out field);

    public static bool TryOperator(string name, out FilterOperator op) => Operators.TryGetValue(name, out op);

    /// <summary>The filter, or the error's resource key and the part it is about.</summary>
    public static FilterParse Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return new FilterParse(CaseFilter.None, null, null);
        if (text.Length > TextMax)
            return FilterParse.Error("Filter.TooLong", null);
        var groups = new List<IReadOnlyList<FilterCondition>>();
        var count = 0;
        foreach (var groupText in text.Split(OrSeparator))
        {
            var group = new List<FilterCondition>();
            foreach (var part in groupText.Split('^', StringSplitOptions.RemoveEmptyEntries))
            {
                var pieces = part.Split('.', 3);
                if (!Fields.TryGetValue(pieces[0], out var field))
                    return FilterParse.Error("Filter.UnknownField", pieces[0]);
                if (pieces.Length < 2 || !Operators.TryGetValue(pieces[1], out var op) || !CaseFields.OperatorsOf(field).Contains(op))
                    return FilterParse.Error("Filter.UnknownOperator", part, field);
                var values = pieces.Length < 3 || pieces[2].Length == 0
                    ? []
                    : pieces[2].Split('|').Select(Uri.UnescapeDataString).Select(v => v.Trim()).ToList();
                if (CheckValues(field, op, values) is var (error, value))
                    return FilterParse.Error(error, part, field, value);
                group.Add(new FilterCondition(field, op, values));
                if (++count > CaseFilter.ConditionsMax)
                    return FilterParse.Error("Filter.TooMany", null);
            }

            if (group.Count > 0)
                groups.Add(group);
        }

        return new FilterParse(new CaseFilter(groups), null, null);
    }

    public static string Format(CaseFilter filter) =>
        string.Join(OrSeparator, filter.Groups.Select(g => string.Join('^', g.Select(Format))));

    public static string Format(FilterCondition condition)
    {
        var text = new StringBuilder().Append(NameOf(condition.Field)).Append('.').Append(NameOf(condition.Operator));
        if (condition.Values.Count > 0)
            text.Append('.').AppendJoin('|', condition.Values.Select(Escape));
        return text.ToString();
    }

    private static string Escape(string value) => value.Replace("%", "%25", StringComparison.Ordinal)
        .Replace("^", "%5E", StringComparison.Ordinal).Replace("|", "%7C", StringComparison.Ordinal);

    /// <summary>The error's key and the value it is about, or null when the values fit the field and operator.</summary>
    private static (string Key, string? Value)? CheckValues(CaseField field, FilterOperator op, List<string> values)
    {
        var arity = CaseFields.ArityOf(op);
        if ((arity >= 0 && values.Count != arity) || (arity < 0 && values.Count == 0) || values.Exists(v => v.Length == 0))
            return ("Filter.MissingValue", null);
        if (values.Count > 50 || values.Exists(v => v.Length > 200))
            return ("Filter.BadValues", null);
        Func<string, bool> valid = CaseFields.TypeOf(field) switch
        {
            FieldType.Choice => v => ChoiceValid(field, v),
            FieldType.Date => v => DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            FieldType.Person => v => v.Equals(CaseFields.Me, StringComparison.OrdinalIgnoreCase),
            _ => _ => true,
        };
        return values.Find(v => !valid(v)) is { } bad ? ("Filter.BadValue", bad) : null;
    }

    private static bool ChoiceValid(CaseField field, string value) => field switch
    {
        CaseField.Status => Enum.TryParse<Domain.Cases.CaseStatus>(value, ignoreCase: true, out var s) && Enum.IsDefined(s) && !int.TryParse(value, out _),
        CaseField.Category => Enum.TryParse<Domain.Cases.CaseCategory>(value, ignoreCase: true, out var c) && Enum.IsDefined(c) && !int.TryParse(value, out _),
        _ => false,
    };
}

/// <summary>
/// A parsed filter, or the resource key of what is wrong, the part it is about, and for the message the
/// field and the value in question (UI-3: the message names the field as the list shows it, never the syntax).
/// </summary>
public sealed record FilterParse(CaseFilter? Filter, string? ErrorKey, string? Part, CaseField? Field = null, string? Value = null)
{
    public static FilterParse Error(string key, string? part, CaseField? field = null, string? value = null) => new(null, key, part, field, value);
}
