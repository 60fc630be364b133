namespace Portal.Application.Account;

/// <summary>AUTH-9: how long the name a user gives a passkey may be, for registering and renaming alike.</summary>
public static class PasskeyName
{
    public const int Max = 100;
}
