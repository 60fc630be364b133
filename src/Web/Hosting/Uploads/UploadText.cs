using System.Globalization;
using Microsoft.Extensions.Localization;
using Portal.Domain.Common;
using Portal.Web.Resources;

namespace Portal.Web.Hosting.Uploads;

/// <summary>CASE-8: file sizes and the upload refusals in the page's language, with the file name and the limit.</summary>
internal static class UploadText
{
    private static readonly string[] Units = ["B", "KB", "MB", "GB", "TB"];

    /// <summary>1,024-based, e.g. "2 GB", "1.5 MB".</summary>
    public static string Size(long bytes)
    {
        double value = bytes;
        var unit = 0;
        while (value >= 1024 && unit < Units.Length - 1)
        {
            value /= 1024;
            unit++;
        }

        var format = unit == 0 || value >= 100 || value == Math.Floor(value) ? "0" : "0.#";
        return value.ToString(format, CultureInfo.CurrentCulture) + " " + Units[unit];
    }

    public static string Refusal(this IStringLocalizer<SharedResource> text, DomainRuleException refusal)
    {
        var file = refusal.Details.GetValueOrDefault("file") as string;
        var limit = refusal.Details.GetValueOrDefault("limit") is long bytes ? Size(bytes) : string.Empty;
        return refusal.Code switch
        {
            "File.TooLarge" when file is null => text["File.RequestTooLarge", limit],
            "File.TooLarge" => text["File.TooLarge", file, limit],
            "File.BlockedExtension" => text["File.BlockedExtension", file ?? string.Empty],
            _ => text[refusal.Code],
        };
    }
}
