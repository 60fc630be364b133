using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Mail;
using Portal.Application.Common.Outbox;
using Portal.Domain.Contacts;
using Portal.Domain.WorkRequests;
using Portal.Domain.WorkRequests.Events;

namespace Portal.Application.WorkRequests.EventHandlers;

/// <summary>WR-1 (guide 4.7.1): the requester is mailed the request's content, in its language.</summary>
public sealed class WorkRequestSubmittedMail(IApplicationDbContext db, IOutbox outbox, IOptions<PortalOptions> portal)
    : IDomainEventHandler<WorkRequestSubmitted>
{
    public async Task HandleAsync(WorkRequestSubmitted domainEvent, CancellationToken cancellationToken)
    {
        var (request, type, requester, accountNumber) = await WorkRequestMail.LoadAsync(db, domainEvent.WorkRequestId, cancellationToken);
        var language = requester.Language;
        var body = new StringBuilder()
            .AppendLine(MailText.Get(language, "WorkRequestSubmitted.Body")).AppendLine()
            .Append(MailText.Get(language, "Mail.WorkRequestNumber")).Append(": ").AppendLine(request.Number)
            .Append(MailText.Get(language, "Mail.WorkRequestType")).Append(": ").AppendLine(type.NameIn(language))
            .Append(MailText.Get(language, "Mail.CustomerNumber")).Append(": ").AppendLine(accountNumber).AppendLine()
            .AppendLine(WorkRequests.Answers(request, language)).AppendLine()
            .Append(MailText.Get(language, "Mail.WorkRequestLink")).Append(": ").AppendLine(WorkRequestMail.Link(portal.Value, request).ToString());
        outbox.EnqueueMail(MailText.Letter(requester, MailText.Get(language, "WorkRequestSubmitted.Subject", request.Number, type.NameIn(language)), body.ToString()));
    }
}

/// <summary>WR-2: the requester learns that the request was accepted and which case now carries it.</summary>
public sealed class WorkRequestAcceptedMail(IApplicationDbContext db, IOutbox outbox, IOptions<PortalOptions> portal)
    : IDomainEventHandler<WorkRequestAccepted>
{
    public async Task HandleAsync(WorkRequestAccepted domainEvent, CancellationToken cancellationToken)
    {
        var (request, type, requester, _) = await WorkRequestMail.LoadAsync(db, domainEvent.WorkRequestId, cancellationToken);
        var caseNumber = await db.Cases.AsNoTracking().Where(c => c.Id == domainEvent.CaseId).Select(c => c.Number).SingleAsync(cancellationToken);
        var language = requester.Language;
        var body = new StringBuilder()
            .AppendLine(MailText.Get(language, "WorkRequestAccepted.Body")).AppendLine()
            .Append(MailText.Get(language, "Mail.WorkRequestNumber")).Append(": ").AppendLine(request.Number)
            .Append(MailText.Get(language, "Mail.WorkRequestType")).Append(": ").AppendLine(type.NameIn(language))
            .Append(MailText.Get(language, "Mail.CaseNumber")).Append(": ").AppendLine(caseNumber)
            .Append(MailText.Get(language, "Mail.Link")).Append(": ").AppendLine(new Uri(portal.Value.BaseUrl, $"Cases/{caseNumber}").ToString());
        outbox.EnqueueMail(MailText.Letter(requester, MailText.Get(language, "WorkRequestAccepted.Subject", request.Number, caseNumber), body.ToString()));
    }
}

/// <summary>WR-2: the requester learns that the request was not accepted, and why; no case is opened.</summary>
public sealed class WorkRequestRejectedMail(IApplicationDbContext db, IOutbox outbox, IOptions<PortalOptions> portal)
    : IDomainEventHandler<WorkRequestRejected>
{
    public async Task HandleAsync(WorkRequestRejected domainEvent, CancellationToken cancellationToken)
    {
        var (request, type, requester, _) = await WorkRequestMail.LoadAsync(db, domainEvent.WorkRequestId, cancellationToken);
        var language = requester.Language;
        var body = new StringBuilder()
            .AppendLine(MailText.Get(language, "WorkRequestRejected.Body")).AppendLine()
            .Append(MailText.Get(language, "Mail.WorkRequestNumber")).Append(": ").AppendLine(request.Number)
            .Append(MailText.Get(language, "Mail.WorkRequestType")).Append(": ").AppendLine(type.NameIn(language))
            .Append(MailText.Get(language, "Mail.RejectionReason")).AppendLine(":").AppendLine(domainEvent.Reason).AppendLine()
            .Append(MailText.Get(language, "Mail.WorkRequestLink")).Append(": ").AppendLine(WorkRequestMail.Link(portal.Value, request).ToString());
        outbox.EnqueueMail(MailText.Letter(requester, MailText.Get(language, "WorkRequestRejected.Subject", request.Number), body.ToString()));
    }
}

internal static class WorkRequestMail
{
    public static async Task<(WorkRequest Request, WorkRequestType Type, Contact Requester, string AccountNumber)> LoadAsync(IApplicationDbContext db,
        Guid requestId, CancellationToken cancellationToken)
    {
        var request = await db.WorkRequests.AsNoTracking().SingleAsync(r => r.Id == requestId, cancellationToken);
        var type = await db.WorkRequestTypes.AsNoTracking().SingleAsync(t => t.Id == request.TypeId, cancellationToken);
        var requester = await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == request.SubmittedById, cancellationToken);
        var number = await db.CustomerAccounts.AsNoTracking().Where(a => a.Id == request.CustomerAccountId).Select(a => a.Number).SingleAsync(cancellationToken);
        return (request, type, requester, number);
    }

    public static Uri Link(PortalOptions portal, WorkRequest request) => new(portal.BaseUrl, $"WorkRequests/{request.Number}");
}
