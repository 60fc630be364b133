using System.Text.RegularExpressions;
using Mediator;

namespace Portal.Architecture.Tests;

/// <summary>
/// STYLE §2: a use case is one hop away. Every command and query lives in
/// <c>src/Application/&lt;Module&gt;/{Commands,Queries}/&lt;UseCase&gt;/</c> of a known module, one per folder, and every
/// file's namespace is its folder.
/// </summary>
public sealed partial class ModuleLayoutTests
{
    private static readonly string[] Modules = ["Account", "Admin", "Cases", "WorkRequests", "Knowledge", "Announcements", "Services", "Integrations", "Search"];

    private static readonly Type[] Messages = [.. typeof(Portal.Application.DependencyInjection).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IMessage).IsAssignableFrom(t) && !typeof(INotification).IsAssignableFrom(t))];

    [Fact]
    public void Every_use_case_has_a_folder_of_its_own_in_a_module()
    {
        var misplaced = Messages
            .Where(t => t.Namespace is not { } ns
                || ns.Split('.') is not ["Portal", "Application", var module, "Commands" or "Queries", var folder]
                || !Modules.Contains(module) || folder != t.Name)
            .Select(t => $"{t.FullName}");
        Assert.Empty(misplaced);
    }

    [Fact]
    public void Commands_are_commands_and_queries_are_queries()
    {
        var wrong = Messages.Where(t => t.Namespace!.Contains(".Queries.", StringComparison.Ordinal) == typeof(IBaseCommand).IsAssignableFrom(t))
            .Select(t => t.FullName);
        Assert.Empty(wrong);
    }

    [Theory]
    [InlineData("src/Application", "Portal.Application")]
    [InlineData("src/Infrastructure", "Portal.Infrastructure")]
    [InlineData("src/Web", "Portal.Web")]
    [InlineData("src/Domain", "Portal.Domain")]
    public void A_files_namespace_is_its_folder(string folder, string rootNamespace)
    {
        var offenders = Repo.Files(folder, "*.cs")
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && Path.GetFileName(f) != "Program.cs")
            .Select(f => (File: f, Namespace: NamespaceOf().Match(File.ReadAllText(f)).Groups[1].Value))
            .Where(x => x.Namespace.Length > 0)
            .Where(x => x.Namespace != Expected(folder, rootNamespace, x.File))
            .Select(x => $"{Path.GetRelativePath(Repo.Root, x.File)}: {x.Namespace}");
        Assert.Empty(offenders);
    }

    private static string Expected(string folder, string rootNamespace, string file)
    {
        var relative = Path.GetRelativePath(Path.Combine(Repo.Root, folder), Path.GetDirectoryName(file)!);
        return relative == "." ? rootNamespace : rootNamespace + "." + relative.Replace(Path.DirectorySeparatorChar, '.');
    }

    [GeneratedRegex(@"^namespace ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex NamespaceOf();
}
