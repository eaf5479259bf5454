using System.Buffers;
using System.Text.Json;
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
    public static IReadOnlyList<(SchemaDocument Document, JsonSchema Schema)> Build(IReadOnlyList<SchemaDocument> documents, LintContext context) =>
        Build(documents, context.Tree.Config.BaseUri, (document, message) => context.ReportFile(RuleCatalog.MetaSchema, document, message));

    /// <summary>Builds the documents; one that cannot be compiled is left out and told to <paramref name="failed"/>.</summary>
    public static IReadOnlyList<(SchemaDocument Document, JsonSchema Schema)> Build(IReadOnlyList<SchemaDocument> documents, string baseUri, Action<SchemaDocument, string> failed)
    {
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        var built = new List<(SchemaDocument, JsonSchema)>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            // A second document with the same $id is ONEX022's finding; the registry would refuse it.
            if (document.Root.TryGetProperty("$id", out var id) && id.ValueKind == JsonValueKind.String && !ids.Add(id.GetString()!))
            {
                continue;
            }

            try
            {
                var schema = JsonSchema.Build(DialectFirst(document.Root), options, new Uri(baseUri + document.RelativePath));
                built.Add((document, schema));
            }
            catch (Exception exception) when (exception is JsonSchemaException or ArgumentException or InvalidOperationException or RefResolutionException)
            {
                failed(document, $"the schema cannot be compiled: {exception.Message}");
            }
        }

        return built;
    }

    // JsonSchema.Net reads keywords in document order and picks the dialect when it meets "$schema", so a
    // "$schema" written after "x-onex" would leave the vendor keyword judged by no dialect. Member order means
    // nothing in JSON, so the schema is built with "$schema" first.
    private static JsonElement DialectFirst(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("$schema", out var dialect) || root.EnumerateObject().First().NameEquals("$schema"))
        {
            return root;
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WritePropertyName("$schema");
            dialect.WriteTo(json);
            foreach (var member in root.EnumerateObject().Where(member => !member.NameEquals("$schema")))
            {
                member.WriteTo(json);
            }

            json.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }
}
