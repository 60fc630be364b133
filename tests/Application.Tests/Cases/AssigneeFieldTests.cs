using FluentValidation;
using Portal.Application.Cases.Commands.DeleteCaseFilter;
using Portal.Application.Cases.Commands.SaveCaseFilter;
using Portal.Application.Cases.Queries.ListCaseFilters;
using Portal.Application.Cases.Queries.ListCases;
using Portal.Application.Tests.Support;
using Portal.Domain.SavedFilters;

namespace Portal.Application.Tests.Cases;

/// <summary>
/// AGT-1, TEN-2: who a case is assigned to is the provider's business. A customer cannot filter, count or
/// save by assignee (it would learn which of its cases are unassigned); the refusal reads like an unknown field.
/// </summary>
[Trait("Req", "AGT-1")]
[Trait("Req", "TEN-2")]
public sealed class AssigneeFieldTests
{
    [Theory]
    [InlineData(Demo.CustomerA, "assignee.empty")]
    [InlineData(Demo.AdminA, "assignee.notempty")]
    [InlineData(Demo.CustomerB, "status.eq.New^OR^assignee.eq.me")]
    public async Task A_customer_is_refused_the_assignee_field_as_if_it_did_not_exist(string userId, string filter)
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(userId);

        var list = await Assert.ThrowsAsync<ValidationException>(() => app.Send(new ListCases(Filter: filter)));
        var save = await Assert.ThrowsAsync<ValidationException>(() =>
            app.Send(new SaveCaseFilter("未割り当て", FilterVisibility.Me, CaseView.All, filter, null)));
        var unknown = await Assert.ThrowsAsync<ValidationException>(() => app.Send(new ListCases(Filter: "secret.empty")));

        Assert.Equal("Filter.UnknownField", Assert.Single(list.Errors).ErrorCode);
        Assert.Equal("Filter.UnknownField", Assert.Single(save.Errors, e => e.PropertyName == nameof(SaveCaseFilter.Filter)).ErrorCode);
        Assert.Equal(Assert.Single(unknown.Errors).ErrorMessage.Replace("secret", "assignee", StringComparison.Ordinal), list.Errors.Single().ErrorMessage);
    }

    [Fact]
    public async Task An_agent_filters_by_assignee()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.Agent);

        var unassigned = await app.Send(new ListCases(Filter: "assignee.empty"));
        var all = await app.Send(new ListCases());

        Assert.InRange(unassigned.Total, 1, all.Total);
    }
}
