using System.Text.Json;
using Json.Schema;
using OnexSchemas.Diagnostics;
using OnexSchemas.Loading;

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
        var result = SchemaEvaluation.Evaluate(metaSchema, document);
        return result.IsValid ? [] : SchemaEvaluation.Failures(result).Take(MaxFindings);
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
