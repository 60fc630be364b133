using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Account.Commands;
using Portal.Application.Common.Interfaces;
using Portal.Application.Tests.Support;
using Portal.Domain.LoginHistory;

namespace Portal.Application.Tests.Pipeline;

[Trait("Req", "AUTH-8")]
public class SignInTests
{
    [Fact]
    public async Task Anonymous_sign_in_with_the_right_password_succeeds_and_is_recorded()
    {
        await using var app = await PortalApp.StartAsync();

        var signedIn = await app.Send(new SignIn(Demo.CustomerA, Demo.Password, "192.0.2.10", "tests"));

        Assert.True(signedIn);
        Assert.Equal([LoginEventKind.LoginSucceeded], await KindsFromAsync(app, "192.0.2.10"));
    }

    private static Task<List<LoginEventKind>> KindsFromAsync(PortalApp app, string ip) =>
        app.InScopeAsync(sp => sp.GetRequiredService<IApplicationDbContext>().LoginEvents
            .Where(e => e.IpAddress == ip).OrderBy(e => e.OccurredAt).Select(e => e.Kind).ToListAsync());
}
