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
}

/// <summary>The reset counters kept with the user's password (PortalUser).</summary>
public sealed record ResetState(int Mismatches, DateTimeOffset? BlockedUntil, DateTimeOffset? LastResetAt);

/// <summary>AUTH-4 (guide 4.4): mismatches, the 20-minute block, the 24-hour cool-down, the link lifetime.</summary>
public static class ResetRules
{
    public const int MaxMismatches = 5;
    public static readonly TimeSpan BlockFor = TimeSpan.FromMinutes(20);
    public static readonly TimeSpan CoolDown = TimeSpan.FromHours(24);
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromMinutes(60);

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
        return state.LastResetAt + CoolDown > now ? (ResetDecision.CoolingDown, next) : (ResetDecision.LinkIssued, next);
    }

    /// <summary>When a new reset becomes possible after the one completed at <paramref name="lastResetAt"/>.</summary>
    public static DateTimeOffset CoolDownEnds(DateTimeOffset lastResetAt) => lastResetAt + CoolDown;
}
