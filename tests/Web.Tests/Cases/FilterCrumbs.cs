using System.Net;
using System.Text.RegularExpressions;

namespace Portal.Web.Tests.Cases;

/// <summary>Reading the filter breadcrumb (CASE-5, guide 4.8.7) and the page's filter form as a browser shows them.</summary>
internal static partial class FilterCrumbs
{
    /// <summary>One step: its text, and its link unless it is the current (last) step.</summary>
    public sealed record Crumb(string Label, string? Link);

    public static List<Crumb> Read(string html)
    {
        var list = CrumbList().Match(html);
        Assert.True(list.Success, "the page has no filter breadcrumb");
        return [.. Item().Matches(list.Groups["items"].Value).Select(m =>
        {
            var body = OrBadge().Replace(m.Groups["body"].Value, string.Empty); // 「または」 before a step that starts a group
            var link = Anchor().Match(body);
            return link.Success
                ? new Crumb(WebUtility.HtmlDecode(link.Groups["label"].Value).Trim(), WebUtility.HtmlDecode(link.Groups["href"].Value))
                : new Crumb(WebUtility.HtmlDecode(Tags().Replace(body, string.Empty)).Trim(), null);
        })];
    }

    /// <summary>The decoded text of the error summary above the list, or null when there is none.</summary>
    public static string? Errors(string html)
    {
        var summary = ErrorSummary().Match(html);
        return summary.Success ? WebUtility.HtmlDecode(Tags().Replace(summary.Groups["body"].Value, " ")).Trim() : null;
    }

    /// <summary>The value of the builder form's hidden filter field (what "run" submits again).</summary>
    public static string FilterField(string html) => WebUtility.HtmlDecode(FilterOutput().Match(html).Groups["value"].Value);

    [GeneratedRegex("<ol class=\"breadcrumb mb-0 small filter-crumbs\">(?<items>.*?)</ol>", RegexOptions.Singleline)]
    private static partial Regex CrumbList();

    [GeneratedRegex("<li class=\"breadcrumb-item[^\"]*\"[^>]*>(?<body>.*?)</li>", RegexOptions.Singleline)]
    private static partial Regex Item();

    [GeneratedRegex("<span class=\"badge[^\"]*\">[^<]*</span>")]
    private static partial Regex OrBadge();

    [GeneratedRegex("<a href=\"(?<href>[^\"]*)\">(?<label>[^<]*)</a>")]
    private static partial Regex Anchor();

    [GeneratedRegex("<div class=\"[^\"]*filter-errors[^\"]*\"[^>]*>(?<body>.*?)</div>", RegexOptions.Singleline)]
    private static partial Regex ErrorSummary();

    [GeneratedRegex("<input type=\"hidden\" name=\"f\" value=\"(?<value>[^\"]*)\" data-filter-output")]
    private static partial Regex FilterOutput();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
