using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Application.WorkRequests.Commands.SaveRequestType;
using Portal.Application.WorkRequests.Commands.SetRequestTypeActive;
using Portal.Application.WorkRequests.Queries.GetRequestType;
using Portal.Domain.Common;
using Portal.Domain.WorkRequests;
using Portal.Web.Hosting;
using Portal.Web.Resources;

namespace Portal.Web.Pages.Provider.RequestTypes;

/// <summary>The request type editor's form: the type's texts and its fields, one row each.</summary>
public sealed class RequestTypeInput
{
    public Guid? Id { get; set; }

    public long Version { get; set; }

    public string? Code { get; set; }

    public string? NameJa { get; set; }

    public string? NameEn { get; set; }

    public string? DescriptionJa { get; set; }

    public string? DescriptionEn { get; set; }

    public int SortOrder { get; set; }

    public List<FieldInput> Fields { get; set; } = [];

    public SaveRequestType ToCommand() => new(Id, Version, Code ?? "", NameJa ?? "", NameEn ?? "", DescriptionJa, DescriptionEn, SortOrder,
        Fields.Select(f => f.ToInput()).ToList());

    public static RequestTypeInput From(RequestTypeEdit type) => new()
    {
        Id = type.Id,
        Version = type.Version,
        Code = type.Code,
        NameJa = type.NameJa,
        NameEn = type.NameEn,
        DescriptionJa = type.DescriptionJa,
        DescriptionEn = type.DescriptionEn,
        SortOrder = type.SortOrder,
        Fields = type.Fields.Select(FieldInput.From).ToList(),
    };
}

/// <summary>One field row of the editor.</summary>
public sealed class FieldInput
{
    public string? Name { get; set; }

    public FormFieldKind Kind { get; set; }

    public string? LabelJa { get; set; }

    public string? LabelEn { get; set; }

    public bool Required { get; set; }

    public string? HelpJa { get; set; }

    public string? HelpEn { get; set; }

    public int? MaxLength { get; set; }

    public decimal? Min { get; set; }

    public decimal? Max { get; set; }

    public string? Choices { get; set; }

    public RequestFieldInput ToInput() => new(Name, Kind, LabelJa, LabelEn, Required, HelpJa, HelpEn, MaxLength, Min, Max, Choices);

    public static FieldInput From(RequestFieldInput f) => new()
    {
        Name = f.Name,
        Kind = f.Kind,
        LabelJa = f.LabelJa,
        LabelEn = f.LabelEn,
        Required = f.Required,
        HelpJa = f.HelpJa,
        HelpEn = f.HelpEn,
        MaxLength = f.MaxLength,
        Min = f.Min,
        Max = f.Max,
        Choices = f.Choices,
    };
}

/// <summary>
/// WR-1: a provider admin adds or edits a request type and its form's fields (kind, labels and help in both
/// languages, required, limits, choices) without a code change, and retires it or offers it again. Requests
/// already sent keep the form they were sent with.
/// </summary>
public sealed class EditModel(ISender sender, IStringLocalizer<SharedResource> text) : PageModel
{
    public RequestTypeInput Input { get; private set; } = new();

    public bool IsActive { get; private set; } = true;

    public int Requests { get; private set; }

    public async Task OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (id is { } existing)
            await LoadAsync(existing, cancellationToken);
        else
        {
            // A new type: the editor opens only to whom the whole catalog is open.
            await sender.Send(new Application.WorkRequests.Queries.ListRequestTypes.ListRequestTypes(IncludeRetired: true), cancellationToken);
            Input.Fields.Add(new FieldInput { Kind = FormFieldKind.MultiLine, Required = true });
        }
    }

    public async Task<IActionResult> OnPostAsync([Bind(Prefix = "Input")] RequestTypeInput input, CancellationToken cancellationToken)
    {
        Input = input;
        ModelState.Clear();
        try
        {
            await sender.Send(input.ToCommand(), cancellationToken);
            TempData["Done"] = "RequestTypes.Saved";
            return Redirect("/Provider/RequestTypes");
        }
        catch (ValidationException ex)
        {
            ModelState.AddFailures(ex, nameof(Input));
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddModelError(string.Empty, Refusal(ex));
        }

        await RestateAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostActiveAsync(Guid id, long version, bool active, CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(new SetRequestTypeActive(id, version, active), cancellationToken);
            TempData["Done"] = active ? "RequestTypes.Offered" : "RequestTypes.RetiredDone";
            return Redirect("/Provider/RequestTypes");
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddModelError(string.Empty, Refusal(ex));
        }

        await LoadAsync(id, cancellationToken);
        return Page();
    }

    public Task<PageResult> OnPostAddFieldAsync([Bind(Prefix = "Input")] RequestTypeInput input, CancellationToken cancellationToken) =>
        RedisplayAsync(input, i => { if (i.Fields.Count < RequestForm.FieldsMax) i.Fields.Add(new FieldInput()); }, cancellationToken);

    public Task<PageResult> OnPostRemoveFieldAsync([Bind(Prefix = "Input")] RequestTypeInput input, int row, CancellationToken cancellationToken) =>
        RedisplayAsync(input, i => { if (row >= 0 && row < i.Fields.Count) i.Fields.RemoveAt(row); }, cancellationToken);

    public Task<PageResult> OnPostMoveFieldAsync([Bind(Prefix = "Input")] RequestTypeInput input, int row, CancellationToken cancellationToken) =>
        RedisplayAsync(input, i =>
        {
            if (row > 0 && row < i.Fields.Count)
                (i.Fields[row - 1], i.Fields[row]) = (i.Fields[row], i.Fields[row - 1]);
        }, cancellationToken);

    /// <summary>A broken rule of the definition names its field row.</summary>
    private string Refusal(DomainRuleException ex) =>
        text[ex.Code, ex.Details.GetValueOrDefault("field") ?? "", ex.Details.GetValueOrDefault("max") ?? ex.Details.GetValueOrDefault("code") ?? ""];

    private async Task<PageResult> RedisplayAsync(RequestTypeInput input, Action<RequestTypeInput> change, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        change(input);
        Input = input;
        await RestateAsync(cancellationToken);
        return Page();
    }

    /// <summary>The stored type's state beside the form as typed (an edit), or the catalog check (a new one).</summary>
    private async Task RestateAsync(CancellationToken cancellationToken)
    {
        if (Input.Id is { } id)
        {
            var type = await sender.Send(new GetRequestType(id), cancellationToken);
            (IsActive, Requests) = (type.IsActive, type.Requests);
        }
        else
        {
            await sender.Send(new Application.WorkRequests.Queries.ListRequestTypes.ListRequestTypes(IncludeRetired: true), cancellationToken);
        }
    }

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var type = await sender.Send(new GetRequestType(id), cancellationToken);
        Input = RequestTypeInput.From(type);
        (IsActive, Requests) = (type.IsActive, type.Requests);
    }
}
