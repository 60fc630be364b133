using Portal.Application.Common.Interfaces;

namespace Portal.Application.Cases.Queries.ListCases;

/// <summary>CASE-5: the fields a case filter may test, and nothing else (the whitelist).</summary>
public enum CaseField
{
    Number,
    Status,
    Category,
    Subject,
    CustomerNumber,
    Contractor,
    Service,
    Contact,
    CreatedAt,
    UpdatedAt,

    /// <summary>Subject, description and every public comment (never work notes).</summary>
    Keyword,

    /// <summary>CASE-10: "the watch list contains me".</summary>
    WatchList,

    /// <summary>AGT-1: the agent the case is assigned to ("me"), or none.</summary>
    AssignedTo,
}

/// <summary>CASE-5: the operators, each allowed only on the field types listed in <see cref="CaseFields"/>.</summary>
public enum FilterOperator
{
    Equal,
    NotEqual,
    OneOf,
    NoneOf,
    Empty,
    NotEmpty,
    Less,
    Greater,
    LessOrEqual,
    GreaterOrEqual,
    Between,
    Contains,
}

/// <summary>How a field's values are typed and compared.</summary>
public enum FieldType
{
    /// <summary>The case number: text with an order (numbers are sequential).</summary>
    Sequence,
    Text,
    Choice,
    Date,
    Keyword,

    /// <summary>A person, whose only value is "me".</summary>
    Person,
}

/// <summary>One condition: field, operator and its values (none for empty / not empty, two for between).</summary>
public sealed record FilterCondition(CaseField Field, FilterOperator Operator, IReadOnlyList<string> Values)
{
    public string? Value => Values.Count > 0 ? Values[0] : null;
}

/// <summary>
/// A filter: groups joined by OR, the conditions of a group joined by AND (guide 4.8.7). The empty filter
/// keeps every case.
/// </summary>
public sealed record CaseFilter(IReadOnlyList<IReadOnlyList<FilterCondition>> Groups)
{
    public static readonly CaseFilter None = new([]);

    public const int ConditionsMax = 20;

    public bool IsEmpty => Groups.Count == 0;

    public IEnumerable<FilterCondition> Conditions => Groups.SelectMany(g => g);

    /// <summary>The first <paramref name="count"/> conditions in reading order (a breadcrumb step back).</summary>
    public CaseFilter Take(int count)
    {
        var groups = new List<IReadOnlyList<FilterCondition>>();
        foreach (var group in Groups)
        {
            if (count <= 0)
                break;
            groups.Add(group.Take(count).ToList());
            count -= group.Count;
        }

        return new CaseFilter(groups);
    }
}

/// <summary>CASE-5: which operators each field type takes.</summary>
public static class CaseFields
{
    /// <summary>The value of a <see cref="FieldType.Person"/> field.</summary>
    public const string Me = "me";

    private static readonly Dictionary<FieldType, FilterOperator[]> OperatorsByType = new()
    {
        [FieldType.Sequence] = [FilterOperator.Equal, FilterOperator.NotEqual, FilterOperator.OneOf, FilterOperator.NoneOf,
            FilterOperator.Less, FilterOperator.Greater, FilterOperator.LessOrEqual, FilterOperator.GreaterOrEqual,
            FilterOperator.Between, FilterOperator.Contains],
        [FieldType.Text] = [FilterOperator.Equal, FilterOperator.NotEqual, FilterOperator.OneOf, FilterOperator.NoneOf,
            FilterOperator.Contains, FilterOperator.Empty, FilterOperator.NotEmpty],
        [FieldType.Choice] = [FilterOperator.Equal, FilterOperator.NotEqual, FilterOperator.OneOf, FilterOperator.NoneOf],
        [FieldType.Date] = [FilterOperator.Equal, FilterOperator.NotEqual, FilterOperator.Less, FilterOperator.Greater,
            FilterOperator.LessOrEqual, FilterOperator.GreaterOrEqual, FilterOperator.Between],
        [FieldType.Keyword] = [FilterOperator.Contains],
        [FieldType.Person] = [FilterOperator.Equal, FilterOperator.NotEqual, FilterOperator.Empty, FilterOperator.NotEmpty, FilterOperator.Contains],
    };

    public static FieldType TypeOf(CaseField field) => field switch
    {
        CaseField.Number => FieldType.Sequence,
        CaseField.Status or CaseField.Category => FieldType.Choice,
        CaseField.CreatedAt or CaseField.UpdatedAt => FieldType.Date,
        CaseField.Keyword => FieldType.Keyword,
        CaseField.WatchList or CaseField.AssignedTo => FieldType.Person,
        _ => FieldType.Text,
    };

    /// <summary>
    /// AGT-1: who a case is assigned to is the provider's business; a customer may not even ask which of its
    /// cases are unassigned. The one rule for the list, saved filters and the filter builder's field list.
    /// </summary>
    public static bool MayFilterBy(CaseField field, ICurrentUser user) => field != CaseField.AssignedTo || CaseActors.IsAgent(user);

    public static IReadOnlyList<CaseField> FieldsFor(ICurrentUser user) => [.. Enum.GetValues<CaseField>().Where(f => MayFilterBy(f, user))];

    public static IReadOnlyList<FilterOperator> OperatorsOf(CaseField field)
    {
        var operators = OperatorsByType[TypeOf(field)];
        // A watch list holds many people: it "contains" me (whether others watch a case is theirs to know, so
        // "empty" is not offered); an assignment is one person: it "is" me or not.
        return field switch
        {
            CaseField.WatchList => [FilterOperator.Contains],
            CaseField.AssignedTo => [FilterOperator.Equal, FilterOperator.NotEqual, FilterOperator.Empty, FilterOperator.NotEmpty],
            _ => operators,
        };
    }

    /// <summary>How many values an operator takes: none, one, two, or one or more (-1).</summary>
    public static int ArityOf(FilterOperator op) => op switch
    {
        FilterOperator.Empty or FilterOperator.NotEmpty => 0,
        FilterOperator.Between => 2,
        FilterOperator.OneOf or FilterOperator.NoneOf => -1,
        _ => 1,
    };
}
