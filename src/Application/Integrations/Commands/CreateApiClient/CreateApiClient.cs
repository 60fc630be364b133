using FluentValidation;
using Mediator;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Application.Integrations.Clients;

namespace Portal.Application.Integrations.Commands.CreateApiClient;

/// <summary>
/// API-1, API-2: a provider admin registers a machine client or a sibling portal. The generated secret is
/// returned once, here; only its hash is stored.
/// </summary>
public sealed record CreateApiClient(string ClientId, string DisplayName, ApiClientKind Kind, string? RedirectUris, string? PostLogoutRedirectUris)
    : ICommand<CreatedApiClient>, IAllowed
{
    public Roles Allowed => Roles.ProviderAdmin;
}

/// <summary>The new client and its secret, to show once.</summary>
public sealed record CreatedApiClient(string ClientId, string Secret);

public sealed class CreateApiClientValidator : AbstractValidator<CreateApiClient>
{
    public CreateApiClientValidator(IApiClients clients)
    {
        RuleFor(x => x.ClientId).Cascade(CascadeMode.Stop).NotEmpty().MaximumLength(ApiClientRules.ClientIdMax)
            .Must(ApiClientRules.IsValidClientId).WithErrorCode("ApiClient.IdFormat")
            .MustAsync(async (id, ct) => await clients.FindAsync(id, ct) is null).WithErrorCode("ApiClient.IdTaken");
        RuleFor(x => x.DisplayName).NotEmpty().MaximumLength(ApiClientRules.DisplayNameMax);
        RuleFor(x => x.Kind).IsInEnum();
        When(x => x.Kind == ApiClientKind.Sibling, () =>
        {
            RuleFor(x => x.RedirectUris).NotEmpty()
                .Must(text => ApiClientRules.Lines(text).All(ApiClientRules.IsAllowedRedirect)).WithErrorCode("ApiClient.RedirectUri");
            RuleFor(x => x.PostLogoutRedirectUris)
                .Must(text => ApiClientRules.Lines(text).All(ApiClientRules.IsAllowedRedirect)).WithErrorCode("ApiClient.RedirectUri");
        });
    }
}

public sealed class CreateApiClientHandler(IApiClients clients, IApplicationDbContext db, ICurrentUser principal, TimeProvider clock)
    : ICommandHandler<CreateApiClient, CreatedApiClient>
{
    public async ValueTask<CreatedApiClient> Handle(CreateApiClient command, CancellationToken cancellationToken)
    {
        var sibling = command.Kind == ApiClientKind.Sibling;
        var secret = ApiClientRules.NewSecret();
        var row = await clients.CreateAsync(new NewApiClient(command.ClientId.Trim(), command.DisplayName.Trim(), command.Kind,
            sibling ? [.. ApiClientRules.Lines(command.RedirectUris).Select(u => new Uri(u))] : [],
            sibling ? [.. ApiClientRules.Lines(command.PostLogoutRedirectUris).Select(u => new Uri(u))] : []), secret, cancellationToken);
        ApiClientRules.Audit(db, principal, clock, "Added", row.Id, null,
            new { row.ClientId, row.DisplayName, Kind = row.Kind.ToString(), row.Scopes, row.RedirectUris, row.PostLogoutRedirectUris, row.Enabled });
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedApiClient(row.ClientId, secret);
    }
}
