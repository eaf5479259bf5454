using System.Text.Json;
using Json.Schema;
using OnexSchemas.Diagnostics;
using OnexSchemas.Json;
using OnexSchemas.Loading;
using OnexSchemas.Model;
using OnexSchemas.Schemas;

namespace OnexSchemas.Linting;

/// <summary>
/// Validates a schema against its draft's meta-schema, the check the registry makes before anything else (it refuses
/// an invalid schema with 42201). The tree's lint rule (ONEX003) uses draft-07, the tree's draft; a file judged on
/// its own (<c>compat</c>) is held to the draft its <c>$schema</c> names.
/// </summary>
public static class MetaSchemaCheck
{
    private const int MaxFindings = 10;

    /// <summary>
    /// The meta-schema of the draft <paramref name="document"/> declares (draft-07 when it declares none); null for
    /// draft-04, which JsonSchema.Net does not carry.
    /// </summary>
    public static JsonSchema? MetaSchemaFor(JsonElement document)
    {
        var dialect = document.ValueKind == JsonValueKind.Object && document.TryGetProperty("$schema", out var uri) && uri.ValueKind == JsonValueKind.String
            ? uri.GetString() ?? string.Empty
            : string.Empty;
        return dialect switch
        {
            _ when dialect.Contains("draft-04", StringComparison.Ordinal) => null,
            _ when dialect.Contains("draft-06", StringComparison.Ordinal) => MetaSchemas.Draft6,
            _ when dialect.Contains("2019-09", StringComparison.Ordinal) => MetaSchemas.Draft201909,
            _ when dialect.Contains("2020-12", StringComparison.Ordinal) => MetaSchemas.Draft202012,
            _ => MetaSchemas.Draft7,
        };
    }

    /// <summary>The meta-schema failures of <paramref name="document"/> as (instance pointer, message), deepest first.</summary>
    public static IEnumerable<(string Pointer, string Message)> Failures(JsonSchema metaSchema, JsonElement document)
    {
        var all = SchemaEvaluation.FailuresOf(metaSchema, document);
        if (all.Count == 0)
        {
            return [];
        }

        // The meta-schema says "should match one of the values specified by the enum" and "should be array" for one
        // misspelt type; a user needs the valid names and the nearest one, once.
        var (replaced, typeFindings) = UnknownTypeNames(document);
        var failures = all
            .Where(failure => !replaced.Any(pointer => failure.Pointer == pointer || failure.Pointer.StartsWith(pointer + "/", StringComparison.Ordinal)));
        return typeFindings.Concat(failures).Take(MaxFindings).ToList();
    }

    /// <summary>The message for a <c>type</c> that names an unknown type: the valid names, and the nearest.</summary>
    /// <param name="name">The unknown name.</param>
    /// <returns>The message.</returns>
    public static string UnknownTypeMessage(string name)
    {
        var hint = SchemaVocabulary.SuggestType(name) is { } meant ? $"; did you mean '{meant}'?" : string.Empty;
        return $"'{name}' is not a JSON Schema type; the types are {string.Join(", ", SchemaVocabulary.TypeNames)}{hint}";
    }

    // The type keywords naming an unknown type (whose meta-schema failures the findings replace), and one finding per
    // unknown name, at the keyword or at the array item.
    private static (List<string> Replaced, List<(string Pointer, string Message)> Findings) UnknownTypeNames(JsonElement document)
    {
        var replaced = new List<string>();
        var findings = new List<(string Pointer, string Message)>();
        foreach (var schema in SubSchemaWalker.Walk(document))
        {
            if (!schema.Element.TryGetProperty("type", out var type))
            {
                continue;
            }

            var pointer = JsonPointerText.Append(schema.Pointer, "type");
            if (type.ValueKind == JsonValueKind.String && !SchemaVocabulary.IsTypeName(type.GetString()!))
            {
                replaced.Add(pointer);
                findings.Add((pointer, UnknownTypeMessage(type.GetString()!)));
            }
            else if (type.ValueKind == JsonValueKind.Array)
            {
                var index = 0;
                var before = findings.Count;
                foreach (var item in type.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String && !SchemaVocabulary.IsTypeName(item.GetString()!))
                    {
                        findings.Add((JsonPointerText.Append(pointer, index), UnknownTypeMessage(item.GetString()!)));
                    }

                    index++;
                }

                if (findings.Count > before)
                {
                    replaced.Add(pointer);
                }
            }
        }

        return (replaced, findings);
    }

    /// <summary>The findings of <paramref name="file"/> against its own draft's meta-schema, located in the file.</summary>
    public static IReadOnlyList<Diagnostic> Check(JsonFile file)
    {
        if (MetaSchemaFor(file.Root) is not { } metaSchema)
        {
            return [];
        }

        var draft = metaSchema == MetaSchemas.Draft7 ? "draft-07" : metaSchema == MetaSchemas.Draft6 ? "draft-06" : metaSchema == MetaSchemas.Draft201909 ? "2019-09" : "2020-12";
        return [.. Failures(metaSchema, file.Root).Select(failure => Diagnostic.Create(
            RuleCatalog.MetaSchema, file.Locate(failure.Pointer), $"'{Display(failure.Pointer)}' is not valid {draft}: {failure.Message}", failure.Pointer))];
    }

    /// <summary>A pointer as the messages show it: <c>#</c> for the root, else <c>#/a/b</c>.</summary>
    public static string Display(string pointer) => pointer.Length == 0 ? "#" : "#" + pointer;
}
