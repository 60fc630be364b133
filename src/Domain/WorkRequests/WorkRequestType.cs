using Portal.Domain.Common;

namespace Portal.Domain.WorkRequests;

/// <summary>
/// A catalog entry (WR-1, e.g. "01" お客様情報変更). <see cref="FieldsJson"/> describes its form fields;
/// the Application layer reads and validates against it.
/// </summary>
public sealed class WorkRequestType : AggregateRoot, IAuditable
{
    /// <summary>Provider data: its trail is for provider admins only.</summary>
    Guid? IAuditable.AuditCompanyId => null;

    public const int CodeMax = 16;
    public const int NameMax = 200;
    public const int DescriptionMax = 2000;

    private WorkRequestType(string code, string nameJa, string nameEn, string fieldsJson, int sortOrder)
    {
        Code = code;
        NameJa = nameJa;
        NameEn = nameEn;
        FieldsJson = fieldsJson;
        SortOrder = sortOrder;
        IsActive = true;
    }

    public string Code { get; private set; }

    public string NameJa { get; private set; }

    public string NameEn { get; private set; }

    public string? DescriptionJa { get; private set; }

    public string? DescriptionEn { get; private set; }

    public string FieldsJson { get; private set; }

    /// <summary>Inactive types stay for existing requests but are not offered.</summary>
    public bool IsActive { get; private set; }

    public int SortOrder { get; private set; }

    public static WorkRequestType Create(string code, string nameJa, string nameEn, RequestForm form, int sortOrder,
        string? descriptionJa = null, string? descriptionEn = null)
    {
        var type = new WorkRequestType(Text.Required(code, CodeMax, nameof(Code)), "", "", "", sortOrder);
        type.Edit(nameJa, nameEn, descriptionJa, descriptionEn, form, sortOrder);
        return type;
    }

    /// <summary>WR-1: the form as it is now; a submitted request keeps its own snapshot (<see cref="WorkRequest.Answers"/>).</summary>
    public RequestForm Form => RequestForm.Parse(FieldsJson);

    public BilingualText Description => new(DescriptionJa ?? "", DescriptionEn);

    public BilingualText Name => new(NameJa, NameEn);

    public string NameIn(Language language) => Name.In(language);

    public void Edit(string nameJa, string nameEn, string? descriptionJa, string? descriptionEn, RequestForm form,
        int sortOrder)
    {
        NameJa = Text.Required(nameJa, NameMax, nameof(NameJa));
        NameEn = Text.Required(nameEn, NameMax, nameof(NameEn));
        DescriptionJa = Text.Optional(descriptionJa, DescriptionMax, nameof(DescriptionJa));
        DescriptionEn = Text.Optional(descriptionEn, DescriptionMax, nameof(DescriptionEn));
        FieldsJson = form.ToJson();
        SortOrder = sortOrder;
    }

    public void Deactivate()
    {
        if (!IsActive)
        {
            throw Rule.Broken("WorkRequestType.AlreadyInactive", ("code", Code));
        }

        IsActive = false;
    }

    public void Activate()
    {
        if (IsActive)
        {
            throw Rule.Broken("WorkRequestType.AlreadyActive", ("code", Code));
        }

        IsActive = true;
    }
}
