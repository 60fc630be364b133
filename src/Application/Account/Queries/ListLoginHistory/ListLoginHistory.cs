using FluentValidation;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Account.LoginHistory;
using Portal.Application.Account.Queries.ExportLoginHistory;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Models;
using Portal.Application.Common.Security;
using Portal.Domain.LoginHistory;
namespace Portal.Application.Account.Queries.ListLoginHistory;

/// <summary>HIST-1 (guide 4.11.1): one page of the login history the user may see, newest first, with the exact total.</summary>
public sealed record ListLoginHistory(LoginHistoryFilter Filter, int Page = 1, int Size = ListLoginHistory.DefaultSize)
    : IQuery<Paged<LoginHistoryRow>>, IAllowed
{
    public const int DefaultSize = 20;
    public const int MaxSize = 100;

    public Roles Allowed => LoginHistoryAccess.Roles;
}

public sealed class ListLoginHistoryValidator : AbstractValidator<ListLoginHistory>
{
    public ListLoginHistoryValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.Size).InclusiveBetween(1, ListLoginHistory.MaxSize);
        RuleFor(x => x.Filter).SetValidator(new LoginHistoryFilterValidator());
    }
}

public sealed class LoginHistoryFilterValidator : AbstractValidator<LoginHistoryFilter>
{
    public LoginHistoryFilterValidator()
    {
        RuleForEach(x => x.Kinds).IsInEnum();
        RuleFor(x => x.UserId).MaximumLength(LoginEvent.UserIdMax);
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).WithErrorCode("LoginHistory.ToBeforeFrom").When(x => x.From is not null && x.To is not null);
    }
}

public sealed class ListLoginHistoryHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<ListLoginHistory, Paged<LoginHistoryRow>>
{
    public async ValueTask<Paged<LoginHistoryRow>> Handle(ListLoginHistory query, CancellationToken cancellationToken)
    {
        var events = await LoginHistoryQuery.VisibleAsync(db, user, query.Filter, cancellationToken);
        var items = await events.Skip((query.Page - 1) * query.Size).Take(query.Size)
            .ProjectToType<LoginHistoryRow>().ToListAsync(cancellationToken);
        return new Paged<LoginHistoryRow>(items, await events.CountAsync(cancellationToken), query.Page, query.Size);
    }
}
