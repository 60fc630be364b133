using Portal.Domain.LoginHistory;

namespace Portal.Application.Account.LoginHistory;

/// <summary>
/// HIST-1: what the login history list (and its export, HIST-2) is narrowed to. <see cref="From"/> and
/// <see cref="To"/> are calendar days, both inclusive, in the signed-in user's own time zone (its profile,
/// UI-3): "to 2026-11-23" for a Tokyo user means before 2026-11-24 00:00 JST, i.e. 2026-11-23 15:00 UTC.
/// The list shows times in that zone too, so what the user sees on a day is what the day filter keeps.
/// </summary>
public sealed record LoginHistoryFilter
{
    /// <summary>Empty: every kind.</summary>
    public IReadOnlyList<LoginEventKind> Kinds { get; init; } = [];

    /// <summary>Part of the user ID typed at login, case-insensitive (user IDs are, AUTH-1).</summary>
    public string? UserId { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }
}
