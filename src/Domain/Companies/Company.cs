using Portal.Domain.Common;

namespace Portal.Domain.Companies;

/// <summary>A contractor (ご契約者名) owning one or more customer accounts (§2).</summary>
public sealed class Company : AggregateRoot, IAuditable
{
    Guid? IAuditable.AuditCompanyId => Id;

    public const int NameMax = 200;

    private Company(string name, string? nameKana, bool isProvider)
    {
        Name = name;
        NameKana = nameKana;
        IsProvider = isProvider;
    }

    public string Name { get; private set; }

    public string? NameKana { get; private set; }

    /// <summary>The provider's own company (SAC); its staff are contacts without a company.</summary>
    public bool IsProvider { get; private set; }

    public static Company Create(string name, string? nameKana = null, bool isProvider = false) =>
        new(Text.Required(name, NameMax, nameof(Name)), Text.Optional(nameKana, NameMax, nameof(NameKana)), isProvider);

    public void Rename(string name, string? nameKana)
    {
        Name = Text.Required(name, NameMax, nameof(Name));
        NameKana = Text.Optional(nameKana, NameMax, nameof(NameKana));
    }
}
