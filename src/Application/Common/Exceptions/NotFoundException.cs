namespace Portal.Application.Common.Exceptions;

/// <summary>The thing does not exist for this user: also used for other tenants' rows (TEN-2).</summary>
public sealed class NotFoundException : Exception
{
    public NotFoundException() : base("Not found.") { }

    public NotFoundException(string message) : base(message) { }

    public NotFoundException(string message, Exception innerException) : base(message, innerException) { }
}
