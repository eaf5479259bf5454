using System.Text.Json;
using OnexSchemas.Catalog.Model;
using OnexSchemas.Model;
using OnexSchemas.References;

namespace OnexSchemas.Catalog;

/// <summary>
/// Flattens a payload schema into its members: each property in schema order, an object's members after it
/// (<c>task.name</c>), an array's item members under <c>[]</c> (<c>issues[].line</c>). References are followed with the
/// tree's resolver (in the file, or to another file under the root; never fetched); a reference already being expanded
/// is listed once and not again, so a recursive schema ends.
/// </summary>
internal static class FieldTable
{
    public static IReadOnlyList<CatalogField> For(ReferenceResolver resolver, SchemaDocument document)
    {
        var fields = new List<CatalogField>();
        // The root is being expanded too: a member that refers back to it ("$ref": "#") is listed once, not again.
        AddMembers(new SchemaCursor(resolver, document, document.Root), string.Empty, fields, [document.RelativePath + "#"]);
        return fields;
    }

    private static void AddMembers(SchemaCursor at, string prefix, List<CatalogField> fields, HashSet<string> expanding)
    {
        var resolved = at.Resolve(out var reference);
        var schema = resolved.Schema;
        if (reference is not null && !expanding.Add(reference))
        {
            return;
        }

        if (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
        {
            var required = RequiredNames(schema);
            foreach (var property in properties.EnumerateObject())
            {
                var path = prefix + property.Name;
                var declared = resolved.With(property.Value);
                var member = declared.Resolve(out _);
                fields.Add(new CatalogField(path, SchemaTypeText.Describe(declared), required.Contains(property.Name), Description(member.Schema, property.Value)));
                AddMembers(declared, path + ".", fields, expanding);
                if (member.Schema.ValueKind == JsonValueKind.Object && member.Schema.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Object)
                {
                    AddMembers(member.With(items), path + "[].", fields, expanding);
                }
            }
        }

        if (reference is not null)
        {
            expanding.Remove(reference);
        }
    }

    private static HashSet<string> RequiredNames(JsonElement schema)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (schema.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.Array)
        {
            foreach (var name in required.EnumerateArray())
            {
                if (name.ValueKind == JsonValueKind.String)
                {
                    names.Add(name.GetString()!);
                }
            }
        }

        return names;
    }

    // The property's own description wins over its target's: it says what the member is for.
    private static string Description(JsonElement resolved, JsonElement declared) =>
        Text(declared, "description") ?? Text(resolved, "description") ?? string.Empty;

    internal static string? Text(JsonElement schema, string keyword) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty(keyword, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
