using Portal.Domain.Outbox;
using Portal.Domain.Tests.Builders;

namespace Portal.Domain.Tests.Outbox;

[Trait("Req", "MAIL-2")]
public class OutboxMessageTests
{
    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(3, 120)]
    [InlineData(7, 1920)]
    [InlineData(8, 3600)]
    [InlineData(50, 3600)]
    public void Failures_back_off_exponentially_up_to_an_hour(int failures, int seconds)
    {
        var message = OutboxMessage.Create("CaseCreated", "{}", A.Now);

        for (var i = 0; i < failures; i++)
        {
            message.MarkFailed("smtp down", A.Now);
        }

        Assert.Equal(failures, message.Attempts);
        Assert.Equal(A.Now.AddSeconds(seconds), message.NextAttemptAt);
        Assert.False(IsDue(message, A.Now));
        Assert.True(IsDue(message, A.Now.AddSeconds(seconds)));
    }

    [Fact]
    public void A_new_message_is_due_at_once_and_a_processed_one_never()
    {
        var message = OutboxMessage.Create("CaseCreated", "{}", A.Now);
        Assert.True(IsDue(message, A.Now));

        message.MarkProcessed(A.Now);

        Assert.False(IsDue(message, A.Now.AddDays(1)));
        Assert.Equal("Outbox.AlreadyProcessed", A.Refusal(() => message.MarkProcessed(A.Now)).Code);
        Assert.Equal("Outbox.AlreadyProcessed", A.Refusal(() => message.MarkFailed("x", A.Now)).Code);
    }

    [Fact]
    public void A_delivered_secret_is_forgotten_but_an_undelivered_one_is_kept()
    {
        var message = OutboxMessage.Create("mail", "{\"code\":\"123456\"}", A.Now);

        Assert.Equal("Outbox.NotProcessed", A.Refusal(message.Forget).Code);
        message.MarkProcessed(A.Now);
        message.Forget();

        Assert.Empty(message.Payload);
    }

    [Fact]
    public void Long_errors_are_cut_to_the_column()
    {
        var message = OutboxMessage.Create("CaseCreated", "{}", A.Now);

        message.MarkFailed(new string('x', 5000), A.Now);

        Assert.Equal(OutboxMessage.LastErrorMax, message.LastError!.Length);
    }

    private static bool IsDue(OutboxMessage message, DateTimeOffset now) => OutboxMessage.DueAt(now).Compile()(message);
}
