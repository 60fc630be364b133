namespace Portal.Application.Common.Exceptions;

/// <summary>The request needs a signed-in user and there is none.</summary>
public sealed class UnauthenticatedException : Exception
{
    public UnauthenticatedException() : base("Sign-in required.") { }

    public UnauthenticatedException(string message) : base(message) { }

    public UnauthenticatedException(string message, Exception innerException) : base(message, innerException) { }
}
