using ApprovalTests;
using ApprovalTests.Core;
using ApprovalTests.Namers;
using ApprovalTests.Reporters;
using ApprovalTests.Writers;
using OnexSchemas.Build.CodeGeneration;
using OnexSchemas.Loading;
using OnexSchemas.Naming;

namespace OnexSchemas.Build.Tests;

/// <summary>
/// Every file generated from the repository's tree is compared with its reviewed snapshot in Snapshots/.
/// A changed file fails until the new text is approved (rename the .received.txt to .approved.txt after review);
/// a new file fails until its snapshot exists; a snapshot whose file is no longer generated fails too.
/// </summary>
[UseReporter(typeof(QuietReporter))]
[UseApprovalSubdirectory("Snapshots")]
public sealed class GeneratedCodeSnapshotTests
{
    private static readonly Lazy<IReadOnlyList<GeneratedFile>> Files = new(() =>
        new EventCodeGenerator(RepositoryPaths.Templates).Generate(SchemaTreeLoader.Load(RepositoryPaths.Schemas)));

    public static TheoryData<string> FileNames()
    {
        var data = new TheoryData<string>();
        foreach (var file in Files.Value)
        {
            data.Add(file.FileName);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FileNames))]
    public void Generated_file_matches_its_snapshot(string fileName)
    {
        var file = Files.Value.Single(candidate => candidate.FileName == fileName);
        using (ApprovalResults.ForScenario(fileName.Replace(".g.cs", string.Empty, StringComparison.Ordinal)))
        {
            Approvals.Verify(new ApprovalTextWriter(file.Content));
        }
    }

    [Fact]
    public void Every_snapshot_belongs_to_a_generated_file()
    {
        var directory = Path.Combine(RepositoryPaths.Root, "tests", "OnexSchemas.Build.Tests", "Snapshots");
        var prefix = nameof(GeneratedCodeSnapshotTests) + "." + nameof(Generated_file_matches_its_snapshot) + ".ForScenario.";
        var expected = Files.Value.Select(file => prefix + file.FileName.Replace(".g.cs", string.Empty, StringComparison.Ordinal) + ".approved.txt").ToHashSet();
        var stale = Directory.EnumerateFiles(directory, "*.approved.txt").Select(Path.GetFileName).Where(name => !expected.Contains(name!)).ToList();
        Assert.Empty(stale);
    }

    [Fact]
    public void The_tree_generates_one_record_per_topic_and_the_shared_types()
    {
        var names = Files.Value.Select(file => file.FileName).ToHashSet();
        Assert.Contains("Codegen.ValidateRequestV1.g.cs", names);
        Assert.Contains("Intelligence.QualityAssessedEventV1.g.cs", names);
        Assert.Contains("Bridge.StampResponseV1.g.cs", names);
        Assert.Contains("Audit.AgentExecutionAuditV1.g.cs", names);
        Assert.Contains("OnexEnvelope.g.cs", names);
        Assert.Contains("DlqRecordV1.g.cs", names);
        Assert.Contains("OnexEventsJsonContext.g.cs", names);
        var tree = SchemaTreeLoader.Load(RepositoryPaths.Schemas);
        Assert.All(tree.Topics, topic => Assert.Contains($"{CSharpNames.PayloadTypeFullName(topic.Name).Split('.')[^2]}.{CSharpNames.PayloadType(topic.Name)}.g.cs", names));
    }
}
