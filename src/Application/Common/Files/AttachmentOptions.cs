namespace Portal.Application.Common.Files;

/// <summary>Section "Attachments" (CASE-8, WR-1): the size of one file and the file types refused.</summary>
public sealed class AttachmentOptions
{
    public const string Section = "Attachments";

    /// <summary>2 GiB.</summary>
    public const long DefaultMaxBytes = 2L * 1024 * 1024 * 1024;

    /// <summary>Programs and scripts a Windows desktop would run on a double click.</summary>
    public static readonly IReadOnlyList<string> DefaultBlockedExtensions =
    [
        "exe", "bat", "cmd", "com", "msi", "msp", "scr", "pif", "ps1", "psm1", "vbs", "vbe", "js", "jse", "jar",
        "dll", "cpl", "hta", "wsf", "wsh", "lnk", "reg", "inf", "sys", "application", "gadget", "msc",
    ];

    public long MaxBytes { get; set; } = DefaultMaxBytes;

    /// <summary>Extensions without the dot; null keeps <see cref="DefaultBlockedExtensions"/>.</summary>
    /// <remarks>Null by default: the configuration binder would add configured entries to a pre-filled array.</remarks>
#pragma warning disable CA1819 // bound from configuration
    public string[]? BlockedExtensions { get; set; }
#pragma warning restore CA1819

    public IEnumerable<string> Blocked => BlockedExtensions ?? DefaultBlockedExtensions;
}
