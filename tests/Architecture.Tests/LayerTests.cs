using System.Reflection;

namespace Portal.Architecture.Tests;

/// <summary>STYLE §2: Domain ← Application ← Infrastructure, Web; Web uses Infrastructure only in Program.cs.</summary>
public sealed class LayerTests
{
    private static readonly Assembly Domain = typeof(Portal.Domain.Common.AggregateRoot).Assembly;
    private static readonly Assembly Application = typeof(Portal.Application.DependencyInjection).Assembly;
    private static readonly Assembly Infrastructure = typeof(Portal.Infrastructure.DependencyInjection).Assembly;

    private static string[] References(Assembly assembly) =>
        [.. assembly.GetReferencedAssemblies().Select(a => a.Name!)];

    [Fact]
    public void Domain_references_nothing_but_the_runtime() =>
        Assert.All(References(Domain), name => Assert.True(name.StartsWith("System", StringComparison.Ordinal) || name == "netstandard",
            $"Domain references {name}"));

    [Fact]
    public void Application_references_neither_Infrastructure_nor_Web()
    {
        Assert.DoesNotContain("Portal.Infrastructure", References(Application));
        Assert.DoesNotContain("Portal.Web", References(Application));
    }

    [Fact]
    public void Infrastructure_does_not_reference_Web() =>
        Assert.DoesNotContain("Portal.Web", References(Infrastructure));

    [Fact]
    public void Web_uses_Infrastructure_only_in_Program()
    {
        var offenders = Repo.Files("src/Web", "*.cs").Concat(Repo.Files("src/Web", "*.cshtml"))
            .Where(f => Path.GetFileName(f) != "Program.cs" && File.ReadAllText(f).Contains("Portal.Infrastructure", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(Repo.Root, f));
        Assert.Empty(offenders);
    }

    [Fact]
    public void Pages_do_not_touch_the_database()
    {
        var offenders = Repo.Files("src/Web/Pages", "*.cs")
            .Where(f => File.ReadAllText(f) is var text && (text.Contains("DbContext", StringComparison.Ordinal) || text.Contains("EntityFrameworkCore", StringComparison.Ordinal)))
            .Select(f => Path.GetRelativePath(Repo.Root, f));
        Assert.Empty(offenders);
    }
}
