using CsCheck;
using OnexSchemas.Loading;
using OnexSchemas.Model;

namespace OnexSchemas.Build.Tests.Differential;

/// <summary>
/// Checks of the instance generator itself: if its "valid" instances were not valid, or its mutations never
/// happened, the differential test would pass while testing less than it claims.
/// </summary>
public sealed class GeneratorTests
{
    public static TheoryData<string> Topics() => RepositoryTree.TopicNames();

    [Theory]
    [MemberData(nameof(Topics))]
    public void Valid_instances_are_valid_for_the_oracle(string topicName)
    {
        var topic = RepositoryTree.Value.FindTopic(topicName)!;
        var oracle = Oracle.For(topic.Document.Root);
        InstanceGenerator.Valid(SchemaNode.Root(topic.Document.Root)).Select(json => new Instance(json, "valid").Text)
            .Sample(text => Assert.True(oracle.IsValid(text), $"{topicName}: {oracle.Verdict(text)}\n{text}"), iter: 200);
    }

    [Fact]
    public void Patterns_of_the_tree_are_in_the_generators_subset_and_their_strings_match()
    {
        var patterns = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in RepositoryTree.Value.Documents)
        {
            Collect(document.Root, patterns);
        }

        Assert.NotEmpty(patterns);
        foreach (var pattern in patterns)
        {
            var strings = PatternStrings.For(pattern);
            Assert.True(strings is not null, $"the generator cannot build strings for {pattern}");
            var regex = new System.Text.RegularExpressions.Regex(pattern, System.Text.RegularExpressions.RegexOptions.ECMAScript);
            strings.Matching.Sample(value => Assert.True(regex.IsMatch(value), $"{value} does not match {pattern}"), iter: 200);
        }
    }

    [Fact]
    public void Near_valid_instances_cover_every_kind_of_mutation()
    {
        string[] kinds =
        [
            "required member dropped", "unknown member", "wrong type", "optional member set to null", "required member set to null",
            "item set to null", "(maxItems", "(minItems", "repeated", "(maxLength", "(minLength", "UTF-16 units", "inserted at",
            "(pattern", "(minimum", "(maximum", "(not an integer)", "(an integer spelled", "enum value", "uuid in upper case",
            "uuid in braces", "date-time without an offset", "date-time in lower case", "uri ", "added",
        ];
        var descriptions = new System.Collections.Concurrent.ConcurrentBag<string>();
        var all = string.Empty;

        // Sampling is random and the rarest kinds (a uri mutation: few members are URIs) can miss one round of 400 per
        // topic; up to four rounds make a miss by chance negligible, while a kind the generator never makes still fails.
        for (var round = 0; round < 4 && !kinds.All(kind => all.Contains(kind, StringComparison.Ordinal)); round++)
        {
            foreach (var topic in RepositoryTree.Value.Topics)
            {
                InstanceGenerator.NearValid(SchemaNode.Root(topic.Document.Root)).Sample(instance => descriptions.Add(instance.Description), iter: 400);
            }

            all = string.Join("\n", descriptions);
        }

        Assert.All(kinds, kind => Assert.Contains(kind, all, StringComparison.Ordinal));
    }

    private static void Collect(System.Text.Json.JsonElement element, HashSet<string> patterns)
    {
        switch (element.ValueKind)
        {
            case System.Text.Json.JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name == "pattern" && property.Value.ValueKind == System.Text.Json.JsonValueKind.String)
                    {
                        patterns.Add(property.Value.GetString()!);
                    }
                    else if (property.Name is not ("examples" or "enum" or "const" or "default"))
                    {
                        Collect(property.Value, patterns);
                    }
                }

                break;
            case System.Text.Json.JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, patterns);
                }

                break;
        }
    }
}
