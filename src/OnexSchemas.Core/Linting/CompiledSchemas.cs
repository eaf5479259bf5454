using Json.Schema;
using OnexSchemas.Diagnostics;
using OnexSchemas.Model;

namespace OnexSchemas.Linting;

/// <summary>
/// Builds JsonSchema.Net schemas for the documents of a tree, all in one private registry keyed by their <c>$id</c>s,
/// so references between files resolve from memory. The registry has no fetcher: nothing is downloaded.
/// </summary>
internal static class CompiledSchemas
{
    public static IReadOnlyList<(SchemaDocument Document, JsonSchema Schema)> Build(IReadOnlyList<SchemaDocument> documents, LintContext context)
    {
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        var baseUri = context.Tree.Config.BaseUri;
        var built = new List<(SchemaDocument, JsonSchema)>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            // A second document with the same $id is ONEX022's finding; the registry would refuse it.
            if (document.Root.TryGetProperty("$id", out var id) && id.ValueKind == System.Text.Json.JsonValueKind.String && !ids.Add(id.GetString()!))
            {
                continue;
            }

            try
            {
                var schema = JsonSchema.Build(document.Root, options, new Uri(baseUri + document.RelativePath));
                built.Add((document, schema));
            }
            catch (Exception exception) when (exception is JsonSchemaException or ArgumentException or InvalidOperationException or RefResolutionException)
            {
                context.ReportFile(RuleCatalog.MetaSchema, document, $"the schema cannot be compiled: {exception.Message}");
            }
        }

        return built;
    }
}
