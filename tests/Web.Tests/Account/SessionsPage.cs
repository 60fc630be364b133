using System.Text.RegularExpressions;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests.Account;

/// <summary>The profile's list of active sessions (AUTH-6), as a browser reads and uses it.</summary>
internal static partial class SessionsPage
{
    public static IReadOnlyList<string> OtherIds(string profile) =>
        [.. Sessions().Matches(profile).Where(m => !m.Groups["current"].Success).Select(m => m.Groups["id"].Value)];

    public static string CurrentId(string profile) =>
        Sessions().Matches(profile).Single(m => m.Groups["current"].Success).Groups["id"].Value;

    public static Task<HttpResponseMessage> EndSessionAsync(this HttpClient client, string id) =>
        client.SubmitAsync("/Account/Profile", new Dictionary<string, string> { ["id"] = id }, "/Account/Profile?handler=EndSession");

    [GeneratedRegex("data-session=\"(?<id>[0-9a-f-]{36})\"(?<current> aria-current=\"true\")?")]
    private static partial Regex Sessions();
}
