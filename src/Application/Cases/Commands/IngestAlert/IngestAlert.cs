using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Cases.Commands.CreateInquiry;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.Cases;
using Portal.Domain.Common;
using Portal.Domain.Companies;

namespace Portal.Application.Cases.Commands.IngestAlert;

/// <summary>
/// API-1: a CrowdStrike Falcon detection sent by a machine client becomes an alert case (category アラート)
/// of the customer account whose contract has the CID. Sending the same detection again is answered with
/// the case it made. Every field is nullable so that a missing one is a field error, not a binding failure.
/// </summary>
/// <param name="Severity">CrowdStrike's scale, 1 (informational) … 5 (critical).</param>
/// <param name="Description">The detection's own description; the detect name when it has none.</param>
/// <param name="ConsoleLink">The detection in the Falcon console: absolute https only.</param>
public sealed record IngestAlert(string? Cid, string? DetectionId, int? Severity, string? DetectName, string? Description,
    string? Device, string? UserName, string? Tactic, string? Technique, DateTimeOffset? DetectedAt, string? ConsoleLink)
    : ICommand<AlertIngested>, IAllowed
{
    public Roles Allowed => Roles.ApiClient;
}

public enum AlertOutcome
{
    /// <summary>A new alert case was opened.</summary>
    Created,

    /// <summary>The detection was sent before: its case, nothing new.</summary>
    Replayed,

    /// <summary>No contract has the CID: nothing was stored.</summary>
    UnknownCid,
}

/// <param name="Number">The alert case (CSnnnnnnn); null for <see cref="AlertOutcome.UnknownCid"/>.</param>
public sealed record AlertIngested(AlertOutcome Outcome, string? Number);

/// <summary>
/// Idempotent on (account, detection id) with the unique index on the case's external reference: a replay
/// is found before a number is taken; concurrent first sends queue on the case-number counter (locked until
/// commit) and look again once they hold it, and a send that still loses to the index rolls back (its number
/// with it) and answers with the winner's case.
/// </summary>
public sealed class IngestAlertHandler(IApplicationDbContext db, IUnitOfWork unitOfWork, ISequenceGenerator numbers,
    ICurrentUser user, TimeProvider clock) : ICommandHandler<IngestAlert, AlertIngested>
{
    public async ValueTask<AlertIngested> Handle(IngestAlert command, CancellationToken cancellationToken)
    {
        if (!user.Scopes.Contains(ApiScopes.AlertsWrite))
            throw new ForbiddenAccessException($"The token lacks the {ApiScopes.AlertsWrite} scope.");

        var cid = Contract.NormalizeCid(command.Cid!.Trim());
        var accountId = await db.Contracts.Where(c => c.CrowdStrikeCid == cid).Select(c => (Guid?)c.CustomerAccountId)
            .SingleOrDefaultAsync(cancellationToken);
        if (accountId is not { } id)
            return new AlertIngested(AlertOutcome.UnknownCid, null);

        var detectionId = command.DetectionId!.Trim();
        if (await CaseOfAsync(id, detectionId, cancellationToken) is { } earlier)
            return new AlertIngested(AlertOutcome.Replayed, earlier);

        var number = SequenceNumber.Format(Case.NumberPrefix, await numbers.NextAsync(CreateInquiryHandler.NumberSequence, cancellationToken));
        if (await CaseOfAsync(id, detectionId, cancellationToken) is { } committed)
        {
            // A concurrent send committed while this one waited for the counter: give the number back.
            await unitOfWork.RollbackAsync(CancellationToken.None);
            return new AlertIngested(AlertOutcome.Replayed, committed);
        }

        var account = await db.CustomerAccounts.SingleAsync(a => a.Id == id, cancellationToken);
        var language = await AlertCaseText.LanguageOfAsync(db, id, cancellationToken);
        var details = AlertDetails.Create(detectionId, (AlertSeverity)command.Severity!.Value, command.DetectName!, command.Device,
            command.UserName, command.Tactic, command.Technique, command.DetectedAt!.Value, command.ConsoleLink);
        var alert = Case.OpenAlert(number, account, details, AlertCaseText.Subject(language, details),
            AlertCaseText.Description(command.Description, details), clock.GetUtcNow());
        db.Cases.Add(alert);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException)
        {
            // The unique index refused a second case of the detection. The failed transaction can't be read
            // in (PostgreSQL aborts it): roll back, then read the winner outside it.
            await unitOfWork.RollbackAsync(CancellationToken.None);
            if (await CaseOfAsync(id, detectionId, cancellationToken) is not { } winner)
                throw;
            return new AlertIngested(AlertOutcome.Replayed, winner);
        }

        return new AlertIngested(AlertOutcome.Created, alert.Number);
    }

    /// <summary>The case of the detection: the key of the unique index (the CID maps to one account).</summary>
    private Task<string?> CaseOfAsync(Guid accountId, string detectionId, CancellationToken cancellationToken) =>
        db.Cases.Where(c => c.CustomerAccountId == accountId && c.ExternalReference == detectionId)
            .Select(c => c.Number).FirstOrDefaultAsync(cancellationToken);
}
