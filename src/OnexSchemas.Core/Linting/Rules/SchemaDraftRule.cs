using System.Text.Json;
using OnexSchemas.Config;
using OnexSchemas.Diagnostics;
using OnexSchemas.Model;

namespace OnexSchemas.Linting.Rules;

/// <summary>ONEX002: the file declares draft-07. A schema of another draft would be read with the wrong rules by every tool.</summary>
public sealed class SchemaDraftRule : DocumentRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleCatalog.SchemaDraft;

    /// <inheritdoc />
    protected override void CheckDocument(SchemaDocument document, LintContext context)
    {
        if (document.Root.ValueKind != JsonValueKind.Object)
        {
            context.Report(Descriptor, document, string.Empty,
                $"a schema must be a JSON object, not {document.Root.ValueKind.ToString().ToLowerInvariant()}");
            context.MarkUnusable(document);
            return;
        }

        if (!document.Root.TryGetProperty("$schema", out var declared))
        {
            context.Report(Descriptor, document, string.Empty, $"the schema has no '$schema'; declare \"{TreeConfig.Draft07Uri}\"");
            context.MarkUnusable(document);
            return;
        }

        var text = declared.ValueKind == JsonValueKind.String ? declared.GetString()! : declared.GetRawText();
        if (!IsDraft07(text))
        {
            context.Report(Descriptor, document, "/$schema",
                $"'$schema' is '{text}', a draft this tree does not use; declare \"{TreeConfig.Draft07Uri}\"");
            context.MarkUnusable(document);
        }
    }

    // Only the spellings the draft defines: validators (and the registry) key their dialects on them.
    private static bool IsDraft07(string uri) => uri is TreeConfig.Draft07Uri or "http://json-schema.org/draft-07/schema";
}
