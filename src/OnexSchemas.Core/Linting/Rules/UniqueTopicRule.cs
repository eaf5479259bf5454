using System.Text.Json;
using OnexSchemas.Diagnostics;
using OnexSchemas.Model;

namespace OnexSchemas.Linting.Rules;

/// <summary>ONEX022: one topic, one schema; one <c>$id</c>, one file. Two would make the registry's subject ambiguous.</summary>
public sealed class UniqueTopicRule : ILintRule
{
    /// <inheritdoc />
    public RuleDescriptor Descriptor => RuleCatalog.DuplicateTopic;

    /// <inheritdoc />
    public void Check(LintContext context)
    {
        ReportDuplicates(context, "/x-onex/topic", document => document.Metadata?.Topic, "topic");
        ReportDuplicates(context, "/$id", IdOf, "$id");
    }

    private void ReportDuplicates(LintContext context, string pointer, Func<SchemaDocument, string?> key, string what)
    {
        var groups = context.Tree.Documents
            .Select(document => (Document: document, Key: key(document)))
            .Where(entry => entry.Key is not null)
            .GroupBy(entry => entry.Key!, StringComparer.Ordinal)
            .Where(group => group.Count() > 1);
        foreach (var group in groups)
        {
            var first = group.First().Document;
            foreach (var (document, _) in group.Skip(1))
            {
                context.Report(Descriptor, document, pointer, $"{what} '{group.Key}' is also defined by '{first.RelativePath}'");
            }
        }
    }

    private static string? IdOf(SchemaDocument document) =>
        document.Root.ValueKind == JsonValueKind.Object && document.Root.TryGetProperty("$id", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;
}
