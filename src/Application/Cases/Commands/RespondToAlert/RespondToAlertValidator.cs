using FluentValidation;

namespace Portal.Application.Cases.Commands.RespondToAlert;

public sealed class RespondToAlertValidator : AbstractValidator<RespondToAlert>
{
    public RespondToAlertValidator()
    {
        RuleFor(x => x.CaseNumber).NotEmpty();
        RuleFor(x => x.Response).IsInEnum();
        RuleFor(x => x.Note).MaximumLength(RespondToAlert.NoteMaxLength);
    }
}
