using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Account.Passwords;
using Portal.Application.Tests.Support;
using Portal.Infrastructure.Identity;

namespace Portal.Application.Tests.Account.Passwords;

/// <summary>AUTH-3 inside Identity: no way of setting a password gets around the policy, and Identity adds no rules of its own.</summary>
[Trait("Req", "AUTH-3")]
public class IdentityPasswordValidatorTests
{
    private static Task<IdentityResult> SetPasswordAsync(PortalApp app, string userId, string password, string culture) =>
        app.InScopeAsync(async sp =>
        {
            var before = CultureInfo.CurrentUICulture;
            CultureInfo.CurrentUICulture = new CultureInfo(culture);
            try
            {
                var users = sp.GetRequiredService<UserManager<PortalUser>>();
                var user = await users.FindByNameAsync(userId) ?? throw new InvalidOperationException(userId);
                user.ResetLinkId = Guid.CreateVersion7(); // a token names the user's live link (AUTH-10)
                return await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), password);
            }
            finally
            {
                CultureInfo.CurrentUICulture = before;
            }
        });

    [Fact]
    public async Task Identity_refuses_a_weak_password_with_the_policys_reasons_only_in_the_users_language()
    {
        await using var app = await PortalApp.StartAsync();

        var japanese = await SetPasswordAsync(app, Demo.CustomerA, "aaaa", "ja-JP");
        var english = await SetPasswordAsync(app, Demo.CustomerA, "aaaa", "en-US");

        Assert.False(japanese.Succeeded);
        Assert.All(japanese.Errors, e => Assert.StartsWith("Password.", e.Code, StringComparison.Ordinal)); // none of Identity's own
        Assert.Contains(japanese.Errors, e => e.Code == PasswordPolicy.Code(PasswordRule.MinLength) && e.Description == "パスワードは 12 文字以上にしてください。");
        Assert.Contains(english.Errors, e => e.Description == "The password must be at least 12 characters long.");
    }

    [Fact]
    public async Task Identity_refuses_the_users_name_as_part_of_the_password()
    {
        await using var app = await PortalApp.StartAsync();

        var result = await SetPasswordAsync(app, Demo.CustomerB, "Zq8#Emily-Wolf42", "en-US"); // Emily Clark

        Assert.Equal([PasswordPolicy.Code(PasswordRule.NoPersonalInfo)], result.Errors.Select(e => e.Code));
    }

    [Fact]
    public async Task Identity_accepts_a_password_that_meets_the_policy()
    {
        await using var app = await PortalApp.StartAsync();

        Assert.True((await SetPasswordAsync(app, Demo.CustomerA, PasswordPolicyTests.Forty, "ja-JP")).Succeeded);
    }
}
