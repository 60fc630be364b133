using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Behaviours;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Time;
using Portal.Domain.Common;

namespace Portal.Application.Announcements;

/// <summary>What the authoring use cases share (ANN-1, AGT-2): the typed window as instants, the article by its number, the stale-page refusal.</summary>
internal static class AnnouncementRules
{
    public const string UnknownArticle = "Announcement.UnknownArticle";

    public static string ArticleNumber(string? number) => (number ?? "").Trim().ToUpperInvariant();

    /// <summary>The window typed in the author's time zone (its profile, UI-3) as instants; the validator saw both times.</summary>
    public static async Task<(DateTimeOffset From, DateTimeOffset To)> WindowAsync(IApplicationDbContext db, ICurrentUser user,
        IAnnouncementFields fields, CancellationToken cancellationToken)
    {
        var zone = await UserZone.OfAsync(db, user, cancellationToken);
        return (UserZone.ToInstant(fields.DisplayFrom!.Value, zone), UserZone.ToInstant(fields.DisplayTo!.Value, zone));
    }

    public static string UnknownArticleMessage(string? number) => ValidationText.Get(UnknownArticle, ArticleNumber(number));

    /// <summary>The id of the article numbered <see cref="IAnnouncementFields.ArticleNumber"/> (the validator found it), null when none is given.</summary>
    public static async Task<Guid?> ArticleIdAsync(IApplicationDbContext db, IAnnouncementFields fields, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(fields.ArticleNumber))
            return null;
        var number = ArticleNumber(fields.ArticleNumber);
        return await db.KnowledgeArticles.Where(k => k.Number == number).Select(k => (Guid?)k.Id).FirstOrDefaultAsync(cancellationToken)
            ?? throw new ValidationException([new ValidationFailure(nameof(IAnnouncementFields.ArticleNumber), UnknownArticleMessage(number))
            {
                ErrorCode = UnknownArticle,
            }]);
    }

    public static DomainRuleException ChangedMeanwhile() => Rule.Broken("Announcement.ChangedMeanwhile");
}
