using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Cases.Commands.DeleteCaseFilter;
using Portal.Application.Cases.Queries.ListCaseFilters;
using Portal.Application.Cases.Queries.ListCases;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Application.Common.Text;
using Portal.Domain.SavedFilters;
namespace Portal.Application.Cases.Commands.SaveCaseFilter;

/// <summary>
/// CASE-6: saves the case list's current view, filter and sort under a name, for the user or the whole
/// company. A name the user already used is only overwritten when <see cref="Overwrite"/> confirms it.
/// </summary>
public sealed record SaveCaseFilter(string Name, FilterVisibility Visibility, CaseView View, string? Filter, string? Sort, bool Overwrite = false)
    : ICommand<SaveFilterOutcome>, IAllowed
{
    public Roles Allowed => CaseActors.Readers;
}

public enum SaveFilterOutcome
{
    Saved,
    Overwritten,

    /// <summary>Nothing saved: the name is taken and overwriting was not confirmed.</summary>
    NameTaken,
}

public sealed class SaveCaseFilterValidator : AbstractValidator<SaveCaseFilter>
{
    public SaveCaseFilterValidator(ICurrentUser user)
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(SavedFilter.NameMax);
        RuleFor(x => x.Visibility).IsInEnum()
            .Must(v => v == FilterVisibility.Me || user.CompanyId is not null).WithErrorCode("SavedFilter.NoCompany")
            .WithMessage(_ => ListText.Get("SavedFilter.NoCompany"));
        RuleFor(x => x.View).IsInEnum();
        RuleFor(x => x.Filter).ValidCaseFilter(user);
        RuleFor(x => x.Sort).ValidCaseSort();
    }
}

public sealed class SaveCaseFilterHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<SaveCaseFilter, SaveFilterOutcome>
{
    public async ValueTask<SaveFilterOutcome> Handle(SaveCaseFilter command, CancellationToken cancellationToken)
    {
        var owner = user.ContactId ?? throw new ForbiddenAccessException();
        var name = command.Name.Trim();
        var query = SavedCaseFilters.QueryString(command.View, command.Filter, command.Sort);
        var existing = await db.SavedFilters
            .FirstOrDefaultAsync(f => f.OwnerId == owner && f.Target == SavedFilter.CasesTarget && f.Name == name, cancellationToken);
        if (existing is not null)
        {
            if (!command.Overwrite)
                return SaveFilterOutcome.NameTaken;
            existing.Overwrite(query, command.Visibility, clock.GetUtcNow());
            return SaveFilterOutcome.Overwritten;
        }

        db.SavedFilters.Add(SavedFilter.Create(owner, user.CompanyId, name, SavedFilter.CasesTarget, query, command.Visibility, clock.GetUtcNow()));
        return SaveFilterOutcome.Saved;
    }
}

/// <summary>The case list's address parts a saved filter keeps.</summary>
public static class SavedCaseFilters
{
    public static string QueryString(CaseView view, string? filter, string? sort)
    {
        var parts = new List<string>();
        if (view != CaseView.All)
            parts.Add("view=" + view);
        if (!string.IsNullOrWhiteSpace(filter))
            parts.Add("f=" + Uri.EscapeDataString(filter));
        if (!string.IsNullOrWhiteSpace(sort))
            parts.Add("sort=" + Uri.EscapeDataString(sort));
        return parts.Count == 0 ? string.Empty : "?" + string.Join('&', parts);
    }
}
