using OnexSchemas.Diagnostics;
using OnexSchemas.Tests.Support;

namespace OnexSchemas.Core.Tests;

/// <summary>ONEX025: keywords beside a <c>$ref</c> are ignored by draft-07, so they are a warning; description and $comment are fine.</summary>
public sealed class ReferenceSiblingsRuleTests
{
    private const string Request = ValidTree.RequestPath;
    private const string NoteReference = "\"$ref\": \"#/definitions/note\",";

    [Fact]
    public void DescriptionAndCommentBesideARefAreFine()
    {
        using var tree = TreeBuilder.Valid();
        tree.Replace(Request, NoteReference, NoteReference + "\n      \"$comment\": \"kept short for logs\",");

        Findings.None(tree.Lint());
    }

    [Fact]
    public void EverySiblingIsAWarningAtItsKeyAndTheTreeStillPasses()
    {
        using var tree = TreeBuilder.Valid();
        tree.Replace(Request, NoteReference, NoteReference + "\n      \"type\": \"string\",\n      \"maxLength\": 10,");

        var result = tree.Lint();

        Findings.OnlyRules(result, "ONEX025");
        Assert.Equal(
            [tree.LocationOf(Request, "\"type\"", after: NoteReference), tree.LocationOf(Request, "\"maxLength\"", after: NoteReference)],
            Findings.Of(result, "ONEX025").Select(finding => finding.Location));
        Assert.All(result.Diagnostics, finding => Assert.Equal(DiagnosticSeverity.Warning, finding.Severity));
        Assert.True(result.Succeeded);
        Assert.Equal(2, result.WarningCount);
        Assert.Equal(0, result.ErrorCount);
    }
}
