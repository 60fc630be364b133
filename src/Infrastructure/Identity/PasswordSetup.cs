using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Account.Passwords;
using Portal.Application.Common.Interfaces;

namespace Portal.Infrastructure.Identity;

/// <summary>AUTH-3, AUTH-4, AUTH-7 in Identity: the portal's password policy, reset links and the password port.</summary>
internal static class PasswordSetup
{
    public static IdentityBuilder AddPortalPasswords(this IdentityBuilder identity)
    {
        identity.Services.Configure<IdentityOptions>(options =>
        {
            // The rules are PasswordPolicy's (PortalPasswordValidator); Identity's own would only repeat them in other words.
            options.Password.RequiredLength = 1;
            options.Password.RequiredUniqueChars = 1;
            options.Password.RequireDigit = false;
            options.Password.RequireLowercase = false;
            options.Password.RequireUppercase = false;
            options.Password.RequireNonAlphanumeric = false;
            options.Tokens.PasswordResetTokenProvider = ResetTokenProvider.ProviderName;
        });
        identity.Services.Configure<ResetTokenOptions>(options =>
        {
            options.Name = ResetTokenProvider.ProviderName;
            options.TokenLifespan = ResetRules.LinkLifetime;
        });
        identity.Services.AddScoped<IPasswordService, PasswordService>();
        return identity.AddPasswordValidator<PortalPasswordValidator>()
            .AddTokenProvider<ResetTokenProvider>(ResetTokenProvider.ProviderName);
    }
}
