using Portal.Domain.Common;

namespace Portal.Domain.Knowledge;

/// <summary>A category of a knowledge base (01. サービス仕様書 …).</summary>
public sealed class KnowledgeCategory : Entity
{
    public const int NameMax = 200;

    internal KnowledgeCategory(Guid knowledgeBaseId, string nameJa, string nameEn, int sortOrder)
    {
        KnowledgeBaseId = knowledgeBaseId;
        NameJa = nameJa;
        NameEn = nameEn;
        SortOrder = sortOrder;
    }

    public Guid KnowledgeBaseId { get; private set; }

    public string NameJa { get; private set; }

    public string NameEn { get; private set; }

    public int SortOrder { get; private set; }

    public BilingualText Name => new(NameJa, NameEn);

    public string NameIn(Language language) => Name.In(language);
}
