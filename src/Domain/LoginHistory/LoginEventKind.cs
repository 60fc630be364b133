namespace Portal.Domain.LoginHistory;

/// <summary>AUTH-8: what the login history records.</summary>
public enum LoginEventKind
{
    LoginSucceeded,
    LoginFailed,
    Logout,
    LockedOut,
    Unlocked,
    MfaSucceeded,
    MfaFailed,
    PasswordResetRequested,
    PasswordResetCompleted,
    PasswordChanged,
    PasskeySignIn,
}
