namespace Portal.Domain.Common;

/// <summary>
/// Last-line checks on text entering an aggregate. Validators give field errors first; these keep an
/// aggregate from ever holding a value its column cannot store.
/// </summary>
public static class Text
{
    public static string Required(string? value, int max, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw Rule.Broken("Value.Required", ("field", field));
        }

        return Bounded(value.Trim(), max, field);
    }

    public static string? Optional(string? value, int max, string field) =>
        string.IsNullOrWhiteSpace(value) ? null : Bounded(value.Trim(), max, field);

    /// <summary>Cuts free-form diagnostic text (user agents, errors) that must never fail a write.</summary>
    public static string? Truncate(string? value, int max) =>
        value is null || value.Length <= max ? value : value[..max];

    private static string Bounded(string value, int max, string field) =>
        value.Length <= max ? value : throw Rule.Broken("Value.TooLong", ("field", field), ("max", max));
}
