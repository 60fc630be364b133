namespace Portal.Application.Cases;

/// <summary>
/// CASE-7: how deeply the elements of raw comment HTML nest and how many there are, read in one linear pass
/// before any HTML parser sees them. Both figures err on the high side of the tree a parser builds: an end
/// tag closes only the element opened last (a parser may close more, never fewer that way), and an end tag
/// that closes nothing counts as an element (a parser may create one for it). So a comment within the
/// limits is cheap to sanitize, whatever its markup. Stops reading as soon as a limit is passed.
/// </summary>
internal static class CommentMarkup
{
    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr",
    };

    public readonly record struct Shape(int Depth, int Elements);

    /// <summary>The deepest nesting and the element count, each at most one past its limit.</summary>
    public static Shape Measure(string html, int maxDepth, int maxElements)
    {
        var open = new Stack<string>(maxDepth + 1);
        var elements = 0;
        var i = 0;
        while (open.Count <= maxDepth && elements <= maxElements)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
                break;
            var next = html[lt + 1];
            if (next is '!' or '?')
            {
                i = MarkupEnd(html, lt);
                continue;
            }

            var closing = next == '/';
            var nameStart = lt + (closing ? 2 : 1);
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                i = lt + 1; // text, as a parser reads it
                continue;
            }

            var nameEnd = nameStart;
            while (nameEnd < html.Length && !char.IsWhiteSpace(html[nameEnd]) && html[nameEnd] is not ('/' or '>'))
                nameEnd++;
            var name = html[nameStart..nameEnd];
            i = TagEnd(html, nameEnd);
            if (closing && open.TryPeek(out var current) && current.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                open.Pop();
                continue;
            }

            elements++;
            if (!closing && !Void.Contains(name))
                open.Push(name);
        }

        return new Shape(open.Count, elements);
    }

    /// <summary>Just past a comment (which "--&gt;", "--!&gt;" or an abrupt "&lt;!--&gt;" ends), doctype or processing instruction.</summary>
    private static int MarkupEnd(string html, int lt)
    {
        if (!html.AsSpan(lt).StartsWith("<!--"))
            return End(html.IndexOf('>', lt), 1);
        var body = lt + 4;
        foreach (var abrupt in new[] { ">", "->" })
        {
            if (html.AsSpan(body).StartsWith(abrupt))
                return body + abrupt.Length;
        }

        var dashes = html.IndexOf("-->", body, StringComparison.Ordinal);
        var bang = html.IndexOf("--!>", body, StringComparison.Ordinal);
        return bang >= 0 && (dashes < 0 || bang < dashes) ? bang + 4 : End(dashes, 3);

        int End(int at, int length) => at < 0 ? html.Length : at + length;
    }

    /// <summary>
    /// Just past the tag's closing '&gt;', with the tokenizer's attribute states: a quote opens a value only
    /// right after an attribute name's '=', so no '&gt;' a parser sees as the tag's end is skipped.
    /// </summary>
    private static int TagEnd(string html, int i)
    {
        while (i < html.Length)
        {
            // Before an attribute name; a leading '=' belongs to the name.
            while (i < html.Length && (char.IsWhiteSpace(html[i]) || html[i] == '/'))
                i++;
            if (i >= html.Length || html[i] == '>')
                break;
            i++;
            while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] is not ('/' or '>' or '='))
                i++;
            while (i < html.Length && char.IsWhiteSpace(html[i]))
                i++;
            if (i >= html.Length || html[i] != '=')
                continue;
            i++;
            while (i < html.Length && char.IsWhiteSpace(html[i]))
                i++;
            if (i < html.Length && html[i] is '"' or '\'')
            {
                var close = html.IndexOf(html[i], i + 1);
                i = close < 0 ? html.Length : close + 1;
            }
            else
            {
                while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] != '>')
                    i++;
            }
        }

        return Math.Min(i + 1, html.Length);
    }
}
