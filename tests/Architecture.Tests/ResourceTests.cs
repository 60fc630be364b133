using System.Xml.Linq;

namespace Portal.Architecture.Tests;

/// <summary>UI-3: every string exists in Japanese and English, and the .tsv tables match the .resx they generate.</summary>
public sealed class ResourceTests
{
    public static TheoryData<string> Tables => [.. Repo.Files("src", "*.tsv").Select(f => Path.GetRelativePath(Repo.Root, f))];

    private static Dictionary<string, string> Resx(string path) =>
        XDocument.Load(path).Root!.Elements("data").ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

    [Theory, Trait("Req", "UI-3")]
    [MemberData(nameof(Tables))]
    public void Every_key_has_a_Japanese_and_an_English_text_matching_its_table(string table)
    {
        var full = Path.Combine(Repo.Root, table);
        var rows = File.ReadAllLines(full).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')).ToList();
        Assert.All(rows, r => Assert.True(r.Length == 3 && r[1].Length > 0 && r[2].Length > 0, $"{table}: {r[0]} needs key, ja and en"));
        var ja = Resx(Path.ChangeExtension(full, ".resx"));
        var en = Resx(Path.ChangeExtension(full, ".en.resx"));
        Assert.Equal(rows.Select(r => r[0]).Order(), ja.Keys.Order());
        Assert.Equal(rows.Select(r => r[0]).Order(), en.Keys.Order());
        Assert.All(rows, r => Assert.Equal((r[1], r[2]), (ja[r[0]], en[r[0]])));
    }

    [Fact, Trait("Req", "UI-3")]
    public void Pages_hold_no_Japanese_literals()
    {
        var offenders = Repo.Files("src/Web/Pages", "*.cshtml")
            .Where(f => File.ReadAllText(f).Any(c => c is >= '\u3040' and <= '\u30ff' or >= '\u4e00' and <= '\u9fff'))
            .Select(f => Path.GetRelativePath(Repo.Root, f));
        Assert.Empty(offenders);
    }
}
