namespace Portal.Domain.Common;

/// <summary>Human-readable sequential numbers: a prefix and a zero-padded counter (CS0000001, KB0000001).</summary>
public static class SequenceNumber
{
    public static string Format(string prefix, long value, int digits = 7)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
        return prefix + value.ToString(new string('0', digits), System.Globalization.CultureInfo.InvariantCulture);
    }
}
