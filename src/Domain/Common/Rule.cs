namespace Portal.Domain.Common;

/// <summary>Builds a <see cref="DomainRuleException"/> with named data for the message.</summary>
public static class Rule
{
    public static DomainRuleException Broken(string code, params (string Key, object? Value)[] data)
    {
        var details = new Dictionary<string, object?>(data.Length);
        foreach (var (key, value) in data)
        {
            details[key] = value;
        }

        return new DomainRuleException(code, details);
    }
}
