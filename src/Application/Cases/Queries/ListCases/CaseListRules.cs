using FluentValidation;
using FluentValidation.Results;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Search;
using Portal.Application.Common.Text;

namespace Portal.Application.Cases.Queries.ListCases;

/// <summary>
/// CASE-5: the validation of a list's filter and sort text, shared by the list (<see cref="ListCases"/>) and
/// saved filters, so that what can be saved is exactly what the list accepts. Messages are localized.
/// </summary>
public static class CaseListRules
{
    /// <param name="user">Fields the user may not filter by are refused as unknown: their existence reveals nothing.</param>
    public static IRuleBuilderOptionsConditions<T, string?> ValidCaseFilter<T>(this IRuleBuilder<T, string?> rule, ICurrentUser user) =>
        rule.Custom((text, context) =>
        {
            var parsed = CaseFilterSyntax.Parse(text);
            if (parsed.ErrorKey is { } key)
            {
                context.AddFailure(Failure(context.PropertyPath, key, Message(parsed, key)));
                return;
            }

            if (parsed.Filter!.Conditions.FirstOrDefault(c => !CaseFields.MayFilterBy(c.Field, user)) is { } hidden)
            {
                context.AddFailure(Failure(context.PropertyPath, "Filter.UnknownField", ListText.Get("Filter.UnknownField", CaseFilterSyntax.NameOf(hidden.Field))));
                return;
            }

            if (parsed.Filter!.Conditions.Any(c => c.Field == CaseField.Keyword && SearchText.Terms(c.Value) is null or { Count: 0 }))
                context.AddFailure(Failure(context.PropertyPath, "Keyword.TooShort", ListText.Get("Keyword.TooShort")));
        });

    public static IRuleBuilderOptions<T, string?> ValidCaseSort<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(s => CaseSortSyntax.Parse(s) is not null).WithErrorCode("Sort.Invalid").WithMessage(_ => ListText.Get("Sort.Invalid"));

    /// <summary>Unknown fields by the name typed (a field the user may not use reads the same); others by the field's label and the value.</summary>
    private static string Message(FilterParse parsed, string key) => parsed.Field is { } field
        ? ListText.Get(key, ListText.Get($"Field.{field}"), parsed.Value)
        : ListText.Get(key, parsed.Part);

    private static ValidationFailure Failure(string property, string code, string message) => new(property, message) { ErrorCode = code };
}
