using System.Security.Claims;
using Portal.Application.Cases.Queries.ListCases;
using Portal.Application.Common.Security;

namespace Portal.Web.Pages.Cases;

/// <summary>
/// AGT-1: the provider staff's menu (home tiles and main menu) instead of the customer's: the queue, my
/// cases and unassigned cases as filters of the case list (<see cref="AgentQueues"/>), the whole list, the
/// work requests waiting for review, knowledge authoring and the announcements they write (AGT-2).
/// </summary>
public static class AgentMenu
{
    /// <summary>The resource key of the main menu's drop-down that holds the case lists, so the bar fits a laptop's width.</summary>
    public const string CasesGroup = "Menu.CasesGroup";

    public static IReadOnlyList<AgentMenuEntry> Entries { get; } =
    [
        new(ListUrl(AgentQueues.Queue), "bi-inbox", "Menu.AgentQueue", "Tile.AgentQueue", CasesGroup),
        new(ListUrl(AgentQueues.Mine), "bi-person-check", "Menu.MyCases", "Tile.MyCases", CasesGroup),
        new(ListUrl(AgentQueues.Unassigned), "bi-person-dash", "Menu.Unassigned", "Tile.Unassigned", CasesGroup),
        new("/Cases", "bi-list-ul", "Menu.AllCases", "Tile.AllCases", CasesGroup),
        new("/WorkRequests?status=Submitted", "bi-briefcase", "Menu.WorkRequestQueue", "Tile.WorkRequestQueue"),
        new("/Knowledge", "bi-journal-text", "Menu.Knowledge", "Tile.AgentKnowledge"),
        new("/Provider/Announcements", "bi-megaphone", "Menu.Announcements", "Tile.Announcements"),
        new("/Account", "bi-people", "Menu.Account", "Tile.Account"),
    ];

    /// <summary>From the sign-in cookie's role claim, which the shell reads for its menus; the application checks the database.</summary>
    public static bool IsFor(ClaimsPrincipal user) => user.IsInRole(RoleMap.AgentName) || user.IsInRole(RoleMap.ProviderAdminName);

    private static string ListUrl(CaseFilter filter) => "/Cases?f=" + Uri.EscapeDataString(CaseFilterSyntax.Format(filter));
}

/// <summary>
/// A menu entry: where it leads, its Bootstrap icon, the resource keys of its title and tile text, and the
/// main menu's drop-down it sits in (none: directly in the bar). The home page shows every entry as a tile.
/// </summary>
public sealed record AgentMenuEntry(string Href, string Icon, string Title, string Text, string? Group = null);
