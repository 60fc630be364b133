using System.Globalization;
using System.Net;
using System.Resources;
using System.Text.RegularExpressions;
using FluentValidation;
using Portal.Application.Common.Interfaces;
using Portal.Domain.Common;

namespace Portal.Application.Cases;

/// <summary>
/// CASE-7, AGT-1: the one rule for a comment's HTML, the same for a customer's comment and an agent's comment
/// or work note. The validator refuses, before any parser runs, what is empty, too long, nested too deeply or
/// made of too many elements, so sanitizing costs little; <see cref="Sanitize"/> then sanitizes once, on
/// write, and refuses what is left empty (only a script, say). The stored HTML is shown as it is.
/// </summary>
public static partial class CommentBody
{
    /// <summary>The editor's HTML as sent, before sanitizing.</summary>
    public const int MaxLength = 100_000;

    /// <summary>Elements inside one another; the editor's deepest (a formatted link in a table cell) is about 10.</summary>
    public const int MaxDepth = 32;

    /// <summary>Paragraphs, line breaks, table cells and formats in all.</summary>
    public const int MaxElements = 5_000;

    public const string EmptyCode = "Case.EmptyComment";

    private static readonly ResourceManager Resources = new("Portal.Application.Resources.CommentText", typeof(CommentBody).Assembly);

    public static IRuleBuilderOptions<T, string> ValidComment<T>(this IRuleBuilderInitial<T, string> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .MaximumLength(MaxLength).WithErrorCode("Comment.TooLong").WithMessage(_ => Text("Comment.TooLong", MaxLength))
            .Must(HasText).WithErrorCode(EmptyCode).WithMessage(_ => Text("Comment.Empty"))
            .Must(html => CommentMarkup.Measure(html, MaxDepth, MaxElements).Depth <= MaxDepth)
            .WithErrorCode("Comment.TooDeep").WithMessage(_ => Text("Comment.TooDeep", MaxDepth))
            .Must(html => CommentMarkup.Measure(html, MaxDepth, MaxElements).Elements <= MaxElements)
            .WithErrorCode("Comment.TooManyElements").WithMessage(_ => Text("Comment.TooManyElements", MaxElements));

    /// <summary>The allow-listed HTML to store; refused when nothing readable is left.</summary>
    public static string Sanitize(IHtmlSanitizer sanitizer, string html, string caseNumber)
    {
        var body = sanitizer.Sanitize(html);
        return HasText(body) ? body : throw Rule.Broken(EmptyCode, ("case", caseNumber));
    }

    /// <summary>Readable text outside the tags: the editor's empty "&lt;p&gt;&lt;br&gt;&lt;/p&gt;" has none.</summary>
    internal static bool HasText(string? html) =>
        !string.IsNullOrWhiteSpace(html)
        && !string.IsNullOrWhiteSpace(WebUtility.HtmlDecode(Tags().Replace(html, " ")).Replace('\u00A0', ' '));

    private static string Text(string key, params object[] args) =>
        string.Format(CultureInfo.CurrentCulture, Resources.GetString(key, CultureInfo.CurrentUICulture)
            ?? throw new InvalidOperationException($"Missing comment text {key}."), args);

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Tags();
}
