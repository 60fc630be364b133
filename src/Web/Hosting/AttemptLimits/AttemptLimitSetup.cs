using System.Globalization;
using Microsoft.Extensions.Options;
using Portal.Application.Common.Interfaces;

namespace Portal.Web.Hosting.AttemptLimits;

/// <summary>Why a request was refused (AUTH-10), for the "too many attempts" page that the status-code pages show.</summary>
internal sealed record AttemptRefusal(int RetryAfterSeconds);

/// <summary>
/// AUTH-10: sign-in, MFA-code and reset requests limited per client IP and per user ID. Both windows must have
/// room; a refused request gets 429, a Retry-After header and the localized page at /Error/429 (re-executed by the
/// status-code pages), never the request's own handler. The windows are counted in the shared database
/// (<see cref="IAttemptCounter"/>, NFR-2): with several nodes behind a load balancer that spreads the attempts, a
/// limit is still the limit, not the limit times the nodes.
/// </summary>
internal static partial class AttemptLimitSetup
{
    public static IServiceCollection AddAttemptLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AttemptLimitOptions>().Bind(configuration.GetSection(AttemptLimitOptions.Section))
            .Validate(o => o.IsValid, $"{AttemptLimitOptions.Section}: limits must not be negative, and a limit needs a window of at least a second.")
            .ValidateOnStart();
        return services;
    }

    /// <summary>After routing (the page and handler decide what a request is), before the pages run.</summary>
    public static void UseAttemptLimits(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            // Set on every pass: the re-executed /Error/429 of a refused request is no attempt itself.
            var attempt = await Attempt.ReadAsync(context);
            context.Features.Set(attempt);
            if (attempt is not null && await RefusedForAsync(context, attempt) is { } wait)
            {
                Refuse(context, attempt, wait);
                return;
            }

            await next(context);
        });
    }

    /// <summary>How long to wait when refused; null when granted. The IP first: a request refused for its IP does not use up the user ID's attempts.</summary>
    private static async Task<TimeSpan?> RefusedForAsync(HttpContext context, Attempt attempt)
    {
        var limit = context.RequestServices.GetRequiredService<IOptions<AttemptLimitOptions>>().Value.For(attempt.Kind);
        var counter = context.RequestServices.GetRequiredService<IAttemptCounter>();
        var checks = new (int Permits, int Seconds, string Scope, string? Subject)[]
        {
            (limit.PerIp, limit.PerIpWindowSeconds, "ip", attempt.ClientIp),
            (limit.PerUser, limit.PerUserWindowSeconds, "user", attempt.UserKey),
        };
        foreach (var (permits, seconds, scope, subject) in checks)
        {
            if (permits == 0 || string.IsNullOrEmpty(subject))
                continue;
            var taken = await counter.TakeAsync($"{attempt.Kind}:{scope}:{subject}", permits, TimeSpan.FromSeconds(seconds), context.RequestAborted);
            if (!taken.Granted)
                return taken.WindowEndsIn;
        }

        return null;
    }

    private static void Refuse(HttpContext context, Attempt attempt, TimeSpan wait)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        context.Features.Set(new AttemptRefusal(seconds));
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        Refused(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AttemptLimitSetup)),
            attempt.Kind, attempt.ClientIp, attempt.UserKey, seconds);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Too many {Kind} attempts from {ClientIp} for user ID {UserKey}: refused for {Seconds} s")]
    private static partial void Refused(ILogger logger, AttemptKind? kind, string? clientIp, string? userKey, int seconds);
}
