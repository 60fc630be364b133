using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;
using System.Text.RegularExpressions;
using Portal.Domain.Cases.Events;
using Portal.Domain.Common;
using Portal.Domain.Companies;
using Portal.Domain.WorkRequests;

namespace Portal.Domain.Cases;

/// <summary>
/// An inquiry, alert or accepted work request (CSnnnnnnn) with its conversation. Enforces CASE-2 (with
/// a unique index on <see cref="OpenInquiryAccountId"/>) and the CASE-3 transitions.
/// </summary>
[SuppressMessage("Naming", "CA1716", Justification = "The business word (SPEC §1); Portal is C# only.")]
public sealed partial class Case : AggregateRoot
{
    public const string NumberPrefix = "CS";
    public const int NumberMax = 9;
    public const int SubjectMax = 160;
    public const int DescriptionMax = 8000;
    public const int ResolutionMax = 4000;
    public const int ExternalReferenceMax = 100;

    private readonly List<CaseComment> _comments = [];
    private readonly List<CaseAttachment> _attachments = [];
    private readonly List<CaseStatusChange> _statusChanges = [];
    private readonly List<CaseWatcher> _watchers = [];

    private Case(string number, Guid customerAccountId, Guid companyId, CaseCategory category, string subject,
        string description, Guid? contactId, DateTimeOffset createdAt)
    {
        Number = number;
        CustomerAccountId = customerAccountId;
        CompanyId = companyId;
        Category = category;
        Subject = subject;
        Description = description;
        ContactId = contactId;
        Status = CaseStatus.New;
        CreatedAt = createdAt;
        UpdatedAt = createdAt;
        OpenInquiryAccountId = OpenInquiryKey();
    }

    public string Number { get; private set; }

    public Guid CustomerAccountId { get; private set; }

    public Guid CompanyId { get; private set; }

    public CaseCategory Category { get; private set; }

    public string Subject { get; private set; }

    public string Description { get; private set; }

    public CaseStatus Status { get; private set; }

    /// <summary>The customer contact (お客様担当者名); none for alerts.</summary>
    public Guid? ContactId { get; private set; }

    public Guid? AssignedAgentId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public string? Resolution { get; private set; }

    /// <summary>The detection id of an alert case (API-1 idempotency, unique per account).</summary>
    public string? ExternalReference { get; private set; }

    /// <summary>API-1: what the detection said; alert cases only.</summary>
    public AlertDetails? Alert { get; private set; }

    /// <summary>API-1: the customer's one-click answer, once given.</summary>
    public AlertResponse? AlertResponse { get; private set; }

    public DateTimeOffset? AlertRespondedAt { get; private set; }

    public Guid? WorkRequestId { get; private set; }

    /// <summary>
    /// CASE-2: the account id while this is a non-closed inquiry that counts, else null. A unique
    /// index on it lets exactly one of two concurrent inquiries commit.
    /// </summary>
    public Guid? OpenInquiryAccountId { get; private set; }

    public IReadOnlyCollection<CaseComment> Comments => _comments;

    public IReadOnlyCollection<CaseAttachment> Attachments => _attachments;

    public IReadOnlyCollection<CaseStatusChange> StatusChanges => _statusChanges;

    public IReadOnlyCollection<CaseWatcher> Watchers => _watchers;

    public static Expression<Func<Case, bool>> OpenInquiryOf(Guid customerAccountId) =>
        c => c.OpenInquiryAccountId == customerAccountId;

    /// <summary>CASE-1 and CASE-2. <paramref name="openInquiryNumber"/>: the account's open inquiry, if any.</summary>
    public static Case OpenInquiry(string number, CustomerAccount account, Guid contactId, CaseCategory category,
        string subject, string description, string? openInquiryNumber, DateTimeOffset now)
    {
        if (!category.IsCustomerInquiry())
        {
            throw Rule.Broken("Case.CategoryNotAllowed", ("category", category.ToString()));
        }

        EnsureActive(account);
        if (openInquiryNumber is not null && category.CountsAsOpenInquiry())
        {
            throw Rule.Broken("Case.OpenInquiryExists", ("openCase", openInquiryNumber));
        }

        return Create(number, account, category, subject, description, contactId, now);
    }

    /// <summary>
    /// API-1: a detection mapped to an account becomes an alert case; its detection id is the case's
    /// <see cref="ExternalReference"/>, unique per account (the CID maps to one account).
    /// </summary>
    public static Case OpenAlert(string number, CustomerAccount account, AlertDetails details, string subject,
        string description, DateTimeOffset now)
    {
        var alert = Create(number, account, CaseCategory.Alert, subject, description, null, now);
        alert.Alert = details;
        alert.ExternalReference = details.DetectionId;
        return alert;
    }

    /// <summary>
    /// API-1: the customer's one-click answer on an alert case (想定内 / 想定外・調査を依頼), given once. It is
    /// recorded as the customer's comment <paramref name="bodyHtml"/> (sanitized, in the customer's words) and
    /// moves the case as that comment would.
    /// </summary>
    public CaseComment RespondToAlert(Guid contactId, string authorName, AlertResponse response, string bodyHtml,
        DateTimeOffset now)
    {
        if (Category != CaseCategory.Alert || Alert is null)
        {
            throw Rule.Broken("Case.NotAnAlert", ("case", Number));
        }

        if (AlertResponse is not null)
        {
            throw Rule.Broken("Case.AlertAnswered", ("case", Number));
        }

        if (!Enum.IsDefined(response))
        {
            throw Rule.Broken("Case.UnknownAlertResponse", ("case", Number));
        }

        var comment = AddComment(contactId, authorName, isFromAgent: false, isWorkNote: false, bodyHtml, now);
        AlertResponse = response;
        AlertRespondedAt = now;
        return comment;
    }

    /// <summary>WR-2: the case an accepted work request becomes; then call <see cref="WorkRequest.Accept"/>.</summary>
    public static Case FromWorkRequest(string number, CustomerAccount account, WorkRequest request, string subject,
        string description, DateTimeOffset now)
    {
        if (request.CustomerAccountId != account.Id)
        {
            throw Rule.Broken("Case.AccountMismatch", ("workRequest", request.Number));
        }

        request.EnsureUndecided();
        var created = Create(number, account, CaseCategory.WorkRequest, subject, description, request.SubmittedById, now);
        created.WorkRequestId = request.Id;
        return created;
    }

    public static bool IsValidNumber(string? number) => number is not null && NumberFormat().IsMatch(number);

    private static Case Create(string number, CustomerAccount account, CaseCategory category, string subject,
        string description, Guid? contactId, DateTimeOffset now)
    {
        if (!IsValidNumber(number))
        {
            throw Rule.Broken("Case.InvalidNumber", ("number", number));
        }

        var created = new Case(number, account.Id, account.CompanyId, category,
            Text.Required(subject, SubjectMax, nameof(Subject)),
            Text.Required(description, DescriptionMax, nameof(Description)), contactId, now);
        created.Raise(new CaseCreated(created.Id, number, account.Id, category, contactId, now));
        return created;
    }

    private static void EnsureActive(CustomerAccount account)
    {
        if (!account.IsActive)
        {
            throw Rule.Broken("Case.AccountInactive", ("account", account.Number));
        }
    }

    private Guid? OpenInquiryKey() =>
        Status != CaseStatus.Closed && Category.CountsAsOpenInquiry() ? CustomerAccountId : null;

    [GeneratedRegex("^CS[0-9]{7}$")]
    private static partial Regex NumberFormat();
}
