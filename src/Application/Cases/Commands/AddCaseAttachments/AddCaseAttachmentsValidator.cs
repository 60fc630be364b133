using FluentValidation;

namespace Portal.Application.Cases.Commands.AddCaseAttachments;

public sealed class AddCaseAttachmentsValidator : AbstractValidator<AddCaseAttachments>
{
    public AddCaseAttachmentsValidator()
    {
        RuleFor(x => x.CaseNumber).NotEmpty();
        RuleFor(x => x.Files).NotEmpty();
    }
}
