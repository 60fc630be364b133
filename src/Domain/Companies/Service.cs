using Portal.Domain.Common;

namespace Portal.Domain.Companies;

/// <summary>Reference data: a service a customer account subscribes to (サービス名).</summary>
public sealed class Service : Entity, IAuditable
{
    /// <summary>Provider data: its trail is for provider admins only.</summary>
    Guid? IAuditable.AuditCompanyId => null;

    public const int CodeMax = 32;
    public const int NameMax = 200;

    private Service(string code, string nameJa, string nameEn)
    {
        Code = code;
        NameJa = nameJa;
        NameEn = nameEn;
    }

    public string Code { get; private set; }

    public string NameJa { get; private set; }

    public string NameEn { get; private set; }

    public static Service Create(string code, string nameJa, string nameEn) => new(
        Text.Required(code, CodeMax, nameof(Code)),
        Text.Required(nameJa, NameMax, nameof(NameJa)),
        Text.Required(nameEn, NameMax, nameof(NameEn)));

    public BilingualText Name => new(NameJa, NameEn);

    public string NameIn(Language language) => Name.In(language);
}
