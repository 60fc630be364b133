namespace Portal.Application.Account.Passwords;

/// <summary>What became of a reset request (AUTH-4). Only the login history knows; the requester sees the same page.</summary>
public enum ResetDecision
{
    /// <summary>User ID and e-mail match: a reset link is mailed.</summary>
    LinkIssued,

    /// <summary>The e-mail is not the registered one (the fifth in a row blocks resets).</summary>
    EmailMismatch,

    /// <summary>Resets are blocked after five mismatches in a row.</summary>
    Blocked,

    /// <summary>A reset was completed less than 24 hours ago: the owner is told by mail, no link.</summary>
    CoolingDown,

    UnknownUser,

    /// <summary>The contact may not sign in (ADM-3): nothing is mailed.</summary>
    Disabled,

    /// <summary>AUTH-10: the pair matches, but 3 reset mails went to the owner within the hour: nothing more is sent.</summary>
    MailLimitReached,
}

/// <summary>The reset counters kept with the user's password (PortalUser), and when reset mails (links or cool-down notices) were sent.</summary>
public sealed record ResetState(int Mismatches, DateTimeOffset? BlockedUntil, DateTimeOffset? LastResetAt, IReadOnlyCollection<DateTimeOffset> MailsSent);

/// <summary>
/// AUTH-4 (guide 4.4): mismatches, the 20-minute block, the 24-hour cool-down, the link lifetime;
/// AUTH-10: at most 3 reset mails per user ID in any hour.
/// </summary>
public static class ResetRules
{
    public const int MaxMismatches = 5;
    public const int MaxMailsPerWindow = 3;
    public static readonly TimeSpan BlockFor = TimeSpan.FromMinutes(20);
    public static readonly TimeSpan CoolDown = TimeSpan.FromHours(24);
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromMinutes(60);
    public static readonly TimeSpan MailWindow = TimeSpan.FromHours(1);

    public static (ResetDecision Decision, ResetState Next) Decide(ResetState state, bool emailMatches, DateTimeOffset now)
    {
        if (state.BlockedUntil > now)
            return (ResetDecision.Blocked, state); // attempts while blocked neither count nor lift the block
        if (!emailMatches)
        {
            var mismatches = state.Mismatches + 1;
            return mismatches >= MaxMismatches
                ? (ResetDecision.EmailMismatch, state with { Mismatches = 0, BlockedUntil = now + BlockFor })
                : (ResetDecision.EmailMismatch, state with { Mismatches = mismatches, BlockedUntil = null });
        }

        var next = state with { Mismatches = 0, BlockedUntil = null };
        if (state.MailsSent.Count(sent => InMailWindow(sent, now)) >= MaxMailsPerWindow)
            return (ResetDecision.MailLimitReached, next); // the same page for the requester; the owner's inbox is spared
        return state.LastResetAt + CoolDown > now ? (ResetDecision.CoolingDown, next) : (ResetDecision.LinkIssued, next);
    }

    /// <summary>Whether the owner is mailed: a link, or the notice that resets pause after a completed one.</summary>
    public static bool SendsMail(ResetDecision decision) => decision is ResetDecision.LinkIssued or ResetDecision.CoolingDown;

    /// <summary>Whether a mail sent at <paramref name="sent"/> still counts toward the hourly limit.</summary>
    public static bool InMailWindow(DateTimeOffset sent, DateTimeOffset now) => sent > now - MailWindow;

    /// <summary>When a new reset becomes possible after the one completed at <paramref name="lastResetAt"/>.</summary>
    public static DateTimeOffset CoolDownEnds(DateTimeOffset lastResetAt) => lastResetAt + CoolDown;
}
