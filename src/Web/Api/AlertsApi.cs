using System.Globalization;
using System.Text.Json;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Portal.Application.Cases.Commands.IngestAlert;
using Portal.Application.Common.Interfaces;
using Portal.Web.Resources;

namespace Portal.Web.Api;

/// <summary>
/// API-1: <c>POST /api/v1/alerts</c>. A detection in either shape (<see cref="AlertRequests"/>) becomes an alert
/// case: 201 with its Location, or 200 with the same body when it was sent before. Refusals are RFC 9457
/// problem details: 429 (per client, Retry-After), 415 not JSON, 413 over <see cref="AlertsApiOptions.MaxBodyBytes"/>
/// (the body is read no further), 400 unreadable JSON, 422 invalid fields or an unknown CID. Nothing is stored
/// for any of them.
/// </summary>
internal static class AlertsApi
{
    public const string Path = "/api/v1/alerts";

    public static RouteHandlerBuilder MapAlertsEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Path, PostAsync)
            .RequireAuthorization(ApiAuthorization.AlertsWritePolicy)
            .DisableAntiforgery()
            .WithName("PostAlert")
            .WithTags("Alerts")
            .WithSummary("Open an alert case from a CrowdStrike Falcon detection")
            .WithDescription("Accepts a DetectionSummaryEvent of the Falcon event stream or the portal's compact shape. "
                + "Idempotent on the detection id per CID: a detection sent again answers 200 with its case.")
            .Produces<AlertCaseResponse>(StatusCodes.Status201Created)
            .Produces<AlertCaseResponse>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

    /// <summary>A body read as one of the shapes: the command and where each of its fields sits in the body, or why not.</summary>
    private sealed record Reading(IngestAlert? Command, Func<string, string> PathOf, IResult? Refusal);

    private static async Task<IResult> PostAsync(HttpContext http, ISender sender, ICurrentUser user, AlertRateLimit limit,
        IOptions<AlertsApiOptions> options, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        await user.LoadAsync(cancellationToken);
        if (await limit.RefusalAsync(user.UserId ?? string.Empty, cancellationToken) is { } wait)
        {
            var seconds = (int)Math.Ceiling(wait.TotalSeconds);
            http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return Problem(text, StatusCodes.Status429TooManyRequests, text["Api.TooManyRequests", seconds]);
        }

        if (!http.Request.HasJsonContentType())
            return Problem(text, StatusCodes.Status415UnsupportedMediaType, text["Api.NotJson"]);

        var max = options.Value.MaxBodyBytes;
        if (await ApiBody.ReadAsync(http.Request, max, cancellationToken) is not { } body)
            return Problem(text, StatusCodes.Status413PayloadTooLarge, text["Api.BodyTooLarge", max]);

        var reading = Read(body, text);
        if (reading.Refusal is not null || reading.Command is null)
            return reading.Refusal ?? Problem(text, StatusCodes.Status400BadRequest, text["Api.MalformedJson"]);

        AlertIngested ingested;
        try
        {
            ingested = await sender.Send(reading.Command, cancellationToken);
        }
        catch (ValidationException ex)
        {
            return Invalid(text, ex.Errors.GroupBy(e => reading.PathOf(e.PropertyName))
                .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray()));
        }

        if (ingested is not { Number: { } number } || ingested.Outcome == AlertOutcome.UnknownCid)
            return Invalid(text, new Dictionary<string, string[]> { [reading.PathOf(nameof(IngestAlert.Cid))] = [text["Api.UnknownCid"]] }, "Alert.UnknownCid");

        var location = $"/Cases/{number}";
        var answer = new AlertCaseResponse(number, ingested.Outcome == AlertOutcome.Created ? "created" : "replayed", location);
        return ingested.Outcome == AlertOutcome.Created ? TypedResults.Created(location, answer) : (IResult)TypedResults.Ok(answer);
    }

    private static Reading Read(byte[] body, IStringLocalizer<SharedResource> text)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return new(null, f => f, Problem(text, StatusCodes.Status400BadRequest, text["Api.MalformedJson"]));
            if (!AlertRequests.IsCrowdStrike(root))
                return new(root.Deserialize<PortalAlert>(AlertRequests.Json)?.ToCommand(), PortalAlert.PathOf, null);

            var detection = root.Deserialize<CrowdStrikeDetection>(AlertRequests.Json);
            string PathOf(string field) => CrowdStrikeDetection.Paths.GetValueOrDefault(field, field);
            if (detection?.Metadata?.EventType != AlertRequests.DetectionSummaryEvent)
            {
                return new(null, PathOf, Invalid(text, new Dictionary<string, string[]>
                {
                    ["metadata.eventType"] = [text["Api.WrongEventType", AlertRequests.DetectionSummaryEvent]],
                }));
            }

            return new(detection.ToCommand(), PathOf, null);
        }
        catch (JsonException ex)
        {
            // Not JSON, or a value of the wrong kind (text where a number goes): the body is not what the API reads.
            var detail = ex.Path is { Length: > 1 } path ? text["Api.InvalidValue", path.TrimStart('$', '.')] : text["Api.MalformedJson"];
            return new(null, f => f, Problem(text, StatusCodes.Status400BadRequest, detail));
        }
    }

    private static ProblemHttpResult Problem(IStringLocalizer<SharedResource> text, int status, string detail) =>
        TypedResults.Problem(new ProblemDetails { Status = status, Title = text[$"Problem.{status}"], Detail = detail });

    private static IResult Invalid(IStringLocalizer<SharedResource> text, Dictionary<string, string[]> errors, string? code = null) =>
        Results.ValidationProblem(errors, title: text["Problem.422"], statusCode: StatusCodes.Status422UnprocessableEntity,
            extensions: code is null ? null : new Dictionary<string, object?> { ["code"] = code });
}
