using System.Net;

namespace Portal.Web.Tests.Support;

/// <summary>The second sign-in step as a browser goes through it (AUTH-5).</summary>
public static class MfaBrowsing
{
    public static async Task<HttpResponseMessage> ChooseAsync(this HttpClient client, string method) =>
        await client.SubmitAsync("/Account/Mfa", new Dictionary<string, string> { ["method"] = method }, "/Account/Mfa?handler=Choose");

    public static async Task<HttpResponseMessage> ResendAsync(this HttpClient client) =>
        await client.SubmitAsync("/Account/Mfa?method=EmailCode", new Dictionary<string, string> { ["Method"] = "EmailCode" }, "/Account/Mfa?handler=Resend");

    public static async Task<HttpResponseMessage> VerifyAsync(this HttpClient client, string method, string code, bool remember = false) =>
        await client.SubmitAsync($"/Account/Mfa?method={method}",
            new Dictionary<string, string> { ["Method"] = method, ["Code"] = code, ["RememberBrowser"] = remember ? "true" : "false" },
            "/Account/Mfa?handler=Verify");

    /// <summary>Signs in with the password and returns where the portal sent the browser.</summary>
    public static async Task<string> PasswordStepAsync(this HttpClient client, string userId, string password)
    {
        using var response = await client.LogInAsync(userId, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.RedirectTarget();
    }
}
