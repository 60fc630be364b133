using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Portal.Web.Hosting.AttemptLimits;

/// <summary>Why a request was refused (AUTH-10), for the "too many attempts" page that the status-code pages show.</summary>
internal sealed record AttemptRefusal(int RetryAfterSeconds);

/// <summary>
/// AUTH-10: sign-in, MFA-code and reset requests limited per client IP and per user ID with ASP.NET Core's
/// rate limiter. Both windows must have room; a refused request gets 429, a Retry-After header and the
/// localized page at /Error/429 (re-executed by the status-code pages), never the request's own handler.
/// </summary>
internal static partial class AttemptLimitSetup
{
    public static IServiceCollection AddAttemptLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AttemptLimitOptions>().Bind(configuration.GetSection(AttemptLimitOptions.Section))
            .Validate(o => o.IsValid, $"{AttemptLimitOptions.Section}: limits must not be negative, and a limit needs a window of at least a second.")
            .ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<AttemptLimitOptions>, TimeProvider>((options, limits, clock) =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // The IP first: a request refused for its IP does not use up the user ID's attempts.
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                Partitioned(limits.Value, clock, byUser: false), Partitioned(limits.Value, clock, byUser: true));
            options.OnRejected = RefuseAsync;
        });
        return services;
    }

    /// <summary>After routing (the page and handler decide what a request is), before the pages run.</summary>
    public static void UseAttemptLimits(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            // Set on every pass: the re-executed /Error/429 of a refused request is no attempt itself.
            context.Features.Set(await Attempt.ReadAsync(context));
            await next(context);
        });
        app.UseRateLimiter();
    }

    private static PartitionedRateLimiter<HttpContext> Partitioned(AttemptLimitOptions limits, TimeProvider clock, bool byUser) =>
        PartitionedRateLimiter.Create<HttpContext, (AttemptKind Kind, string Subject)>(context =>
        {
            var attempt = context.Features.Get<Attempt>();
            var limit = attempt is null ? null : limits.For(attempt.Kind);
            var (permits, seconds, subject) = byUser
                ? (limit?.PerUser ?? 0, limit?.PerUserWindowSeconds ?? 0, attempt?.UserKey)
                : (limit?.PerIp ?? 0, limit?.PerIpWindowSeconds ?? 0, attempt?.ClientIp);
            return attempt is null || subject is null || permits == 0
                ? RateLimitPartition.GetNoLimiter<(AttemptKind, string)>(default)
                : RateLimitPartition.Get((attempt.Kind, subject), _ => new ClockWindowLimiter(permits, TimeSpan.FromSeconds(seconds), clock));
        });

    private static ValueTask RefuseAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        context.Features.Set(new AttemptRefusal(seconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var attempt = context.Features.Get<Attempt>();
        Refused(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AttemptLimitSetup)),
            attempt?.Kind, attempt?.ClientIp, attempt?.UserKey, seconds);
        return ValueTask.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Too many {Kind} attempts from {ClientIp} for user ID {UserKey}: refused for {Seconds} s")]
    private static partial void Refused(ILogger logger, AttemptKind? kind, string? clientIp, string? userKey, int seconds);
}
