using System.Text.Json;
using Json.Schema;
using OnexSchemas.Diagnostics;
using OnexSchemas.Json;
using OnexSchemas.Model;
using OnexSchemas.Naming;

namespace OnexSchemas.Linting.Rules;

/// <summary>
/// ONEX019 and ONEX020: every topic schema carries examples, and every example validates. Examples feed round-trip
/// tests and documentation; one that does not validate is a bug in the schema or in the example.
/// </summary>
public sealed class ExamplesRule : ILintRule
{
    /// <inheritdoc />
    public RuleDescriptor Descriptor => RuleCatalog.ExamplesValid;

    /// <inheritdoc />
    public IReadOnlyList<RuleDescriptor> Reports { get; } = [RuleCatalog.ExamplesValid, RuleCatalog.ExamplesPresent, RuleCatalog.MetaSchema];

    /// <inheritdoc />
    public void Check(LintContext context)
    {
        var usable = context.Tree.Documents.Where(document => !context.IsUnusable(document)).ToList();
        foreach (var document in context.Tree.Documents)
        {
            var hasExamples = document.Root.ValueKind == JsonValueKind.Object
                && document.Root.TryGetProperty("examples", out var examples)
                && examples.ValueKind == JsonValueKind.Array
                && examples.GetArrayLength() > 0;
            if (!hasExamples && document.Path.Kind == SchemaFileKind.Topic)
            {
                context.Report(RuleCatalog.ExamplesPresent, document, string.Empty, "the schema has no examples; add at least one payload to 'examples'");
            }
        }

        if (usable.Count == 0)
        {
            return;
        }

        var compiled = CompiledSchemas.Build(usable, context);
        foreach (var (document, schema) in compiled)
        {
            if (!document.Root.TryGetProperty("examples", out var examples) || examples.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            var index = 0;
            foreach (var example in examples.EnumerateArray())
            {
                var examplePointer = JsonPointerText.Append("/examples", index++);
                IReadOnlyList<(string Pointer, string Message)> failures;
                try
                {
                    failures = SchemaEvaluation.FailuresOf(schema, example);
                }
                catch (Exception exception) when (exception is RefResolutionException or JsonSchemaException)
                {
                    // Only a document whose references reach a broken one gets here; that document has its finding.
                    context.MarkUnusable(document);
                    break;
                }

                foreach (var (pointer, message) in failures.Take(5))
                {
                    context.Report(Descriptor, document, examplePointer + pointer,
                        $"example {index - 1} does not validate at '#{pointer}': {message}");
                }
            }
        }
    }
}
