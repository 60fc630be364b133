namespace Portal.Application.Common.Exceptions;

/// <summary>The user is signed in but its role may not send this request.</summary>
public sealed class ForbiddenAccessException : Exception
{
    public ForbiddenAccessException() : base("Forbidden.") { }

    public ForbiddenAccessException(string message) : base(message) { }

    public ForbiddenAccessException(string message, Exception innerException) : base(message, innerException) { }
}
