namespace Portal.Application.Common.Interfaces;

/// <summary>A registered passkey as the profile lists it; <see cref="Id"/> is the credential id, base64url.</summary>
public sealed record PasskeyView(string Id, string Name, DateTimeOffset CreatedAt);

/// <summary>AUTH-9: passkeys (WebAuthn) through ASP.NET Core Identity. Options and credentials travel as WebAuthn JSON.</summary>
public interface IPasskeys
{
    /// <summary>Creation options for a new passkey of the user; the challenge is kept in the browser's state cookie.</summary>
    Task<string> CreationOptionsAsync(Guid contactId, CancellationToken cancellationToken);

    /// <returns>False when the browser's answer does not verify (wrong challenge, origin, or a cancelled ceremony).</returns>
    Task<bool> RegisterAsync(Guid contactId, string credentialJson, string name, CancellationToken cancellationToken);

    Task<IReadOnlyList<PasskeyView>> ListAsync(Guid contactId, CancellationToken cancellationToken);

    /// <returns>False when the user has no such passkey.</returns>
    Task<bool> RenameAsync(Guid contactId, string passkeyId, string name, CancellationToken cancellationToken);

    /// <returns>False when the user has no such passkey.</returns>
    Task<bool> RemoveAsync(Guid contactId, string passkeyId, CancellationToken cancellationToken);

    /// <summary>Request options for signing in with any passkey of this site (the user is found from the credential).</summary>
    Task<string> RequestOptionsAsync(CancellationToken cancellationToken);

    /// <summary>Signs in with the browser's assertion; a passkey counts as both factors (AUTH-9).</summary>
    Task<SignInCheck> SignInAsync(string credentialJson, CancellationToken cancellationToken);
}
