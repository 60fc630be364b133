using FluentValidation;
using FluentValidation.Results;
using Portal.Application.Common.Behaviours;
using Portal.Application.Common.Text;
using Portal.Domain.Common;
using Portal.Domain.WorkRequests;

namespace Portal.Application.WorkRequests;

/// <summary>What the work-request use cases share: the field errors of a form's answers and the stale-page refusals.</summary>
internal static class WorkRequestRules
{
    /// <summary>The form field a value binds to, as the pages name it.</summary>
    public static string Property(string field) => $"Values[{field}]";

    /// <summary>WR-1: the refused answers as field errors, each worded with the field's label in the user's language.</summary>
    public static ValidationException Refused(RequestForm form, IReadOnlyList<FormFieldError> errors) =>
        new(errors.Select(error =>
        {
            var label = form.Fields.Single(f => f.Name == error.Field).Label.In(CurrentLanguage.Value);
            return new ValidationFailure(Property(error.Field), ValidationText.Get(error.Code, [label, .. error.Arguments])) { ErrorCode = error.Code };
        }));

    public static DomainRuleException ChangedMeanwhile() => Rule.Broken("WorkRequest.ChangedMeanwhile");

    public static DomainRuleException TypeChangedMeanwhile() => Rule.Broken("WorkRequestType.ChangedMeanwhile");
}
