using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Application.Common.Models;
using Portal.Application.WorkRequests.Queries.ListRequestTypes;
using Portal.Application.WorkRequests.Queries.ListWorkRequests;
using Portal.Domain.WorkRequests;

namespace Portal.Web.Pages.WorkRequests;

/// <summary>
/// WR-1, WR-2 (guide 4.7.1 作業依頼一覧): the request types to choose from, and the requests with their state:
/// a customer's own (its linked customer numbers), or, for agents, every customer's as the review queue (AGT-2),
/// filtered by state and type, sorted and paged in the URL.
/// </summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    public const string Path = "/WorkRequests";

    public IReadOnlyList<RequestTypeRow> Types { get; private set; } = [];

    public Paged<WorkRequestRow> Rows { get; private set; } = null!;

    public WorkRequestStatus? Status { get; private set; }

    public Guid? TypeId { get; private set; }

    public WorkRequestSort Sort { get; private set; }

    public bool Descending { get; private set; }

    public bool IsStaff { get; private set; }

    public async Task OnGetAsync(WorkRequestStatus? status, Guid? type, WorkRequestSort sort = WorkRequestSort.SubmittedAt, bool? desc = null, int p = 1,
        CancellationToken cancellationToken = default)
    {
        IsStaff = User.IsInRole(Application.Common.Security.RoleMap.AgentName) || User.IsInRole(Application.Common.Security.RoleMap.ProviderAdminName);
        Status = status is { } s && Enum.IsDefined(s) ? s : null;
        TypeId = type;
        Sort = Enum.IsDefined(sort) ? sort : WorkRequestSort.SubmittedAt;
        Descending = desc ?? Sort == WorkRequestSort.SubmittedAt;
        Types = await sender.Send(new ListRequestTypes(), cancellationToken);
        Rows = await sender.Send(new ListWorkRequests(Status, TypeId, Sort, Descending, p), cancellationToken);
    }

    public string Link(int? page = null, WorkRequestSort? sort = null, bool? desc = null, WorkRequestStatus? status = null, bool clearStatus = false)
    {
        var chosenSort = sort ?? Sort;
        var chosenStatus = clearStatus ? null : status ?? Status;
        var query = new Dictionary<string, string?>
        {
            ["status"] = chosenStatus?.ToString(),
            ["type"] = TypeId?.ToString(),
            ["sort"] = chosenSort == WorkRequestSort.SubmittedAt ? null : chosenSort.ToString(),
            ["desc"] = (desc ?? Descending) == (chosenSort == WorkRequestSort.SubmittedAt) ? null : (desc ?? Descending) ? "true" : "false",
            ["p"] = (page ?? 1) <= 1 ? null : (page ?? 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(Path, query);
    }

    public string SortLink(WorkRequestSort column) => Link(page: 1, sort: column, desc: column == Sort ? !Descending : column == WorkRequestSort.SubmittedAt);

    public string? AriaSort(WorkRequestSort column) => column != Sort ? null : Descending ? "descending" : "ascending";
}
