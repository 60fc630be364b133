using FluentValidation;
using Portal.Application.Cases;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Text;

namespace Portal.Application.Knowledge;

/// <summary>
/// KB-4: an article's HTML from the rich-text editor. Bounded before any parser runs (like a comment, CASE-7, with
/// room for a long specification), sanitized once on write against the same allow-list; an empty editor means no
/// body (a document article).
/// </summary>
internal static class ArticleBody
{
    public const int MaxLength = 300_000;
    public const int MaxDepth = 32;
    public const int MaxElements = 20_000;

    public static IRuleBuilderOptions<T, string?> ValidArticleBody<T>(this IRuleBuilderInitial<T, string?> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .MaximumLength(MaxLength).WithErrorCode("Article.BodyTooLong").WithMessage(_ => ListText.Get("Article.BodyTooLong", MaxLength))
            .Must(html => html is null || CommentMarkup.Measure(html, MaxDepth, MaxElements) is { Depth: <= MaxDepth, Elements: <= MaxElements })
            .WithErrorCode("Article.BodyTooComplex").WithMessage(_ => ListText.Get("Article.BodyTooComplex", MaxDepth, MaxElements));

    /// <summary>The allow-listed HTML to store, or empty when nothing readable is left.</summary>
    public static string Sanitize(IHtmlSanitizer sanitizer, string? html)
    {
        if (!CommentBody.HasText(html))
            return "";
        var body = sanitizer.Sanitize(html!);
        return CommentBody.HasText(body) ? body : "";
    }
}
