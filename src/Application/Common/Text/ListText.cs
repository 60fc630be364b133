using System.Globalization;
using System.Resources;

namespace Portal.Application.Common.Text;

/// <summary>CASE-5 list messages (filter, sort, keyword) in the user's language (Resources/ListText.resx, ja neutral, and .en).</summary>
public static class ListText
{
    private static readonly ResourceManager Resources = new("Portal.Application.Resources.ListText", typeof(ListText).Assembly);

    public static string Get(string key, params object?[] args)
    {
        var format = Resources.GetString(key, CultureInfo.CurrentUICulture) ?? throw new InvalidOperationException($"Missing list text {key}.");
        return args.Length == 0 ? format : string.Format(CultureInfo.CurrentCulture, format, args);
    }
}
