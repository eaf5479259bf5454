using System.Text;
using Microsoft.CodeAnalysis;
using OnexSchemas.Build.Generator.Tests.Infrastructure;

namespace OnexSchemas.Build.Generator.Tests;

/// <summary>
/// The exact text generated for a tiny tree, compared with Snapshots/TinyTree.txt. When a change to the output is
/// intended, run the tests with ONEX_UPDATE_SNAPSHOTS=1 to rewrite the file, then review and commit its diff.
/// </summary>
public sealed class SnapshotTests
{
    private const string VersionToken = "{GeneratorVersion}";

    /// <summary>A request and its response (whose payload has a schema_version property), and a deprecated four-part audit topic without a description.</summary>
    internal static AdditionalText[] TinyTree() =>
    [
        TestTree.File("events/demo/request/ping.v1.json", TestTree.Schema(
            "omninode.demo.request.ping.v1",
            description: "Asks a service to answer <quickly> & politely.\\nSecond line of the description.")),
        TestTree.File("events/demo/response/ping.v1.json", TestTree.Schema(
            "omninode.demo.response.ping.v1",
            version: "1.2.0",
            description: "The answer to a ping.",
            properties: "\"schema_version\": {\"type\": \"string\", \"description\": \"Clashes with SchemaVersion.\"}")),
        TestTree.File("events/audit/demo_trail.v2.json", """
            {
              "x-onex": { "topic": "omninode.audit.demo_trail.v2", "version": "2.1.0", "deprecated": true, "sunset": "2027-01-31" },
              "type": "object"
            }
            """),
    ];

    [Fact]
    public void The_generated_text_matches_the_committed_snapshot()
    {
        var run = GeneratorHarness.Run(
            TinyTree(),
            TestTree.Root,
            """
            namespace Omninode.Events.Demo { public sealed partial record PingRequestV1; }
            namespace Omninode.Events.Demo { public sealed partial record PingResponseV1 { /// <summary>Clashes.</summary>
            public string? SchemaVersion { get; init; } } }
            namespace Omninode.Events.Audit { [global::System.Obsolete("Use omninode.audit.demo_trail.v3.")] public sealed partial record DemoTrailAuditV2; }
            """);
        Assert.Empty(run.Diagnostics);
        Assert.Empty(GeneratorHarness.WarningsAndErrors(run.Output));

        var actual = new StringBuilder();
        foreach (var source in run.Result.GeneratedSources)
        {
            actual.Append("//// ").Append(source.HintName).Append('\n').Append(source.SourceText.ToString()).Append('\n');
        }

        var text = actual.ToString().Replace(
            $"\"OnexSchemas.Build.Generator\", \"{OnexEventsGenerator.Version}\"",
            $"\"OnexSchemas.Build.Generator\", \"{VersionToken}\"",
            StringComparison.Ordinal);
        var path = Path.Combine(GeneratorHarness.RepositoryRoot, "tests", "OnexSchemas.Build.Generator.Tests", "Snapshots", "TinyTree.txt");
        if (Environment.GetEnvironmentVariable("ONEX_UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(path, text);
        }

        Assert.True(File.Exists(path), $"{path} is missing; run with ONEX_UPDATE_SNAPSHOTS=1 to write it, then review it");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Equal(expected, text);
    }
}
