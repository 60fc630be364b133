using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Models;
using Portal.Application.Common.Security;
using Portal.Application.Common.Text;
using Portal.Domain.WorkRequests;

namespace Portal.Application.WorkRequests.Queries.ListWorkRequests;

public enum WorkRequestSort
{
    SubmittedAt,
    Number,
    Type,
    Status,
}

/// <summary>
/// WR-2, AGT-2: requests with their state, newest first by default, filtered by state and type, 20 a page. A
/// customer sees the requests of its linked customer numbers (the "Tenant" filter, TEN-1, with the exact total of
/// those only, TEN-2); agents see every customer's (their review queue).
/// </summary>
public sealed record ListWorkRequests(WorkRequestStatus? Status = null, Guid? TypeId = null, WorkRequestSort Sort = WorkRequestSort.SubmittedAt,
    bool Descending = true, int Page = 1) : IQuery<Paged<WorkRequestRow>>, IAllowed
{
    public const int PageSize = 20;

    public Roles Allowed => WorkRequestActors.Readers;
}

public sealed record WorkRequestRow(string Number, string TypeName, string AccountNumber, string Company, string SubmittedBy,
    DateTimeOffset SubmittedAt, WorkRequestStatus Status, string? CaseNumber);

public sealed class ListWorkRequestsHandler(IApplicationDbContext db) : IQueryHandler<ListWorkRequests, Paged<WorkRequestRow>>
{
    public async ValueTask<Paged<WorkRequestRow>> Handle(ListWorkRequests query, CancellationToken cancellationToken)
    {
        var requests = db.WorkRequests.AsNoTracking();
        if (query.Status is { } status)
            requests = requests.Where(r => r.Status == status);
        if (query.TypeId is { } typeId)
            requests = requests.Where(r => r.TypeId == typeId);
        var total = await requests.CountAsync(cancellationToken);
        var page = Math.Clamp(query.Page, 1, Math.Max(1, (total + ListWorkRequests.PageSize - 1) / ListWorkRequests.PageSize));
        var english = CurrentLanguage.IsEnglish;
        var rows = from r in requests
                   join t in db.WorkRequestTypes on r.TypeId equals t.Id
                   join a in db.CustomerAccounts on r.CustomerAccountId equals a.Id
                   select new { r, t, a };
        var sorted = (query.Sort, query.Descending) switch
        {
            (WorkRequestSort.Number, false) => rows.OrderBy(x => x.r.Number),
            (WorkRequestSort.Number, true) => rows.OrderByDescending(x => x.r.Number),
            (WorkRequestSort.Type, false) => rows.OrderBy(x => x.t.SortOrder).ThenByDescending(x => x.r.Number),
            (WorkRequestSort.Type, true) => rows.OrderByDescending(x => x.t.SortOrder).ThenByDescending(x => x.r.Number),
            (WorkRequestSort.Status, false) => rows.OrderBy(x => x.r.Status).ThenByDescending(x => x.r.Number),
            (WorkRequestSort.Status, true) => rows.OrderByDescending(x => x.r.Status).ThenByDescending(x => x.r.Number),
            (_, false) => rows.OrderBy(x => x.r.SubmittedAt).ThenBy(x => x.r.Number),
            _ => rows.OrderByDescending(x => x.r.SubmittedAt).ThenByDescending(x => x.r.Number),
        };
        var items = await sorted.Skip((page - 1) * ListWorkRequests.PageSize).Take(ListWorkRequests.PageSize)
            .Select(x => new
            {
                x.r.Number,
                TypeName = english && x.t.NameEn != "" ? x.t.NameEn : x.t.NameJa,
                AccountNumber = x.a.Number,
                Company = db.Companies.Where(c => c.Id == x.r.CompanyId).Select(c => c.Name).FirstOrDefault(),
                SubmittedBy = db.Contacts.Where(c => c.Id == x.r.SubmittedById).Select(c => new { c.FirstName, c.LastName }).FirstOrDefault(),
                x.r.SubmittedAt,
                x.r.Status,
                CaseNumber = db.Cases.Where(c => c.Id == x.r.CaseId).Select(c => c.Number).FirstOrDefault(),
            }).ToListAsync(cancellationToken);
        return new Paged<WorkRequestRow>(items.Select(i => new WorkRequestRow(i.Number, i.TypeName, i.AccountNumber, i.Company ?? "",
            i.SubmittedBy is null ? "" : Domain.Contacts.Contact.FormatName(i.SubmittedBy.FirstName, i.SubmittedBy.LastName),
            i.SubmittedAt, i.Status, i.CaseNumber)).ToList(), total, page, ListWorkRequests.PageSize);
    }
}
