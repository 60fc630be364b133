using Ganss.Xss;

namespace Portal.Infrastructure.Html;

/// <summary>
/// CASE-7: what the comment editor produces (paragraphs, bold, italic, underline, colours, lists, tables,
/// links) and nothing else: no scripts, event handlers, SVG, or URLs other than http(s) and mailto.
/// </summary>
public sealed class AllowListHtmlSanitizer : Application.Common.Interfaces.IHtmlSanitizer
{
    private readonly HtmlSanitizer _sanitizer = new(new HtmlSanitizerOptions
    {
        AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "p", "br", "div", "span", "b", "strong", "i", "em", "u", "s", "strike", "sub", "sup", "blockquote", "pre", "code",
            "ul", "ol", "li", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "colgroup", "col", "a", "h1", "h2", "h3", "h4", "hr",
        },
        AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "style", "href", "title", "colspan", "rowspan", "span", "start",
        },
        AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "color", "background-color", "text-align", "text-decoration", "font-weight", "font-style",
        },
        AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" },
        UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href" },
    });

    public string Sanitize(string html) => _sanitizer.Sanitize(html);
}
