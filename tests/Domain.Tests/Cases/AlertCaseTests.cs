using Portal.Domain.Cases;
using Portal.Domain.Tests.Builders;

namespace Portal.Domain.Tests.Cases;

/// <summary>API-1: an alert case keeps what its detection said, and takes the customer's one-click answer once.</summary>
[Trait("Req", "API-1")]
public class AlertCaseTests
{
    [Fact]
    public void An_alert_case_keeps_the_detection_and_its_id_as_the_reference()
    {
        var alert = Alert();

        Assert.Equal(CaseCategory.Alert, alert.Category);
        Assert.Equal("ldt:abc:1", alert.ExternalReference);
        Assert.Equal(AlertSeverity.High, alert.Alert!.Severity);
        Assert.Equal("iPhone-HQ-0042", alert.Alert.Device);
        Assert.Equal(TimeSpan.Zero, alert.Alert.DetectedAt.Offset);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("http://falcon.crowdstrike.com/x")]
    [InlineData("data:text/html,hi")]
    [InlineData("/relative")]
    public void A_console_link_other_than_absolute_https_is_refused(string link)
    {
        var ex = A.Refusal(() => Details(link));

        Assert.Equal("Alert.InvalidConsoleLink", ex.Code);
    }

    [Fact]
    public void An_unknown_severity_is_refused()
    {
        var ex = A.Refusal(() => AlertDetails.Create("ldt:1", (AlertSeverity)9, "Detect", null, null, null, null, ACase.Now, null));

        Assert.Equal("Alert.UnknownSeverity", ex.Code);
    }

    [Fact]
    public void The_customers_answer_is_a_comment_given_once()
    {
        var alert = Alert();

        var comment = alert.RespondToAlert(ACase.Contact, "山田 花子", AlertResponse.Expected, "<p>想定内です。</p>", ACase.Now);

        Assert.Equal(AlertResponse.Expected, alert.AlertResponse);
        Assert.Equal(ACase.Now, alert.AlertRespondedAt);
        Assert.False(comment.IsFromAgent);
        Assert.Single(alert.Comments);
        Assert.Equal("Case.AlertAnswered",
            A.Refusal(() => alert.RespondToAlert(ACase.Contact, "山田 花子", AlertResponse.Unexpected, "<p>やはり調査を</p>", ACase.Now)).Code);
        Assert.Single(alert.Comments);
    }

    [Fact]
    public void An_answer_on_an_alert_awaiting_the_customer_moves_it_as_a_comment_would()
    {
        var alert = Alert();
        alert.StartWork(ACase.Agent, ACase.Now);
        alert.RequestCustomerInput(ACase.Agent, ACase.Now);

        alert.RespondToAlert(ACase.Contact, "山田 花子", AlertResponse.Unexpected, "<p>調査を依頼します。</p>", ACase.Now);

        Assert.Equal(CaseStatus.InProgress, alert.Status);
    }

    [Fact]
    public void Only_an_alert_case_takes_an_answer_and_a_closed_one_none()
    {
        Assert.Equal("Case.NotAnAlert",
            A.Refusal(() => ACase.Inquiry().RespondToAlert(ACase.Contact, "山田 花子", AlertResponse.Expected, "<p>x</p>", ACase.Now)).Code);

        var closed = Alert();
        closed.CloseByCustomer(ACase.Contact, ACase.Now);
        A.Refusal(() => closed.RespondToAlert(ACase.Contact, "山田 花子", AlertResponse.Expected, "<p>x</p>", ACase.Now));
        Assert.Null(closed.AlertResponse);
    }

    private static Case Alert() =>
        Case.OpenAlert(ACase.NextNumber(), ACase.Account, Details("https://falcon.crowdstrike.com/mobile/detections/ldt:abc:1"),
            "High severity detection", "A malicious app was installed.", ACase.Now);

    private static AlertDetails Details(string link) =>
        AlertDetails.Create("ldt:abc:1", AlertSeverity.High, "MaliciousAppInstalled", "iPhone-HQ-0042", "yamada", "Persistence",
            "Compromise Application Executable", ACase.Now.ToOffset(TimeSpan.FromHours(9)), link);
}
