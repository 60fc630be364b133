namespace Portal.Domain.Common;

/// <summary>
/// A business rule refused the operation. <see cref="Code"/> is a stable key ("Case.CannotClose")
/// that Web and mail turn into a localized message; <see cref="Data"/> carries what the message needs.
/// </summary>
public class DomainRuleException : Exception
{
    public DomainRuleException(string code, IReadOnlyDictionary<string, object?>? data = null)
        : base(code)
    {
        Code = code;
        Details = data ?? new Dictionary<string, object?>();
    }

    public DomainRuleException() : this("Domain.Rule") { }

    public DomainRuleException(string message, Exception innerException) : base(message, innerException)
    {
        Code = message;
        Details = new Dictionary<string, object?>();
    }

    public string Code { get; }

    public IReadOnlyDictionary<string, object?> Details { get; }
}
