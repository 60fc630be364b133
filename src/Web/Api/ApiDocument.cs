using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Portal.Application.Common.Security;

namespace Portal.Web.Api;

/// <summary>
/// API-1: the OpenAPI description of the portal's API at <see cref="Path"/> (anyone may read it): the endpoints
/// under /api, both request shapes of the alert endpoint, and the OAuth2 client-credentials scheme they need.
/// </summary>
internal static class ApiDocument
{
    public const string Name = "v1";

    public const string Path = "/api/v1/openapi.json";

    private const string SchemeName = "oauth2";

    public static IServiceCollection AddApiDocument(this IServiceCollection services) =>
        services.AddOpenApi(Name, options =>
        {
            options.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "Customer portal API",
                    Version = Name,
                    Description = "Machine clients sign in with OAuth2 client credentials at /connect/token.",
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.OAuth2,
                    Description = "Client credentials issued by the portal's OpenID Connect server.",
                    Flows = new OpenApiOAuthFlows
                    {
                        ClientCredentials = new OpenApiOAuthFlow
                        {
                            TokenUrl = new Uri("/connect/token", UriKind.Relative),
                            Scopes = new Dictionary<string, string> { [ApiScopes.AlertsWrite] = "Post detections as alert cases." },
                        },
                    },
                };
                foreach (var operation in document.Paths.Values.SelectMany(p => p.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>()))
                {
                    operation.Security ??= [];
                    operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, document)] = [ApiScopes.AlertsWrite] });
                }

                return Task.CompletedTask;
            });
            options.AddOperationTransformer(async (operation, context, cancellationToken) =>
            {
                if (context.Description.RelativePath != AlertsApi.Path.TrimStart('/'))
                    return;
                var crowdStrike = await context.GetOrCreateSchemaAsync(typeof(CrowdStrikeDetection), null, cancellationToken);
                var compact = await context.GetOrCreateSchemaAsync(typeof(PortalAlert), null, cancellationToken);
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Description = "A DetectionSummaryEvent of the Falcon event stream, or the portal's compact shape.",
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        ["application/json"] = new() { Schema = new OpenApiSchema { OneOf = [crowdStrike, compact] } },
                    },
                };
            });
        });

    public static void MapApiDocument(this WebApplication app) =>
        app.MapOpenApi("/api/{documentName}/openapi.json").AllowAnonymous();
}
