using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Concurrency;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.Common;
using Portal.Domain.WorkRequests;

namespace Portal.Application.WorkRequests.Commands.SaveRequestType;

/// <summary>
/// A field of the type editor as typed: choices one per line as <c>value|日本語|English</c> (the English label may
/// be left out; a line without | is its own value and Japanese label).
/// </summary>
public sealed record RequestFieldInput(
    string? Name,
    FormFieldKind Kind,
    string? LabelJa,
    string? LabelEn,
    bool Required = false,
    string? HelpJa = null,
    string? HelpEn = null,
    int? MaxLength = null,
    decimal? Min = null,
    decimal? Max = null,
    string? Choices = null)
{
    public FormField ToField() => new(Name ?? "", Kind, LabelJa ?? "", LabelEn, Required, HelpJa, HelpEn, MaxLength, Min, Max,
        Kind == FormFieldKind.Choice ? ParseChoices(Choices) : null);

    public static IReadOnlyList<FormChoice> ParseChoices(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
            .Select(parts => new FormChoice(parts[0], parts.Length > 1 && parts[1].Length > 0 ? parts[1] : parts[0], parts.Length > 2 ? parts[2] : null))
            .ToList();

    public static string ChoicesText(IReadOnlyList<FormChoice>? choices) =>
        string.Join("\n", (choices ?? []).Select(c => c.LabelEn is null ? $"{c.Value}|{c.LabelJa}" : $"{c.Value}|{c.LabelJa}|{c.LabelEn}"));
}

/// <summary>
/// WR-1: a provider admin adds a request type (<see cref="Id"/> null) or edits one: code, names and help in both
/// languages, order, and its form's fields — without a code change. Requests already sent keep the form they were
/// sent with. Returns the type's id. An edit carries the version it showed (NFR-4).
/// </summary>
public sealed record SaveRequestType(Guid? Id, long Version, string Code, string NameJa, string NameEn, string? DescriptionJa,
    string? DescriptionEn, int SortOrder, IReadOnlyList<RequestFieldInput> Fields) : ICommand<Guid>, IAllowed, IVersionedCommand
{
    public Roles Allowed => WorkRequestActors.CatalogEditors;
}

public sealed class SaveRequestTypeValidator : AbstractValidator<SaveRequestType>
{
    public SaveRequestTypeValidator()
    {
        RuleFor(x => x.Code).NotEmpty().MaximumLength(WorkRequestType.CodeMax).Matches("^[A-Za-z0-9_-]*$");
        RuleFor(x => x.NameJa).NotEmpty().MaximumLength(WorkRequestType.NameMax);
        RuleFor(x => x.NameEn).NotEmpty().MaximumLength(WorkRequestType.NameMax);
        RuleFor(x => x.DescriptionJa).MaximumLength(WorkRequestType.DescriptionMax);
        RuleFor(x => x.DescriptionEn).MaximumLength(WorkRequestType.DescriptionMax);
        RuleFor(x => x.SortOrder).InclusiveBetween(0, 9999);
    }
}

public sealed class SaveRequestTypeHandler(IApplicationDbContext db, IUnitOfWork unitOfWork) : ICommandHandler<SaveRequestType, Guid>
{
    public async ValueTask<Guid> Handle(SaveRequestType command, CancellationToken cancellationToken)
    {
        var form = RequestForm.Define(command.Fields.Select(f => f.ToField()));
        var code = command.Code.Trim();
        if (await db.WorkRequestTypes.AnyAsync(t => t.Code == code && t.Id != command.Id, cancellationToken))
            throw Rule.Broken("WorkRequestType.CodeTaken", ("code", code));
        WorkRequestType type;
        if (command.Id is { } id)
        {
            type = await db.WorkRequestTypes.SingleOrDefaultAsync(t => t.Id == id, cancellationToken) ?? throw new NotFoundException();
            db.ExpectVersion(type, command.Version, WorkRequestRules.TypeChangedMeanwhile);
            if (type.Code != code)
                throw Rule.Broken("WorkRequestType.CodeFixed", ("code", type.Code));
            type.Edit(command.NameJa, command.NameEn, command.DescriptionJa, command.DescriptionEn, form, command.SortOrder);
            await db.SaveExpectingVersionAsync(WorkRequestRules.TypeChangedMeanwhile, cancellationToken);
            return type.Id;
        }

        type = WorkRequestType.Create(code, command.NameJa, command.NameEn, form, command.SortOrder, command.DescriptionJa, command.DescriptionEn);
        db.WorkRequestTypes.Add(type);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException)
        {
            // The unique index on the code decided a race with another admin.
            await unitOfWork.RollbackAsync(CancellationToken.None);
            throw Rule.Broken("WorkRequestType.CodeTaken", ("code", code));
        }

        return type.Id;
    }
}
