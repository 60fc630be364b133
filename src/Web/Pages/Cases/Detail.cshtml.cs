using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Application.Cases;
using Portal.Application.Cases.Commands.AcceptSolution;
using Portal.Application.Cases.Commands.AddAgentComment;
using Portal.Application.Cases.Commands.AddCustomerComment;
using Portal.Application.Cases.Commands.AssignCase;
using Portal.Application.Cases.Commands.ChangeCaseStatus;
using Portal.Application.Cases.Commands.CloseCase;
using Portal.Application.Cases.Commands.RejectSolution;
using Portal.Application.Cases.Commands.ResolveCase;
using Portal.Application.Cases.Commands.RespondToAlert;
using Portal.Application.Cases.Commands.WatchCase;
using Portal.Application.Cases.Queries;
using Portal.Application.Cases.Queries.GetCase;
using Portal.Application.Cases.Queries.GetCaseStatus;
using Portal.Application.Cases.Queries.ListAgents;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.Cases;
using Portal.Domain.Common;
using Portal.Web.Hosting;
using Portal.Web.Resources;

namespace Portal.Web.Pages.Cases;

/// <summary>
/// CASE-7 (guide 4.8.1–4.8.4): a case with its status banner and activity stream, the customer's comment
/// box and actions (CASE-3); not visible means 404 (TEN-1).
/// </summary>
[Authorize]
public sealed class DetailModel(ISender sender, ICurrentUser user, IStringLocalizer<SharedResource> text) : PageModel
{
    public CaseDetail Case { get; private set; } = null!;

    /// <summary>The comment as typed, kept when sending it failed.</summary>
    public string? BodyHtml { get; private set; }

    [TempData]
    public string? Done { get; set; }

    /// <summary>The agents to assign to (AGT-1); empty for customers.</summary>
    public IReadOnlyList<AgentItem> Agents { get; private set; } = [];

    /// <summary>The work-note box as ticked, kept when sending failed.</summary>
    public bool IsWorkNote { get; private set; }

    /// <summary>The resolution as typed, kept when resolving failed.</summary>
    public string? Resolution { get; private set; }

    /// <summary>The alert answer's note as typed, kept when sending it failed.</summary>
    public string? AlertNote { get; private set; }

    public async Task OnGetAsync(string number, CancellationToken cancellationToken) => await LoadAsync(number, cancellationToken);

    public async Task<IActionResult> OnPostCommentAsync(string number, string? bodyHtml, bool isWorkNote, long version, CancellationToken cancellationToken)
    {
        BodyHtml = bodyHtml;
        IsWorkNote = isWorkNote;
        if (CaseActors.IsAgent(user))
        {
            return await SendAsync(number, new AddAgentComment(number, bodyHtml ?? string.Empty, isWorkNote, version),
                isWorkNote ? "Agent.WorkNoteSent" : "Agent.CommentSent", cancellationToken);
        }

        return await SendAsync(number, new AddCustomerComment(number, bodyHtml ?? string.Empty, version), "CaseDetail.Commented", cancellationToken);
    }

    public Task<IActionResult> OnPostWatchAsync(string number, bool watch, CancellationToken cancellationToken) =>
        SendAsync(number, new WatchCase(number, watch), watch ? "Watch.Added" : "Watch.Removed", cancellationToken);

    public Task<IActionResult> OnPostAssignAsync(string number, Guid? agentId, bool toMe, long version, CancellationToken cancellationToken) =>
        SendAsync(number, new AssignCase(number, toMe ? user.ContactId : agentId, version), "Agent.Assigned", cancellationToken);

    public Task<IActionResult> OnPostStatusAsync(string number, CaseStatus target, long version, CancellationToken cancellationToken) =>
        SendAsync(number, new ChangeCaseStatus(number, target, version), "Agent.StatusChanged", cancellationToken);

    public Task<IActionResult> OnPostResolveAsync(string number, string? resolution, long version, CancellationToken cancellationToken)
    {
        Resolution = resolution;
        return SendAsync(number, new ResolveCase(number, resolution ?? string.Empty, version), "Agent.Resolved", cancellationToken);
    }

    /// <summary>API-1: the customer's one-click answer on an alert case (想定内 / 想定外・調査を依頼).</summary>
    public Task<IActionResult> OnPostAlertAnswerAsync(string number, AlertResponse response, string? note, long version, CancellationToken cancellationToken)
    {
        AlertNote = note;
        return SendAsync(number, new RespondToAlert(number, response, note, version), "Alert.AnsweredDone", cancellationToken);
    }

    private async Task LoadAsync(string number, CancellationToken cancellationToken)
    {
        Case = await sender.Send(new GetCase(number), cancellationToken);
        if (Case.Actions.Assign)
            Agents = await sender.Send(new ListAgents(), cancellationToken);
    }

    public Task<IActionResult> OnPostCloseAsync(string number, long version, CancellationToken cancellationToken) =>
        SendAsync(number, new CloseCase(number, version), "CaseDetail.ClosedDone", cancellationToken);

    public Task<IActionResult> OnPostAcceptAsync(string number, long version, CancellationToken cancellationToken) =>
        SendAsync(number, new AcceptSolution(number, version), "CaseDetail.AcceptedDone", cancellationToken);

    public Task<IActionResult> OnPostRejectAsync(string number, long version, CancellationToken cancellationToken) =>
        SendAsync(number, new RejectSolution(number, version), "CaseDetail.RejectedDone", cancellationToken);

    /// <summary>The resource key of the status-dependent message (guide 4.8.1, 4.8.4).</summary>
    public string BannerKey => Case.Status switch
    {
        CaseStatus.AwaitingCustomer => "CaseDetail.Banner.AwaitingCustomer",
        CaseStatus.Resolved => "CaseDetail.Banner.Resolved",
        CaseStatus.Closed => "CaseDetail.Banner.Closed",
        _ => "CaseDetail.Banner.Open",
    };

    /// <summary>
    /// Success: back to the case with a message (post/redirect/get). Refused: the page with the error and the
    /// typed comment or resolution; the case is read again, so a change refused because a colleague acted
    /// meanwhile (NFR-4) shows what the colleague did, and the forms carry the new version.
    /// </summary>
    private async Task<IActionResult> SendAsync<TResponse>(string number, ICommand<TResponse> command, string doneKey, CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(command, cancellationToken);
            Done = doneKey;
            return RedirectToPage(new { number });
        }
        catch (ValidationException ex)
        {
            // Already localized by the application; beside its field (the comment box) and above the form.
            ModelState.AddFailures(ex);
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddModelError(string.Empty, text[ex.Code]);
        }

        await LoadAsync(number, cancellationToken);
        return Page();
    }
}
