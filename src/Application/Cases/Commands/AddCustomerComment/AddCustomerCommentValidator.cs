using FluentValidation;

using Portal.Application.Cases.Commands.AcceptSolution;
using Portal.Application.Cases.Commands.CloseCase;
using Portal.Application.Cases.Commands.RejectSolution;
namespace Portal.Application.Cases.Commands.AddCustomerComment;

public sealed class AddCustomerCommentValidator : AbstractValidator<AddCustomerComment>
{
    public AddCustomerCommentValidator()
    {
        RuleFor(x => x.CaseNumber).NotEmpty();
        RuleFor(x => x.BodyHtml).ValidComment();
    }
}
