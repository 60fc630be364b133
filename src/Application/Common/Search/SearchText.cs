using System.Globalization;
using System.Text;

namespace Portal.Application.Common.Search;

/// <summary>
/// CASE-5 keyword: the index's view of a text. Japanese has no spaces between words, so a run of CJK
/// characters becomes its overlapping pairs (「アラート」 → アラ ラー ート) and a substring of two or more
/// characters is the phrase of its pairs; other letters and digits form lower-case words, matched by
/// prefix. Both databases index these tokens (FTS5 on SQLite, a GIN full-text index on PostgreSQL).
/// </summary>
public static class SearchText
{
    /// <summary>The longest keyword accepted; longer text is not a search but a paste.</summary>
    public const int KeywordMax = 200;

    /// <summary>Most terms in one keyword.</summary>
    public const int TermsMax = 8;

    /// <summary>The text as space-separated tokens, as stored in the index.</summary>
    public static string Tokens(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return string.Empty;
        var tokens = new StringBuilder(text.Length * 3);
        foreach (var run in Runs(text))
        {
            foreach (var token in run.Tokens())
            {
                if (tokens.Length > 0)
                    tokens.Append(' ');
                tokens.Append(token);
            }
        }

        return tokens.ToString();
    }

    /// <summary>
    /// The terms of a keyword (space-separated; each must be found, in any part of the case). Null when a
    /// term can't be searched: a single CJK character has no pair to look up, a single letter matches nearly everything.
    /// </summary>
    public static IReadOnlyList<SearchTerm>? Terms(string? keyword)
    {
        if (string.IsNullOrWhiteSpace(keyword))
            return [];
        var terms = new List<SearchTerm>();
        foreach (var part in Normalize(keyword).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var runs = Runs(part).ToList();
            if (runs.Count == 0)
                continue;
            if (runs.Exists(r => r.IsCjk && r.Text.Length < 2) || (runs.Count == 1 && runs[0].Text.Length < 2))
                return null;
            var tokens = runs.SelectMany(r => r.Tokens()).ToList();
            // A trailing word may be the start of a longer one ("alert" finds "alerts").
            terms.Add(new SearchTerm(tokens, PrefixLast: !runs[^1].IsCjk));
        }

        return terms.Count is 0 or > TermsMax ? null : terms.DistinctBy(t => t.ToString()).ToList();
    }

    private static string Normalize(string text) => text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();

    private static IEnumerable<Run> Runs(string text)
    {
        var normalized = Normalize(text);
        var start = -1;
        var cjk = false;
        for (var i = 0; i <= normalized.Length; i++)
        {
            var kind = i < normalized.Length ? Kind(normalized[i]) : CharKind.Separator;
            var isCjk = kind == CharKind.Cjk;
            if (start >= 0 && (kind == CharKind.Separator || isCjk != cjk))
            {
                yield return new Run(normalized[start..i], cjk);
                start = -1;
            }

            if (start < 0 && kind != CharKind.Separator)
            {
                start = i;
                cjk = isCjk;
            }
        }
    }

    private static CharKind Kind(char c)
    {
        if (c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF')
            or (>= '\uF900' and <= '\uFAFF') or (>= '\uAC00' and <= '\uD7AF') or (>= '\u31F0' and <= '\u31FF') or '\u3005')
            return CharKind.Cjk;
        if (char.IsSurrogate(c))
            return CharKind.Separator;
        return char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.OtherLetter or UnicodeCategory.ModifierLetter
            or UnicodeCategory.DecimalDigitNumber
            ? CharKind.Word
            : CharKind.Separator;
    }

    private enum CharKind
    {
        Separator,
        Word,
        Cjk,
    }

    private readonly record struct Run(string Text, bool IsCjk)
    {
        public IEnumerable<string> Tokens()
        {
            if (!IsCjk || Text.Length < 2)
            {
                yield return Text;
                yield break;
            }

            for (var i = 0; i + 1 < Text.Length; i++)
                yield return Text.Substring(i, 2);
        }
    }
}

/// <summary>One keyword term: tokens that must stand next to each other in one text.</summary>
public sealed record SearchTerm(IReadOnlyList<string> Tokens, bool PrefixLast)
{
    /// <summary>FTS5: a quoted phrase, a trailing word as prefix (the tokens hold letters and digits only).</summary>
    public string ToFts5() => $"\"{string.Join(' ', Tokens)}\"" + (PrefixLast ? "*" : string.Empty);

    /// <summary>PostgreSQL tsquery: tokens followed by one another, a trailing word as prefix.</summary>
    public string ToTsQuery() => string.Join(" <-> ", Tokens) + (PrefixLast ? ":*" : string.Empty);

    /// <summary>
    /// A LIKE pattern over the stored tokens (space-padded) where no index is available: the phrase with a
    /// token boundary before it, and after it unless the last word is a prefix.
    /// </summary>
    public string ToLikePattern() => "% " + string.Join(' ', Tokens) + (PrefixLast ? "%" : " %");

    public override string ToString() => ToFts5();
}
