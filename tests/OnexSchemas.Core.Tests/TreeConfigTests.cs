using OnexSchemas.Compatibility;
using OnexSchemas.Config;
using OnexSchemas.Diagnostics;
using OnexSchemas.Loading;
using OnexSchemas.Model;
using OnexSchemas.Tests.Support;
using OnexSchemas.Naming;

namespace OnexSchemas.Core.Tests;

/// <summary>The tree config: its defaults, how domain and topic entries override them, and how mistakes are reported at their keys.</summary>
public sealed class TreeConfigTests
{
    private const string Display = "ROOT/onex-schemas.json";

    private static TopicName Topic(string text)
    {
        Assert.True(TopicName.TryParse(text, TopicName.DefaultNamespace, out var topic, out var error), error);
        return topic!;
    }

    private static (TreeConfig Config, List<Diagnostic> Diagnostics) Read(string configText)
    {
        var source = new InMemorySchemaSource("ROOT", "ROOT/").Add(SchemaTreeLayout.ConfigFileName, configText);
        var diagnostics = new List<Diagnostic>();
        var config = TreeConfigReader.Read(source, LoadOptions.Default, diagnostics, out _);
        return (config, diagnostics);
    }

    [Fact]
    public void TreeWithoutConfigGetsTheDocumentedDefaults()
    {
        var source = new InMemorySchemaSource("ROOT");
        var diagnostics = new List<Diagnostic>();

        var config = TreeConfigReader.Read(source, LoadOptions.Default, diagnostics, out var file);

        Assert.Empty(diagnostics);
        Assert.Null(file);
        Assert.Same(TreeConfig.Default, config);
        Assert.Equal("draft-07", config.Draft);
        Assert.Equal("https://schemas.omninode.dev/", config.BaseUri);
        Assert.Equal("omninode", config.Namespace);
        Assert.Equal(RegistryProfile.Redpanda, config.Registry);
        Assert.Equal(new TopicSettings(3, 1, 604_800_000, CompatibilityLevel.Backward, 182), config.Defaults);
        Assert.Equal(config.Defaults, config.SettingsFor(Topic("omninode.demo.request.ping.v1")));
    }

    [Fact]
    public void DomainThenTopicEntriesOverrideTheDefaults()
    {
        using var tree = TreeBuilder.Valid();

        var config = tree.Load().Config;

        // Topic entry: retention and compatibility; domain entry: partitions; defaults: the rest.
        Assert.Equal(new TopicSettings(6, 1, 3_600_000, CompatibilityLevel.Full, 182), config.SettingsFor(Topic(ValidTree.RequestTopic)));
        Assert.Equal(new TopicSettings(6, 1, 604_800_000, CompatibilityLevel.Backward, 182), config.SettingsFor(Topic(ValidTree.ResponseTopic)));
        Assert.Equal(config.Defaults, config.SettingsFor(Topic("omninode.other.event.pinged.v1")));
    }

    [Fact]
    public void TopicSettingsReachTheLoadedTopics()
    {
        using var tree = TreeBuilder.Valid();

        var topic = tree.Load().FindTopic(ValidTree.RequestTopic);

        Assert.NotNull(topic);
        Assert.Equal(6, topic.Settings.Partitions);
        Assert.Equal("1h", topic.Settings.RetentionText);
    }

    [Fact]
    public void TopicEntryOverridesItsDomainEntry()
    {
        var (config, diagnostics) = Read("""
            {
              "defaults": { "partitions": 2 },
              "domains": { "demo": { "partitions": 4, "compatibility": "NONE" } },
              "topics": { "omninode.demo.event.pinged.v1": { "partitions": 8 } }
            }
            """);

        Assert.Empty(diagnostics);
        Assert.Equal(8, config.SettingsFor(Topic("omninode.demo.event.pinged.v1")).Partitions);
        Assert.Equal(CompatibilityLevel.None, config.SettingsFor(Topic("omninode.demo.event.pinged.v1")).Compatibility);
        Assert.Equal(4, config.SettingsFor(Topic("omninode.demo.event.other.v1")).Partitions);
        Assert.Equal(2, config.SettingsFor(Topic("omninode.elsewhere.event.other.v1")).Partitions);
    }

    [Theory]
    [InlineData(-1, "forever")]
    [InlineData(604_800_000, "7d")]
    [InlineData(3_600_000, "1h")]
    [InlineData(300_000, "5m")]
    [InlineData(1_500, "1500ms")]
    public void RetentionIsShownAsPeopleWriteIt(long retentionMs, string expected)
    {
        Assert.Equal(expected, (TopicSettings.Default with { RetentionMs = retentionMs }).RetentionText);
    }

    [Fact]
    public void EveryBadValueIsReportedAtItsOwnKeyAndTheDefaultIsKept()
    {
        const string text = """
            {
              "draft": "draft-04",
              "baseUri": "ftp://schemas.example/",
              "namespace": 7,
              "colour": "blue",
              "defaults": {
                "partitions": 0,
                "replicationFactor": 1.5,
                "retentionMs": -2,
                "compatibility": "SIDEWAYS",
                "deprecationWindowDays": "soon",
                "speed": 1
              },
              "domains": { "demo": 3 },
              "topics": []
            }
            """;
        (string Pointer, string Needle)[] expected =
        [
            ("/draft", "\"draft\""),
            ("/baseUri", "\"baseUri\""),
            ("/namespace", "\"namespace\""),
            ("/colour", "\"colour\""),
            ("/defaults/partitions", "\"partitions\""),
            ("/defaults/replicationFactor", "\"replicationFactor\""),
            ("/defaults/retentionMs", "\"retentionMs\""),
            ("/defaults/compatibility", "\"compatibility\""),
            ("/defaults/deprecationWindowDays", "\"deprecationWindowDays\""),
            ("/defaults/speed", "\"speed\""),
            ("/domains/demo", "\"demo\""),
            ("/topics", "\"topics\""),
        ];

        var (config, diagnostics) = Read(text);

        Assert.All(diagnostics, diagnostic => Assert.Equal("ONEX024", diagnostic.Id));
        Assert.Equal(expected.Select(entry => entry.Pointer).Order(StringComparer.Ordinal), diagnostics.Select(diagnostic => diagnostic.JsonPointer!).Order(StringComparer.Ordinal));
        foreach (var (pointer, needle) in expected)
        {
            var (line, column) = TextPosition.Of(text, needle);
            Assert.Equal(new SourceLocation(Display, line, column), diagnostics.Single(diagnostic => diagnostic.JsonPointer == pointer).Location);
        }

        Assert.Equal(TreeConfig.Default.BaseUri, config.BaseUri);
        Assert.Equal(TreeConfig.Default.Namespace, config.Namespace);
        Assert.Equal(TopicSettings.Default, config.Defaults);
        Assert.Empty(config.Topics);
    }

    [Theory]
    [InlineData("{ \"baseUri\": \"https://schemas.example\" }", "/baseUri")]
    [InlineData("{ \"baseUri\": \"schemas/\" }", "/baseUri")]
    [InlineData("{ \"defaults\": { \"partitions\": 10001 } }", "/defaults/partitions")]
    [InlineData("{ \"defaults\": { \"partitions\": 2.0E0 } }", "/defaults/partitions")]
    [InlineData("{ \"defaults\": { \"replicationFactor\": 33 } }", "/defaults/replicationFactor")]
    [InlineData("{ \"defaults\": { \"deprecationWindowDays\": 3651 } }", "/defaults/deprecationWindowDays")]
    [InlineData("{ \"defaults\": { \"compatibility\": \"backward\" } }", "/defaults/compatibility")]
    [InlineData("{ \"defaults\": [] }", "/defaults")]
    [InlineData("{ \"registry\": \"apicurio\" }", "/registry")]
    [InlineData("{ \"registry\": true }", "/registry")]
    [InlineData("{ \"topics\": { \"omninode.demo.event.pinged.v1\": { \"partitions\": \"6\" } } }", "/topics/omninode.demo.event.pinged.v1/partitions")]
    public void OutOfRangeOrMistypedValueIsReported(string text, string pointer)
    {
        var (_, diagnostics) = Read(text);

        var finding = Assert.Single(diagnostics);
        Assert.Equal("ONEX024", finding.Id);
        Assert.Equal(pointer, finding.JsonPointer);
    }

    [Theory]
    [InlineData("NONE")]
    [InlineData("BACKWARD")]
    [InlineData("BACKWARD_TRANSITIVE")]
    [InlineData("FORWARD")]
    [InlineData("FORWARD_TRANSITIVE")]
    [InlineData("FULL")]
    [InlineData("FULL_TRANSITIVE")]
    public void EveryRegistryCompatibilityLevelIsAccepted(string level)
    {
        var (config, diagnostics) = Read($$"""{ "defaults": { "compatibility": "{{level}}", "retentionMs": -1 } }""");

        Assert.Empty(diagnostics);
        Assert.Equal(level, config.Defaults.Compatibility.ToRegistryName());
        Assert.Equal(-1, config.Defaults.RetentionMs);
    }

    [Theory]
    [InlineData("redpanda", RegistryProfile.Redpanda)]
    [InlineData("confluent", RegistryProfile.Confluent)]
    public void TheRegistryProfileIsReadFromTheConfig(string name, RegistryProfile expected)
    {
        var (config, diagnostics) = Read($$"""{ "registry": "{{name}}" }""");

        Assert.Empty(diagnostics);
        Assert.Equal(expected, config.Registry);
    }

    [Fact]
    public void AMiscasedRegistryProfileIsReportedWithTheNameMeant()
    {
        const string text = """{ "registry": "Confluent" }""";

        var (config, diagnostics) = Read(text);

        var finding = Assert.Single(diagnostics);
        Assert.Equal("ONEX024", finding.Id);
        Assert.Equal(new SourceLocation(Display, 1, TextPosition.Of(text, "\"registry\"").Column), finding.Location);
        Assert.Contains("registry 'Confluent' is not one of redpanda, confluent", finding.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'confluent'?", finding.Message, StringComparison.Ordinal);
        Assert.Equal(RegistryProfile.Redpanda, config.Registry);
    }

    [Fact]
    public void ConfigThatIsNotJsonIsATreeConfigFinding()
    {
        const string text = "{\n  \"draft\": \"draft-07\",\n  \"baseUri\"\n}\n";

        var (config, diagnostics) = Read(text);

        var finding = Assert.Single(diagnostics);
        Assert.Equal("ONEX024", finding.Id);
        var (line, column) = TextPosition.Of(text, "}", after: "\"baseUri\"");
        Assert.Equal(new SourceLocation(Display, line, column), finding.Location);
        Assert.Same(TreeConfig.Default, config);
    }

    [Fact]
    public void ConfigThatIsNotAnObjectIsReportedAtItsStart()
    {
        var (_, diagnostics) = Read("\n  [\"draft-07\"]");

        var finding = Assert.Single(diagnostics);
        Assert.Equal("ONEX024", finding.Id);
        Assert.Equal(new SourceLocation(Display, 2, 3), finding.Location);
    }

    [Fact]
    public void EntriesForDomainsAndTopicsTheTreeDoesNotHaveAreReported()
    {
        using var tree = TreeBuilder.Valid();
        tree.Replace(ValidTree.ConfigPath, "\"demo\": { \"partitions\": 6 }", "\"demo\": { \"partitions\": 6 },\n    \"ghost\": { \"partitions\": 2 }");
        tree.Replace(ValidTree.ConfigPath, "\"omninode.demo.request.ping.v1\": {", "\"omninode.demo.request.pong.v1\": { \"partitions\": 1 },\n    \"omninode.demo.request.ping.v1\": {");

        var result = tree.Lint();

        Findings.OnlyRules(result, "ONEX024");
        var locations = Findings.Of(result, "ONEX024").Select(diagnostic => diagnostic.Location).ToList();
        Assert.Equal(
            [tree.LocationOf(ValidTree.ConfigPath, "\"ghost\""), tree.LocationOf(ValidTree.ConfigPath, "\"omninode.demo.request.pong.v1\"")],
            locations);
    }
}
