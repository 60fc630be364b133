using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Portal.Application.Common.Mail;

/// <summary>
/// The readable text of (sanitized) comment HTML for a plain-text mail body: tags are dropped, blocks
/// become lines, entities are decoded after the tags are gone, so no markup reaches the mail.
/// </summary>
public static partial class HtmlText
{
    private static readonly HashSet<string> LineBreaks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol", "hr",
    };

    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase) { "script", "style" };

    public static string ToPlainText(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return string.Empty;
        }

        var text = new StringBuilder(html.Length);
        var run = new StringBuilder();
        var i = 0;
        while (i < html.Length)
        {
            if (html[i] != '<')
            {
                run.Append(html[i++]);
                continue;
            }

            text.Append(WebUtility.HtmlDecode(run.ToString()));
            run.Clear();
            var end = TagEnd(html, i);
            var (name, closing) = TagName(html.AsSpan(i + 1, Math.Max(0, end - i - 1)));
            i = end + 1;
            if (!closing && Dropped.Contains(name))
            {
                var close = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : TagEnd(html, close) + 1;
                continue;
            }

            if (LineBreaks.Contains(name))
            {
                text.Append('\n');
            }
            else if (closing && (name.Equals("td", StringComparison.OrdinalIgnoreCase) || name.Equals("th", StringComparison.OrdinalIgnoreCase)))
            {
                text.Append('\t');
            }

            if (!closing && name.Equals("li", StringComparison.OrdinalIgnoreCase))
            {
                text.Append("- ");
            }
        }

        text.Append(WebUtility.HtmlDecode(run.ToString()));
        var lines = text.ToString().Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n').Select(l => l.Trim());
        return BlankLines().Replace(string.Join('\n', lines), "\n\n").Trim();
    }

    /// <summary>The index of the '>' closing the tag opened at <paramref name="start"/>, skipping quoted attribute values.</summary>
    private static int TagEnd(string html, int start)
    {
        char? quote = null;
        for (var i = start + 1; i < html.Length; i++)
        {
            var c = html[i];
            if (quote is not null)
            {
                if (c == quote)
                {
                    quote = null;
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i;
            }
        }

        return html.Length - 1;
    }

    private static (string Name, bool Closing) TagName(ReadOnlySpan<char> tag)
    {
        var closing = tag.StartsWith("/");
        if (closing)
        {
            tag = tag[1..];
        }

        var length = 0;
        while (length < tag.Length && char.IsAsciiLetterOrDigit(tag[length]))
        {
            length++;
        }

        return (tag[..length].ToString(), closing);
    }

    [GeneratedRegex("\n{3,}")]
    private static partial Regex BlankLines();
}
