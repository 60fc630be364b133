using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Portal.Infrastructure.Identity;

/// <summary>
/// Identity's user manager with lockout (AUTH-2) on the app's clock: Identity itself reads the system
/// clock, which would make "unlocks by itself after 20 minutes" untestable and the clock of record two clocks.
/// </summary>
internal sealed class PortalUserManager(IUserStore<PortalUser> store, IOptions<IdentityOptions> options, IPasswordHasher<PortalUser> hasher,
    IEnumerable<IUserValidator<PortalUser>> userValidators, IEnumerable<IPasswordValidator<PortalUser>> passwordValidators,
    ILookupNormalizer normalizer, IdentityErrorDescriber errors, IServiceProvider services, ILogger<UserManager<PortalUser>> logger,
    TimeProvider clock)
    : UserManager<PortalUser>(store, options, hasher, userValidators, passwordValidators, normalizer, errors, services, logger)
{
    private IUserLockoutStore<PortalUser> Lockout => (IUserLockoutStore<PortalUser>)Store;

    public override async Task<bool> IsLockedOutAsync(PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return await Lockout.GetLockoutEnabledAsync(user, CancellationToken)
            && await Lockout.GetLockoutEndDateAsync(user, CancellationToken) is { } end && end > clock.GetUtcNow();
    }

    public override async Task<IdentityResult> AccessFailedAsync(PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var failures = await Lockout.IncrementAccessFailedCountAsync(user, CancellationToken);
        if (failures >= Options.Lockout.MaxFailedAccessAttempts)
        {
            await Lockout.SetLockoutEndDateAsync(user, clock.GetUtcNow() + Options.Lockout.DefaultLockoutTimeSpan, CancellationToken);
            await Lockout.ResetAccessFailedCountAsync(user, CancellationToken);
        }

        return await UpdateUserAsync(user);
    }
}
