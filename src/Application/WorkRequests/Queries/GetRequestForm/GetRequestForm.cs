using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Application.Common.Text;
using Portal.Domain.WorkRequests;

namespace Portal.Application.WorkRequests.Queries.GetRequestForm;

/// <summary>
/// WR-1: the form of one request type on offer, in the user's language, with the customer numbers the user may
/// submit for (its linked ones, TEN-1). A retired or unknown type is not found.
/// </summary>
public sealed record GetRequestForm(string Code) : IQuery<RequestFormView>, IAllowed
{
    public Roles Allowed => WorkRequestActors.Submitters;
}

public sealed record RequestFormView(string Code, string Name, string? Description, IReadOnlyList<RequestFieldView> Fields,
    IReadOnlyList<RequestAccountChoice> Accounts);

public sealed record RequestFieldView(string Name, FormFieldKind Kind, string Label, string? Help, bool Required, int? MaxLength,
    decimal? Min, decimal? Max, IReadOnlyList<(string Value, string Label)> Choices);

public sealed record RequestAccountChoice(Guid Id, string Number, string? Name);

public sealed class GetRequestFormHandler(IApplicationDbContext db) : IQueryHandler<GetRequestForm, RequestFormView>
{
    public async ValueTask<RequestFormView> Handle(GetRequestForm query, CancellationToken cancellationToken)
    {
        var type = await db.WorkRequestTypes.AsNoTracking().SingleOrDefaultAsync(t => t.Code == query.Code && t.IsActive, cancellationToken)
            ?? throw new NotFoundException();
        var accounts = await db.CustomerAccounts.AsNoTracking().Where(a => a.IsActive).OrderBy(a => a.Number)
            .Select(a => new RequestAccountChoice(a.Id, a.Number, a.DisplayName)).ToListAsync(cancellationToken);
        var language = CurrentLanguage.Value;
        var fields = type.Form.Fields.Select(f => new RequestFieldView(f.Name, f.Kind, f.Label.In(language), f.Help?.In(language), f.Required,
            f.Kind is FormFieldKind.Text or FormFieldKind.MultiLine ? f.TextLimit : null, f.Min, f.Max,
            f.Kind == FormFieldKind.CustomerNumber
                ? accounts.Select(a => (a.Number, $"{a.Number} {a.Name}".TrimEnd())).ToList()
                : (f.Choices ?? []).Select(c => (c.Value, new Domain.Common.BilingualText(c.LabelJa, c.LabelEn).In(language))).ToList())).ToList();
        return new RequestFormView(type.Code, type.NameIn(language),
            type.DescriptionJa is null && type.DescriptionEn is null ? null : type.Description.In(language), fields, accounts);
    }
}
