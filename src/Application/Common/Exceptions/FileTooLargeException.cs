namespace Portal.Application.Common.Exceptions;

/// <summary>CASE-8: a stream grew beyond the size allowed for one file; storage has already dropped what it wrote.</summary>
public sealed class FileTooLargeException : Exception
{
    public FileTooLargeException() : base("The file is too large.") { }

    public FileTooLargeException(long maxLength) : base($"The file is larger than {maxLength} bytes.") => MaxLength = maxLength;

    public FileTooLargeException(string message) : base(message) { }

    public FileTooLargeException(string message, Exception innerException) : base(message, innerException) { }

    public long MaxLength { get; }
}
