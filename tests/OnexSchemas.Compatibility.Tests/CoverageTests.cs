namespace OnexSchemas.Compatibility.Tests;

/// <summary>The case table and the documentation cover the whole vocabulary.</summary>
public sealed class CoverageTests
{
    [Fact]
    public void There_are_at_least_150_cases()
    {
        Assert.True(CaseLibrary.All.Count >= 150, $"{CaseLibrary.All.Count} cases");
    }

    [Fact]
    public void Every_reported_change_type_appears_in_some_case()
    {
        var seen = CaseLibrary.All.Values
            .SelectMany(c => c.Changes.Concat(c.ChangesLenient))
            .Select(s => s.Split(' ')[0])
            .ToHashSet(StringComparer.Ordinal);
        var missing = ChangeVocabulary.All
            .Where(ChangeVocabulary.IsReported)
            .Select(t => t.ToRegistryName())
            .Where(name => !seen.Contains(name))
            .ToArray();
        Assert.True(missing.Length == 0, "No case for: " + string.Join(", ", missing));
    }

    [Fact]
    public void Content_models_and_policies_are_all_exercised()
    {
        foreach (var group in new[] { "objects-open", "objects-closed", "objects-partial", "arrays-tuples" })
        {
            Assert.True(CaseLibrary.All.Keys.Count(k => k.StartsWith(group + ":", StringComparison.Ordinal)) >= 10, group);
        }

        // Cases where the policy changes the verdict, and where it changes the reported changes.
        Assert.True(CaseLibrary.All.Values.Count(c => c.Backward.Strict != c.Backward.Lenient) >= 20);
        Assert.True(CaseLibrary.All.Values.Count(c => !c.Changes.SequenceEqual(c.ChangesLenient)) >= 5);
        Assert.True(CaseLibrary.All.Values.Count(c => c.Forward is not null) >= 100);
    }

    [Fact]
    public void The_documentation_lists_every_change_type()
    {
        var doc = ReadDocumentation();
        foreach (var type in ChangeVocabulary.All)
        {
            Assert.Contains("| `" + type.ToRegistryName() + "` |", doc, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_documented_example_produces_its_change_type_with_the_documented_verdicts()
    {
        var rows = 0;
        foreach (var line in ReadDocumentation().Split('\n'))
        {
            var match = ExampleRow.Match(line);
            if (!match.Success || !ChangeVocabulary.TryParse(match.Groups["name"].Value, out var type) || !ChangeVocabulary.IsReported(type))
            {
                continue;
            }

            rows++;
            var original = Json.Parse(match.Groups["old"].Value);
            var update = Json.Parse(match.Groups["new"].Value);
            Assert.Equal(match.Groups["strict"].Value == "yes", ChangeVocabulary.IsCompatible(type, CompatibilityPolicy.Strict));
            Assert.Equal(match.Groups["lenient"].Value == "yes", ChangeVocabulary.IsCompatible(type, CompatibilityPolicy.Lenient));
            var strict = SchemaDiffer.Compare(original, update, CompatibilityPolicy.Strict);
            var lenient = SchemaDiffer.Compare(original, update, CompatibilityPolicy.Lenient);
            Assert.True(strict.Concat(lenient).Any(c => c.Type == type), $"{type.ToRegistryName()}: {string.Join(", ", strict)}");
        }

        Assert.True(rows >= 125, $"{rows} example rows");
    }

    private static readonly System.Text.RegularExpressions.Regex ExampleRow = new(
        @"^\| `(?<name>[A-Z_]+)` \| (?<strict>yes|\*\*no\*\*) \| (?<lenient>yes|\*\*no\*\*) \| .* \| `(?<old>[\[{].*)` → `(?<new>[\[{].*)` \|$");

    private static string ReadDocumentation()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "docs", "compatibility.md")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        return File.ReadAllText(Path.Combine(directory!.FullName, "docs", "compatibility.md"));
    }
}
