using OnexSchemas.Build.Generator.Tests.Infrastructure;

namespace OnexSchemas.Build.Generator.Tests;

/// <summary>Only <c>*.json</c> AdditionalFiles under <c>{OnexSchemasRoot}/events/</c> are topic schemas.</summary>
public sealed class FileSelectionTests
{
    private const string Broken = "{ this is not JSON";

    [Fact]
    public void Files_outside_root_events_and_non_json_files_are_ignored_unread()
    {
        var run = GeneratorHarness.Run(
            [
                TestTree.File("common/envelope.v1.json", Broken),
                TestTree.File("events/demo/event/notes.txt", Broken),
                TestTree.File("events/demo/event/readme.md", Broken),
                TestTree.File("events/demo/event/thing.v1.JSON", Broken),
                TestTree.File("events/demo/event/thing.v1.json.bak", Broken),
                TestTree.File("eventsx/demo/event/thing.v1.json", Broken),
                new InMemoryAdditionalText("/consumer/schemas-old/events/demo/event/thing.v1.json", Broken),
                new InMemoryAdditionalText("/elsewhere/events/demo/event/thing.v1.json", Broken),
                new InMemoryAdditionalText("/consumer/events/demo/event/thing.v1.json", Broken),
            ],
            TestTree.Root);

        Assert.Empty(run.Diagnostics);
        AssertNoTopics(run);
    }

    [Fact]
    public void Without_OnexSchemasRoot_nothing_is_a_schema_but_the_abstractions_are_still_there()
    {
        var run = GeneratorHarness.Run([TestTree.File("events/demo/event/thing.v1.json", Broken)], schemasRoot: null);

        Assert.Empty(run.Diagnostics);
        AssertNoTopics(run);
        Assert.NotNull(run.Output.GetTypeByMetadataName("Omninode.Events.IOnexEvent"));
    }

    [Theory]
    [InlineData(@"C:\repo\schemas", null, @"C:\repo\schemas\events\demo\event\thing.v1.json")]
    [InlineData(@"C:\repo\schemas\", null, @"c:\Repo\Schemas\events\demo\event\thing.v1.json")]
    [InlineData("/repo/./tools/../schemas/", null, "/repo/schemas/events/demo/event/thing.v1.json")]
    [InlineData("/repo/schemas", null, "/repo/schemas//events/./demo/event/thing.v1.json")]
    [InlineData("../schemas", "/repo/app/", "/repo/schemas/events/demo/event/thing.v1.json")]
    [InlineData(@"..\schemas", @"C:\repo\app\", @"C:\repo\schemas\events\demo\event\thing.v1.json")]
    [InlineData("schemas", null, "/anywhere/schemas/events/demo/event/thing.v1.json")]
    public void Roots_and_paths_are_normalised_before_they_are_compared(string root, string? projectDir, string path)
    {
        var files = new[] { new InMemoryAdditionalText(path, TestTree.Schema("omninode.demo.event.thing.v1")) };
        var driver = GeneratorHarness.CreateDriver(files, root, projectDir)
            .RunGenerators(GeneratorHarness.CreateCompilation());
        var result = driver.GetRunResult().Results.Single();

        Assert.Empty(result.Diagnostics);
        Assert.Contains(result.GeneratedSources, s => s.HintName == "Omninode.Events.Demo.ThingEventV1.g.cs");
    }

    [Fact]
    public void A_file_passed_twice_is_read_once()
    {
        var schema = TestTree.Schema("omninode.demo.event.thing.v1");
        var run = GeneratorHarness.Run(
            [
                TestTree.File("events/demo/event/thing.v1.json", schema),
                TestTree.File("events/demo/event/thing.v1.json", schema),
                new InMemoryAdditionalText(@"\consumer\schemas\events\demo\event\thing.v1.json", schema),
            ],
            TestTree.Root);

        Assert.Empty(run.Diagnostics);
        Assert.Single(run.Result.GeneratedSources, s => s.HintName == "Omninode.Events.Demo.ThingEventV1.g.cs");
        Assert.Empty(GeneratorHarness.WarningsAndErrors(run.Output));
    }

    private static void AssertNoTopics(GeneratorRun run)
    {
        Assert.Equal(
            ["Omninode.Events.Abstractions.g.cs", "Omninode.Events.Topics.g.cs", "Omninode.Events.OnexEventCatalog.g.cs"],
            run.Result.GeneratedSources.Select(s => s.HintName));
        Assert.Empty(GeneratorHarness.WarningsAndErrors(run.Output));
    }
}
