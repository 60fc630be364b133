using FluentValidation;

namespace Portal.Application.Cases.Commands.Customer;

public sealed class AddCustomerCommentValidator : AbstractValidator<AddCustomerComment>
{
    public AddCustomerCommentValidator()
    {
        RuleFor(x => x.CaseNumber).NotEmpty();
        RuleFor(x => x.BodyHtml).NotEmpty().MaximumLength(AddCustomerComment.BodyHtmlMax);
    }
}
