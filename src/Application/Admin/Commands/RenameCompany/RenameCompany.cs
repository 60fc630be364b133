using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Admin.Companies;
using Portal.Application.Common.Concurrency;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.Companies;

namespace Portal.Application.Admin.Commands.RenameCompany;

/// <summary>AGT-3: the provider corrects a contractor's name (ご契約者名) and its reading.</summary>
public sealed record RenameCompany(Guid CompanyId, long Version, string Name, string? NameKana) : ICommand, IAllowed, IVersionedCommand
{
    public Roles Allowed => Roles.ProviderAdmin;
}

public sealed class RenameCompanyValidator : AbstractValidator<RenameCompany>
{
    public RenameCompanyValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(Company.NameMax);
        RuleFor(x => x.NameKana).MaximumLength(Company.NameMax);
    }
}

public sealed class RenameCompanyHandler(IApplicationDbContext db) : ICommandHandler<RenameCompany>
{
    public async ValueTask<Unit> Handle(RenameCompany command, CancellationToken cancellationToken)
    {
        var company = await db.Companies.SingleOrDefaultAsync(c => c.Id == command.CompanyId && !c.IsProvider, cancellationToken)
            ?? throw new NotFoundException();
        db.ExpectVersion(company, command.Version, CompanyRules.ChangedMeanwhile);
        company.Rename(command.Name, command.NameKana);
        await db.SaveExpectingVersionAsync(CompanyRules.ChangedMeanwhile, cancellationToken);
        return Unit.Value;
    }
}
