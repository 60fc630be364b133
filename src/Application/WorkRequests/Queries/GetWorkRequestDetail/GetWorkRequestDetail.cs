using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Application.Common.Text;
using Portal.Domain.Contacts;
using Portal.Domain.WorkRequests;

namespace Portal.Application.WorkRequests.Queries.GetWorkRequestDetail;

/// <summary>
/// WR-2: one request as sent (its answers with the labels of the form then), its files and its state: accepted
/// with its case number, or rejected with the reason. Another tenant's request is not found, like an unknown one.
/// </summary>
public sealed record GetWorkRequestDetail(string Number) : IQuery<WorkRequestDetail>, IAllowed
{
    public Roles Allowed => WorkRequestActors.Readers;
}

public sealed record WorkRequestDetail(
    string Number,
    long Version,
    string TypeCode,
    string TypeName,
    bool TypeOnOffer,
    string AccountNumber,
    string? AccountName,
    string Company,
    string SubmittedBy,
    DateTimeOffset SubmittedAt,
    WorkRequestStatus Status,
    IReadOnlyList<(string Label, string Value, FormFieldKind Kind)> Answers,
    IReadOnlyList<WorkRequestFile> Files,
    string? CaseNumber,
    string? RejectionReason,
    DateTimeOffset? DecidedAt,
    string? DecidedBy,
    bool CanReview);

public sealed record WorkRequestFile(Guid Id, string FileName, long Length);

public sealed class GetWorkRequestDetailHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetWorkRequestDetail, WorkRequestDetail>
{
    public async ValueTask<WorkRequestDetail> Handle(GetWorkRequestDetail query, CancellationToken cancellationToken)
    {
        if (!WorkRequest.IsValidNumber(query.Number))
            throw new NotFoundException();
        var request = await db.WorkRequests.AsNoTracking().Include(r => r.Attachments).SingleOrDefaultAsync(r => r.Number == query.Number, cancellationToken)
            ?? throw new NotFoundException();
        var type = await db.WorkRequestTypes.AsNoTracking().SingleAsync(t => t.Id == request.TypeId, cancellationToken);
        var account = await db.CustomerAccounts.AsNoTracking().SingleAsync(a => a.Id == request.CustomerAccountId, cancellationToken);
        var company = await db.Companies.AsNoTracking().Where(c => c.Id == request.CompanyId).Select(c => c.Name).SingleAsync(cancellationToken);
        var people = await NamesAsync([request.SubmittedById, .. request.DecidedById is { } d ? new[] { d } : []], cancellationToken);
        var caseNumber = request.CaseId is { } caseId
            ? await db.Cases.AsNoTracking().Where(c => c.Id == caseId).Select(c => c.Number).SingleOrDefaultAsync(cancellationToken)
            : null;
        var language = CurrentLanguage.Value;
        return new WorkRequestDetail(request.Number, request.Version, type.Code, type.NameIn(language), type.IsActive, account.Number, account.DisplayName,
            company, people.GetValueOrDefault(request.SubmittedById, ""), request.SubmittedAt, request.Status,
            request.Answers.Select(a => (a.Label.In(language), a.Value.In(language), a.Kind)).ToList(),
            request.Attachments.OrderBy(a => a.UploadedAt).Select(a => new WorkRequestFile(a.Id, a.FileName, a.Length)).ToList(),
            caseNumber, request.RejectionReason, request.DecidedAt,
            request.DecidedById is { } decider ? people.GetValueOrDefault(decider) : null,
            request.Status == WorkRequestStatus.Submitted && (user.Role & WorkRequestActors.Reviewers) != 0);
    }

    /// <summary>The requester (a contact of the request's company) and the deciding agent (staff, named to customers as on cases).</summary>
    private async Task<Dictionary<Guid, string>> NamesAsync(Guid[] ids, CancellationToken cancellationToken)
    {
        var contacts = await db.Contacts.AsNoTracking().Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, c.FirstName, c.LastName })
            .ToListAsync(cancellationToken);
        var staff = await db.StaffContacts().AsNoTracking().Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, c.FirstName, c.LastName })
            .ToListAsync(cancellationToken);
        return contacts.Concat(staff).DistinctBy(c => c.Id).ToDictionary(c => c.Id, c => Contact.FormatName(c.FirstName, c.LastName));
    }
}
