using Portal.Domain.Common;

namespace Portal.Domain.Knowledge;

/// <summary>A knowledge base (お客様向けドキュメント, お知らせ …) with its categories (KB-1).</summary>
public sealed class KnowledgeBase : AggregateRoot, IAuditable
{
    /// <summary>Provider data: its trail is for provider admins only.</summary>
    Guid? IAuditable.AuditCompanyId => null;

    public const int NameMax = 200;

    private readonly List<KnowledgeCategory> _categories = [];

    private KnowledgeBase(string nameJa, string nameEn, int sortOrder)
    {
        NameJa = nameJa;
        NameEn = nameEn;
        SortOrder = sortOrder;
    }

    public string NameJa { get; private set; }

    public string NameEn { get; private set; }

    public int SortOrder { get; private set; }

    public IReadOnlyCollection<KnowledgeCategory> Categories => _categories;

    public static KnowledgeBase Create(string nameJa, string nameEn, int sortOrder) =>
        new(Text.Required(nameJa, NameMax, nameof(NameJa)), Text.Required(nameEn, NameMax, nameof(NameEn)), sortOrder);

    public BilingualText Name => new(NameJa, NameEn);

    public string NameIn(Language language) => Name.In(language);

    public bool HasCategory(Guid categoryId) => _categories.Exists(c => c.Id == categoryId);

    public KnowledgeCategory AddCategory(string nameJa, string nameEn, int sortOrder)
    {
        var category = new KnowledgeCategory(Id,
            Text.Required(nameJa, KnowledgeCategory.NameMax, nameof(KnowledgeCategory.NameJa)),
            Text.Required(nameEn, KnowledgeCategory.NameMax, nameof(KnowledgeCategory.NameEn)), sortOrder);
        _categories.Add(category);
        return category;
    }
}
