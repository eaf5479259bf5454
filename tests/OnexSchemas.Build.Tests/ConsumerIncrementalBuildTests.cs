using System.Diagnostics;
using System.Text.Json;
using OnexSchemas.Build.Tests.Support;
using Xunit.Abstractions;

namespace OnexSchemas.Build.Tests;

/// <summary>
/// The incremental contract of build/OnexSchemas.Build.targets, observed from the service's side: nothing changed,
/// nothing runs; a changed schema rewrites only its own files; added, renamed and removed schemas are noticed even
/// when their timestamps say otherwise (the inputs cache); stale files are deleted; <c>dotnet clean</c> removes the
/// generated files and the next build brings them back. One work directory, steps in order.
/// </summary>
[Collection(ConsumerBuildCollection.Name)]
public sealed class ConsumerIncrementalBuildTests(PackedPackageFixture package, ITestOutputHelper output)
{
    private const string SkippedGeneration = "Skipping target \"OnexSchemasGenerate\" because all output files are up-to-date";
    private const string IndexedSchema = "events/document/event/indexed.v1.json";

    [Fact]
    public void Generation_runs_only_when_its_inputs_change_and_touches_only_what_changed()
    {
        var total = Stopwatch.StartNew();
        var workspace = ConsumerWorkspace.Create(package, "incremental");
        var domainPrefixes = Directory.EnumerateDirectories(Path.Combine(workspace.SchemaRoot, "events"))
            .Select(directory => char.ToUpperInvariant(Path.GetFileName(directory)[0]) + Path.GetFileName(directory)[1..] + ".")
            .ToList();

        // 1. First build: everything is generated.
        Step("first build", () => workspace.RestoreAndBuild());
        var initial = workspace.Snapshot();
        Assert.Contains("Codegen.ValidateRequestV1.g.cs", initial.Names);
        var stampWritten = File.GetLastWriteTimeUtc(workspace.Stamp);
        var cacheWritten = File.GetLastWriteTimeUtc(workspace.InputsCache);

        // 2. No change: the generation target is skipped and no generated file, stamp or cache is written.
        var noChange = Step("build without changes", () => workspace.Build("n"));
        ConsumerWorkspace.AssertBuildSucceeded(noChange);
        Assert.True(noChange.Output.Contains(SkippedGeneration, StringComparison.Ordinal), "generation was not skipped:\n" + noChange);
        var unchanged = workspace.Snapshot();
        Assert.True(unchanged.WrittenSince(initial).Count == 0 && unchanged.Names.SequenceEqual(initial.Names), unchanged.Describe(initial));
        Assert.Equal(stampWritten, File.GetLastWriteTimeUtc(workspace.Stamp));
        Assert.Equal(cacheWritten, File.GetLastWriteTimeUtc(workspace.InputsCache));

        // 3. One schema's description changes: only that topic's files are rewritten.
        var validate = workspace.Schema("events/codegen/request/validate.v1.json");
        var description = Description(validate);
        var edited = description + " Edited by the incremental build test.";
        File.WriteAllText(validate, SchemaText.ReplaceOnce(File.ReadAllText(validate), $"\"{description}\"", $"\"{edited}\""));
        var descriptionBuild = Step("build after a description edit", () => workspace.Build("n"));
        ConsumerWorkspace.AssertBuildSucceeded(descriptionBuild);
        Assert.False(descriptionBuild.Output.Contains(SkippedGeneration, StringComparison.Ordinal), "generation was skipped:\n" + descriptionBuild);
        var afterDescription = workspace.Snapshot();
        var written = afterDescription.WrittenSince(unchanged);
        Assert.Contains("Codegen.ValidateRequestV1.g.cs", written);
        Assert.All(written, name => Assert.StartsWith("Codegen.ValidateRequestV1", name, StringComparison.Ordinal));
        Assert.True(afterDescription.Names.SequenceEqual(unchanged.Names), afterDescription.Describe(unchanged));
        Assert.Contains(edited, afterDescription.Files["Codegen.ValidateRequestV1.g.cs"].Content, StringComparison.Ordinal);

        // 4. A new topic arrives with an old timestamp (copied with its time, checked out, unpacked): older than the
        //    stamp, so only the inputs cache can tell. Its types are generated; no other topic's file is written.
        var archived = workspace.Schema("events/document/event/archived.v1.json");
        WriteTopicCopy(workspace.Schema(IndexedSchema), archived, "indexed", "archived");
        var addBuild = Step("build after adding a topic", () => workspace.Build());
        ConsumerWorkspace.AssertBuildSucceeded(addBuild);
        var afterAdd = workspace.Snapshot();
        var added = afterAdd.AddedSince(afterDescription);
        Assert.Contains("Document.ArchivedEventV1.g.cs", added);
        Assert.All(added, name => Assert.StartsWith("Document.ArchivedEventV1", name, StringComparison.Ordinal));
        Assert.Empty(afterAdd.RemovedSince(afterDescription));
        Assert.Contains("sealed partial record ArchivedEventV1", afterAdd.Files["Document.ArchivedEventV1.g.cs"].Content, StringComparison.Ordinal);
        Assert.Contains("ArchivedEventV1", afterAdd.Files["OnexEventsJsonContext.g.cs"].Content, StringComparison.Ordinal);
        AssertNoTopicFileWritten(afterAdd, afterDescription, domainPrefixes);

        // 5. The new topic is renamed (with its $id and topic), again with an old timestamp: the old files go, the new come.
        var retired = workspace.Schema("events/document/event/retired.v1.json");
        File.Delete(archived);
        WriteTopicCopy(workspace.Schema(IndexedSchema), retired, "indexed", "retired");
        var renameBuild = Step("build after renaming a topic", () => workspace.Build());
        ConsumerWorkspace.AssertBuildSucceeded(renameBuild);
        var afterRename = workspace.Snapshot();
        Assert.Equal(added.Order(StringComparer.Ordinal), afterRename.RemovedSince(afterAdd).Order(StringComparer.Ordinal));
        Assert.Equal(
            added.Select(name => name.Replace("ArchivedEventV1", "RetiredEventV1", StringComparison.Ordinal)).Order(StringComparer.Ordinal),
            afterRename.AddedSince(afterAdd).Order(StringComparer.Ordinal));
        Assert.DoesNotContain("ArchivedEventV1", afterRename.Files["OnexEventsJsonContext.g.cs"].Content, StringComparison.Ordinal);
        AssertNoTopicFileWritten(afterRename, afterAdd, domainPrefixes);

        // 6. The topic is deleted: its files are deleted as stale and the tree is back to where it was.
        File.Delete(retired);
        var deleteBuild = Step("build after deleting a topic", () => workspace.Build());
        ConsumerWorkspace.AssertBuildSucceeded(deleteBuild);
        var afterDelete = workspace.Snapshot();
        Assert.True(afterDelete.Names.SequenceEqual(afterDescription.Names), afterDelete.Describe(afterDescription));
        Assert.Equal(afterDescription.Files["OnexEventsJsonContext.g.cs"].Content, afterDelete.Files["OnexEventsJsonContext.g.cs"].Content);
        AssertNoTopicFileWritten(afterDelete, afterRename, domainPrefixes);

        var run = workspace.RunApp();
        Assert.True(run.Succeeded && run.Output.Contains("round-trip: ok", StringComparison.Ordinal), "the consumer failed:\n" + run);

        // 7. dotnet clean removes the generated files, the stamp and the inputs cache.
        var clean = Step("clean", workspace.Clean);
        Assert.True(clean.Succeeded, "clean failed:\n" + clean);
        Assert.True(workspace.Snapshot().Names.Count == 0, "generated files survived the clean:\n" + string.Join("\n", workspace.Snapshot().Names));
        Assert.False(File.Exists(workspace.Stamp), "the stamp survived the clean");
        Assert.False(File.Exists(workspace.InputsCache), "the inputs cache survived the clean");

        // 8. The next build generates everything again.
        var rebuild = Step("build after clean", () => workspace.Build());
        ConsumerWorkspace.AssertBuildSucceeded(rebuild);
        var afterClean = workspace.Snapshot();
        Assert.True(afterClean.Names.SequenceEqual(afterDescription.Names), afterClean.Describe(afterDescription));

        output.WriteLine($"total {total.Elapsed.TotalSeconds:F1} s");
    }

    private ProcessResult Step(string name, Func<ProcessResult> action)
    {
        var result = action();
        output.WriteLine($"{name}: exit {result.ExitCode}, {result.Duration.TotalSeconds:F1} s");
        return result;
    }

    private static string Description(string schemaPath)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(schemaPath));
        return document.RootElement.GetProperty("description").GetString()!;
    }

    /// <summary>
    /// Writes a valid copy of a topic schema under another operation name (only its $id and x-onex topic change, so
    /// every rule still holds), dated an hour back: before the last build's stamp.
    /// </summary>
    private static void WriteTopicCopy(string sourcePath, string destinationPath, string operation, string newOperation)
    {
        var text = File.ReadAllText(sourcePath);
        text = SchemaText.ReplaceOnce(text, $"/event/{operation}.v1.json\"", $"/event/{newOperation}.v1.json\"");
        text = SchemaText.ReplaceOnce(text, $".event.{operation}.v1\"", $".event.{newOperation}.v1\"");
        File.WriteAllText(destinationPath, text);
        File.SetLastWriteTimeUtc(destinationPath, DateTime.UtcNow.AddHours(-1));
    }

    /// <summary>No file of an existing topic (domain-prefixed) was written; shared files (the JSON context) may be.</summary>
    private static void AssertNoTopicFileWritten(GeneratedSnapshot after, GeneratedSnapshot before, IReadOnlyList<string> domainPrefixes)
    {
        var written = after.WrittenSince(before).Where(name => domainPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal))).ToList();
        Assert.True(written.Count == 0, "files of other topics were rewritten:\n" + after.Describe(before));
    }
}
