using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Interfaces;
using Portal.Domain.Announcements;
using Portal.Domain.Knowledge;

namespace Portal.Application.Announcements;

/// <summary>
/// ANN-1, AGT-2: an announcement as its author types it: the title in both languages, the display window as
/// wall-clock times of the author's own time zone (UI-3; a date-time field has none), and the linked knowledge
/// article by its number (KBnnnnnnn), which may be left empty.
/// </summary>
public interface IAnnouncementFields
{
    string TitleJa { get; }

    string TitleEn { get; }

    /// <summary>Inclusive, in the author's time zone.</summary>
    DateTime? DisplayFrom { get; }

    /// <summary>Exclusive, in the author's time zone; after <see cref="DisplayFrom"/>.</summary>
    DateTime? DisplayTo { get; }

    string? ArticleNumber { get; }
}

public abstract class AnnouncementFieldsValidator<T> : AbstractValidator<T>
    where T : IAnnouncementFields
{
    /// <summary>Far enough for any announcement, near enough that no time zone moves it off the calendar.</summary>
    private static readonly DateTime Earliest = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
    private static readonly DateTime Latest = new(3000, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    /// <param name="db">The linked article must exist (a draft too: its link appears once it is published); staff see every article.</param>
    protected AnnouncementFieldsValidator(IApplicationDbContext db)
    {
        RuleFor(x => x.TitleJa).NotEmpty().MaximumLength(Announcement.TitleMax);
        RuleFor(x => x.TitleEn).NotEmpty().MaximumLength(Announcement.TitleMax);
        RuleFor(x => x.DisplayFrom).Cascade(CascadeMode.Stop).NotNull()
            .Must(d => d >= Earliest && d < Latest).WithErrorCode("Announcement.DateOutOfRange");
        RuleFor(x => x.DisplayTo).Cascade(CascadeMode.Stop).NotNull()
            .Must(d => d >= Earliest && d < Latest).WithErrorCode("Announcement.DateOutOfRange")
            .Must((x, to) => x.DisplayFrom is not { } from || to > from).WithErrorCode("Announcement.InvalidWindow");
        RuleFor(x => x.ArticleNumber).Cascade(CascadeMode.Stop)
            .Must(n => KnowledgeArticle.IsValidNumber(AnnouncementRules.ArticleNumber(n))).WithErrorCode("Announcement.ArticleNumberFormat")
            .MustAsync((n, cancellationToken) =>
            {
                var number = AnnouncementRules.ArticleNumber(n);
                return db.KnowledgeArticles.AnyAsync(k => k.Number == number, cancellationToken);
            })
            .WithErrorCode(AnnouncementRules.UnknownArticle).WithMessage(x => AnnouncementRules.UnknownArticleMessage(x.ArticleNumber))
            .When(x => !string.IsNullOrWhiteSpace(x.ArticleNumber));
    }
}
