namespace Portal.Web.Hosting.AttemptLimits;

/// <summary>The requests AUTH-10 limits.</summary>
internal enum AttemptKind
{
    /// <summary>A sign-in form posted (password or passkey).</summary>
    SignIn,

    /// <summary>An e-mail MFA code asked for (choosing the method, or resending).</summary>
    MfaCode,

    /// <summary>A password reset asked for (the forgot-password step with the e-mail).</summary>
    PasswordReset,
}

/// <summary>
/// Section "RateLimits" (AUTH-10): per kind of attempt, how many are allowed per client IP and per user ID
/// in their windows. A limit of 0 turns that check off.
/// </summary>
internal sealed class AttemptLimitOptions
{
    public const string Section = "RateLimits";

    // An office behind one NAT address signs many people in each morning; one user ID rarely needs ten tries.
    public AttemptLimit SignIn { get; set; } = new() { PerIp = 20, PerIpWindowSeconds = 60, PerUser = 10, PerUserWindowSeconds = 900 };

    // A code can be resent every 30 seconds (AUTH-5); ten in 15 minutes is more than anyone waiting for a mail needs.
    public AttemptLimit MfaCode { get; set; } = new() { PerIp = 30, PerIpWindowSeconds = 900, PerUser = 10, PerUserWindowSeconds = 900 };

    // Reset mails are capped at 3 per user ID per hour anyway; these stop address probing and mail bombing.
    public AttemptLimit PasswordReset { get; set; } = new() { PerIp = 10, PerIpWindowSeconds = 900, PerUser = 5, PerUserWindowSeconds = 900 };

    public AttemptLimit For(AttemptKind kind) => kind switch
    {
        AttemptKind.SignIn => SignIn,
        AttemptKind.MfaCode => MfaCode,
        _ => PasswordReset,
    };

    public bool IsValid => new[] { SignIn, MfaCode, PasswordReset }.All(l => l.IsValid);
}

internal sealed class AttemptLimit
{
    public int PerIp { get; set; }

    public int PerIpWindowSeconds { get; set; }

    public int PerUser { get; set; }

    public int PerUserWindowSeconds { get; set; }

    public bool IsValid => PerIp >= 0 && PerUser >= 0 && (PerIp == 0 || PerIpWindowSeconds > 0) && (PerUser == 0 || PerUserWindowSeconds > 0);
}
