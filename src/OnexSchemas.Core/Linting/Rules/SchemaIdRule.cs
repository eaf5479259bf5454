using System.Text.Json;
using OnexSchemas.Diagnostics;
using OnexSchemas.Model;
using OnexSchemas.Naming;

namespace OnexSchemas.Linting.Rules;

/// <summary>ONEX011: <c>$id</c> is the base URI plus the path, so that references by URI and by path agree.</summary>
public sealed class SchemaIdRule : DocumentRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleCatalog.IdMatchesPath;

    /// <inheritdoc />
    protected override bool AppliesTo(SchemaDocument document) =>
        document.Path.Kind != SchemaFileKind.Misplaced && document.Root.ValueKind == JsonValueKind.Object;

    /// <inheritdoc />
    protected override void CheckDocument(SchemaDocument document, LintContext context)
    {
        var expected = context.Tree.Config.BaseUri + document.RelativePath;
        if (!document.Root.TryGetProperty("$id", out var id))
        {
            context.Report(Descriptor, document, string.Empty, $"the schema has no '$id'; set it to \"{expected}\"");
        }
        else if (id.ValueKind != JsonValueKind.String || id.GetString() != expected)
        {
            context.Report(Descriptor, document, "/$id", $"'$id' is {id.GetRawText()} but the file's path gives \"{expected}\"");
        }
    }
}
