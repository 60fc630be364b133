using FluentValidation;

namespace Portal.Application.Cases.Commands.AddAgentComment;

public sealed class AddAgentCommentValidator : AbstractValidator<AddAgentComment>
{
    public AddAgentCommentValidator()
    {
        RuleFor(x => x.CaseNumber).NotEmpty();
        RuleFor(x => x.BodyHtml).ValidComment();
    }
}
