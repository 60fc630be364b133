namespace Portal.Infrastructure.Identity;

/// <summary>How a browser is named in the lists of the profile (remembered browsers, sessions): shortened to fit their columns.</summary>
internal static class ClientInfo
{
    public const int BrowserMax = 200;
    public const int AddressMax = 64;

    public static string Browser(string? userAgent) =>
        string.IsNullOrWhiteSpace(userAgent) ? "-" : userAgent.Length <= BrowserMax ? userAgent : userAgent[..BrowserMax];

    public static string? Address(string? ipAddress) => ipAddress is { Length: > AddressMax } ? ipAddress[..AddressMax] : ipAddress;
}
