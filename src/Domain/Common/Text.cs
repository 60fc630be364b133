using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Portal.Domain.Common;

/// <summary>
/// Last-line checks on text entering an aggregate. Validators give field errors first; these keep an
/// aggregate from ever holding a value its column cannot store.
/// </summary>
/// <remarks>
/// NFR-4: control characters other than tab, CR and LF are removed here. Every aggregate's text passes
/// through these helpers whatever sent it (a page, the API, a job, the seed), so a feature to come gets
/// it by writing its aggregate the usual way; a model binder would miss the API and jobs. NUL above all:
/// PostgreSQL refuses it in text. The application's validation refuses such text earlier with a field
/// error; this is what still holds when a path skips validation.
/// </remarks>
public static class Text
{
    public static string Required(string? value, int max, string field)
    {
        var clean = Clean(value);
        if (string.IsNullOrWhiteSpace(clean))
        {
            throw Rule.Broken("Value.Required", ("field", field));
        }

        return Bounded(clean.Trim(), max, field);
    }

    public static string? Optional(string? value, int max, string field)
    {
        var clean = Clean(value);
        return string.IsNullOrWhiteSpace(clean) ? null : Bounded(clean.Trim(), max, field);
    }

    /// <summary>Cuts free-form diagnostic text (user agents, errors) that must never fail a write.</summary>
    public static string? Truncate(string? value, int max)
    {
        var clean = Clean(value);
        return clean is null || clean.Length <= max ? clean : clean[..max];
    }

    /// <summary>True for the characters text may not hold: control characters other than tab, CR and LF.</summary>
    public static bool IsForbidden(char c) => char.IsControl(c) && c is not ('\t' or '\r' or '\n');

    /// <summary>The text without <see cref="IsForbidden"/> characters (for text the helpers above don't bound, e.g. sanitized HTML).</summary>
    [return: NotNullIfNotNull(nameof(value))]
    public static string? Clean(string? value)
    {
        if (value is null || !value.Any(IsForbidden))
        {
            return value;
        }

        var clean = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (!IsForbidden(c))
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }

    private static string Bounded(string value, int max, string field) =>
        value.Length <= max ? value : throw Rule.Broken("Value.TooLong", ("field", field), ("max", max));
}
