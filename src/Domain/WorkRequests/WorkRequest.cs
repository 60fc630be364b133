using System.Text.RegularExpressions;
using Portal.Domain.Common;
using Portal.Domain.Companies;
using Portal.Domain.WorkRequests.Events;

namespace Portal.Domain.WorkRequests;

/// <summary>A customer's request for work (WRnnnnnnn, WR-1), accepted into a case or rejected once (WR-2).</summary>
public sealed partial class WorkRequest : AggregateRoot
{
    public const string NumberPrefix = "WR";
    public const int NumberMax = 9;
    public const int RejectionReasonMax = 2000;

    private readonly List<WorkRequestAttachment> _attachments = [];

    private WorkRequest(string number, Guid customerAccountId, Guid companyId, Guid typeId, Guid submittedById,
        string valuesJson, DateTimeOffset submittedAt)
    {
        Number = number;
        CustomerAccountId = customerAccountId;
        CompanyId = companyId;
        TypeId = typeId;
        SubmittedById = submittedById;
        ValuesJson = valuesJson;
        Status = WorkRequestStatus.Submitted;
        SubmittedAt = submittedAt;
    }

    public string Number { get; private set; }

    public Guid CustomerAccountId { get; private set; }

    public Guid CompanyId { get; private set; }

    public Guid TypeId { get; private set; }

    public Guid SubmittedById { get; private set; }

    /// <summary>The answers with the labels the form had when submitted (<see cref="RequestForm.AnswersToJson"/>).</summary>
    public string ValuesJson { get; private set; }

    public IReadOnlyList<RequestAnswer> Answers => RequestForm.AnswersFrom(ValuesJson);

    public WorkRequestStatus Status { get; private set; }

    public string? RejectionReason { get; private set; }

    public Guid? CaseId { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public Guid? DecidedById { get; private set; }

    public IReadOnlyCollection<WorkRequestAttachment> Attachments => _attachments;

    public static bool IsValidNumber(string? number) => number is not null && NumberFormat().IsMatch(number);

    public static WorkRequest Submit(string number, CustomerAccount account, WorkRequestType type, Guid submittedById,
        IReadOnlyList<RequestAnswer> answers, DateTimeOffset now)
    {
        if (!IsValidNumber(number))
        {
            throw Rule.Broken("WorkRequest.InvalidNumber", ("number", number));
        }

        if (!account.IsActive)
        {
            throw Rule.Broken("WorkRequest.AccountInactive", ("account", account.Number));
        }

        if (!type.IsActive)
        {
            throw Rule.Broken("WorkRequest.TypeInactive", ("type", type.Code));
        }

        var request = new WorkRequest(number, account.Id, account.CompanyId, type.Id, submittedById,
            RequestForm.AnswersToJson(answers), now);
        request.Raise(new WorkRequestSubmitted(request.Id, number, account.Id, type.Id, submittedById, now));
        return request;
    }

    public WorkRequestAttachment AddAttachment(StoredFile file, Guid uploadedById, DateTimeOffset now)
    {
        EnsureUndecided();
        var attachment = new WorkRequestAttachment(Id, file, uploadedById, now);
        _attachments.Add(attachment);
        return attachment;
    }

    /// <summary>WR-2: <paramref name="caseId"/> is the case made by <c>Case.FromWorkRequest</c>.</summary>
    public void Accept(Guid caseId, Guid agentId, DateTimeOffset now)
    {
        Decide(WorkRequestStatus.Accepted, agentId, now);
        CaseId = caseId;
        Raise(new WorkRequestAccepted(Id, Number, caseId, agentId, now));
    }

    public void Reject(string reason, Guid agentId, DateTimeOffset now)
    {
        var valid = Text.Required(reason, RejectionReasonMax, nameof(RejectionReason));
        Decide(WorkRequestStatus.Rejected, agentId, now);
        RejectionReason = valid;
        Raise(new WorkRequestRejected(Id, Number, valid, agentId, now));
    }

    public void EnsureUndecided()
    {
        if (Status != WorkRequestStatus.Submitted)
        {
            throw Rule.Broken("WorkRequest.AlreadyDecided", ("workRequest", Number), ("status", Status.ToString()));
        }
    }

    private void Decide(WorkRequestStatus status, Guid agentId, DateTimeOffset now)
    {
        EnsureUndecided();
        Status = status;
        DecidedAt = now;
        DecidedById = agentId;
    }

    [GeneratedRegex("^WR[0-9]{7}$")]
    private static partial Regex NumberFormat();
}
