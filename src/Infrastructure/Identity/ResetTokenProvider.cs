using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Portal.Infrastructure.Identity;

/// <summary>AUTH-4: the lifetime of reset links, apart from the other data-protection tokens.</summary>
public sealed class ResetTokenOptions : DataProtectionTokenProviderOptions;

/// <summary>
/// AUTH-4 reset links: Identity's data-protection token (user id, purpose and security stamp, encrypted and
/// signed with the shared key ring), but dated and aged by the app's <see cref="TimeProvider"/> — the stock
/// provider reads the system clock — and URL-safe. A token dies after <see cref="DataProtectionTokenProviderOptions.TokenLifespan"/>
/// and as soon as the security stamp changes, which setting the password does: a link works once. It also
/// names the user's live link (<see cref="PortalUser.ResetLinkId"/>): a newer link voids it (AUTH-10).
/// </summary>
internal sealed class ResetTokenProvider(IDataProtectionProvider dataProtection, IOptions<ResetTokenOptions> options,
    ILogger<DataProtectorTokenProvider<PortalUser>> logger, TimeProvider clock)
    : DataProtectorTokenProvider<PortalUser>(dataProtection, options, logger)
{
    public const string ProviderName = "PasswordReset";

    public override async Task<string> GenerateAsync(string purpose, UserManager<PortalUser> manager, PortalUser user)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(clock.GetUtcNow().UtcTicks);
            writer.Write((user.ResetLinkId ?? Guid.Empty).ToByteArray());
            writer.Write(await manager.GetUserIdAsync(user));
            writer.Write(purpose);
            writer.Write(await manager.GetSecurityStampAsync(user));
        }

        return Base64Url.EncodeToString(Protector.Protect(buffer.ToArray()));
    }

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<PortalUser> manager, PortalUser user)
    {
        byte[] data;
        try
        {
            data = Protector.Unprotect(Base64Url.DecodeFromChars(token));
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return false; // not made by the portal, or tampered with
        }

        using var reader = new BinaryReader(new MemoryStream(data), Encoding.UTF8);
        try
        {
            var created = new DateTimeOffset(reader.ReadInt64(), TimeSpan.Zero);
            var link = new Guid(reader.ReadBytes(16));
            return created + Options.TokenLifespan >= clock.GetUtcNow()
                && user.ResetLinkId is { } live && link == live
                && reader.ReadString() == await manager.GetUserIdAsync(user)
                && reader.ReadString() == purpose
                && reader.ReadString() == await manager.GetSecurityStampAsync(user);
        }
        catch (Exception ex) when (ex is EndOfStreamException or FormatException or ArgumentException)
        {
            return false; // a token of another layout (made before links were named)
        }
    }
}
