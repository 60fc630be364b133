using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Portal.Application.Common.Interfaces;

namespace Portal.Infrastructure.Identity;

/// <summary>AUTH-9 with ASP.NET Core Identity's passkey support (WebAuthn ceremonies, challenge state, credential store).</summary>
internal sealed class Passkeys(PortalSignInManager signIn) : IPasskeys
{
    private UserManager<PortalUser> Users => signIn.UserManager;

    public async Task<string> CreationOptionsAsync(Guid contactId, CancellationToken cancellationToken)
    {
        var user = await UserAsync(contactId);
        return await signIn.MakePasskeyCreationOptionsAsync(new PasskeyUserEntity
        {
            Id = user.Id.ToString(),
            Name = user.UserName!,
            DisplayName = user.UserName!,
        });
    }

    public async Task<bool> RegisterAsync(Guid contactId, string credentialJson, string name, CancellationToken cancellationToken)
    {
        var user = await UserAsync(contactId);
        var attestation = await signIn.PerformPasskeyAttestationAsync(credentialJson);
        if (!attestation.Succeeded || attestation.UserEntity.Id != user.Id.ToString())
            return false;
        attestation.Passkey.Name = name;
        return (await Users.AddOrUpdatePasskeyAsync(user, attestation.Passkey)).Succeeded;
    }

    public async Task<IReadOnlyList<PasskeyView>> ListAsync(Guid contactId, CancellationToken cancellationToken) =>
        [.. (await Users.GetPasskeysAsync(await UserAsync(contactId)))
            .OrderBy(p => p.CreatedAt)
            .Select(p => new PasskeyView(WebEncoders.Base64UrlEncode(p.CredentialId), p.Name ?? string.Empty, p.CreatedAt))];

    public async Task<bool> RenameAsync(Guid contactId, string passkeyId, string name, CancellationToken cancellationToken)
    {
        var user = await UserAsync(contactId);
        if (Decode(passkeyId) is not { } id || await Users.GetPasskeyAsync(user, id) is not { } passkey)
            return false;
        passkey.Name = name;
        return (await Users.AddOrUpdatePasskeyAsync(user, passkey)).Succeeded;
    }

    public async Task<bool> RemoveAsync(Guid contactId, string passkeyId, CancellationToken cancellationToken)
    {
        var user = await UserAsync(contactId);
        return Decode(passkeyId) is { } id && await Users.GetPasskeyAsync(user, id) is not null
            && (await Users.RemovePasskeyAsync(user, id)).Succeeded;
    }

    public async Task<string> RequestOptionsAsync(CancellationToken cancellationToken) => await signIn.MakePasskeyRequestOptionsAsync(null);

    public async Task<SignInCheck> SignInAsync(string credentialJson, CancellationToken cancellationToken)
    {
        var result = await signIn.PasskeySignInAsync(credentialJson);
        // Whose passkey it was, for the login history only (the credential names it; the ceremony verified it).
        var contactId = CredentialId(credentialJson) is { } id && await Users.FindByPasskeyIdAsync(id) is { } owner ? owner.Id : (Guid?)null;
        return result switch
        {
            { Succeeded: true } => new SignInCheck(SignInStatus.Succeeded, contactId),
            { IsLockedOut: true } => new SignInCheck(SignInStatus.LockedOut, contactId),
            _ => new SignInCheck(SignInStatus.Failed, contactId),
        };
    }

    private static byte[]? CredentialId(string credentialJson)
    {
        try
        {
            using var json = System.Text.Json.JsonDocument.Parse(credentialJson);
            return json.RootElement.TryGetProperty("id", out var id) && id.GetString() is { } value ? Decode(value) : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static byte[]? Decode(string id)
    {
        try
        {
            return WebEncoders.Base64UrlDecode(id);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private async Task<PortalUser> UserAsync(Guid contactId) =>
        await Users.FindByIdAsync(contactId.ToString()) ?? throw new InvalidOperationException("No Identity user for the contact.");
}
