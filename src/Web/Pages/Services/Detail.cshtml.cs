using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Application.Services.Queries.GetContract;

namespace Portal.Web.Pages.Services;

/// <summary>
/// SVC-1 (guide 4.10): お客様サービス利用情報 of one customer number, read-only: changes need an application form.
/// A number the user may not see is the same 404 as an unknown one (TEN-1).
/// </summary>
public sealed class DetailModel(ISender sender) : PageModel
{
    public ContractDetail Contract { get; private set; } = null!;

    /// <summary>Where a customer applies for a change: the configured request type's form for this number, or the catalog.</summary>
    public string ApplyPath => Contract.ChangeRequestType is { } code ? $"/WorkRequests/New/{code}?accountNumber={Contract.CustomerNumber}" : "/WorkRequests";

    public async Task OnGetAsync(string number, CancellationToken cancellationToken) =>
        Contract = await sender.Send(new GetContract(number), cancellationToken);
}
