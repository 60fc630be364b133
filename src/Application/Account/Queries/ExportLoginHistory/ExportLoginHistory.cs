using System.Runtime.CompilerServices;
using FluentValidation;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Account.LoginHistory;
using Portal.Application.Account.Queries.ListLoginHistory;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
namespace Portal.Application.Account.Queries.ExportLoginHistory;

/// <summary>
/// HIST-2: every row of the current filter, in the list's order, streamed from the database one at a
/// time (never buffered), so 100,000 rows export with bounded memory.
/// </summary>
public sealed record ExportLoginHistory(LoginHistoryFilter Filter) : IStreamQuery<LoginHistoryRow>, IAllowed
{
    public Roles Allowed => LoginHistoryAccess.Roles;
}

/// <summary>The list's own filter rules: an export refuses exactly what the list refuses.</summary>
public sealed class ExportLoginHistoryValidator : AbstractValidator<ExportLoginHistory>
{
    public ExportLoginHistoryValidator() => RuleFor(x => x.Filter).SetValidator(new LoginHistoryFilterValidator());
}

public sealed class ExportLoginHistoryHandler(IApplicationDbContext db, ICurrentUser user)
    : IStreamQueryHandler<ExportLoginHistory, LoginHistoryRow>
{
    public async IAsyncEnumerable<LoginHistoryRow> Handle(ExportLoginHistory query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var events = await LoginHistoryQuery.VisibleAsync(db, user, query.Filter, cancellationToken);
        await foreach (var row in events.ProjectToType<LoginHistoryRow>().AsAsyncEnumerable().WithCancellation(cancellationToken))
            yield return row;
    }
}
