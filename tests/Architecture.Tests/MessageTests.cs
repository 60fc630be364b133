using Mediator;
using Portal.Application.Common.Security;

namespace Portal.Architecture.Tests;

/// <summary>Every request declares who may send it: the authorization behaviour refuses the rest anyway.</summary>
public sealed class MessageTests
{
    private static readonly Type[] Messages = [.. typeof(Portal.Application.DependencyInjection).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IMessage).IsAssignableFrom(t) && !typeof(INotification).IsAssignableFrom(t))];

    [Fact]
    public void The_application_has_messages() => Assert.NotEmpty(Messages);

    [Fact]
    public void Every_command_and_query_declares_its_allowed_roles() =>
        Assert.All(Messages, t => Assert.True(typeof(IAllowed).IsAssignableFrom(t), $"{t.Name} does not implement IAllowed"));

    [Fact]
    public void Commands_and_queries_are_records_named_as_verbs_and_nouns() =>
        Assert.All(Messages, t => Assert.False(t.Name.EndsWith("Command", StringComparison.Ordinal) || t.Name.EndsWith("Request", StringComparison.Ordinal),
            $"{t.Name}: name use cases verb + noun (STYLE §4)"));
}
