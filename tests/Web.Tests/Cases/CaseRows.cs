using System.Net;
using System.Text.RegularExpressions;

namespace Portal.Web.Tests.Cases;

/// <summary>Reading the case list page (CASE-4) as a browser shows it.</summary>
internal static partial class CaseRows
{
    public sealed record Row(string Number, string Subject);

    public static List<Row> Read(string html) =>
        [.. SubjectCell().Matches(html).Select(m => new Row(m.Groups["number"].Value, WebUtility.HtmlDecode(m.Groups["subject"].Value)))];

    public static string NumberOf(string html, string subject) => Read(html).Single(r => r.Subject == subject).Number;

    [GeneratedRegex("<td class=\"case-subject\"[^>]*><a href=\"/Cases/(?<number>CS\\d{7})\">(?<subject>[^<]*)</a></td>")]
    private static partial Regex SubjectCell();
}
