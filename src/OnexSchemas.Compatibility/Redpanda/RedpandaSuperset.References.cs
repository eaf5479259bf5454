using System.Text.Json;

namespace OnexSchemas.Compatibility.Redpanda;

internal sealed partial class RedpandaSuperset
{
    // A $ref chain is followed to its end; the schemas along it that hold more than a $ref are merged into one
    // allOf, so a $ref's siblings count in every draft (Redpanda merges them even where draft-07 ignores them).
    private (JsonElement Schema, string? Reference, RedpandaDocument Document) ResolveReference(RedpandaDocument document, JsonElement candidate)
    {
        if (!candidate.TryGetProperty("$ref", out var first) || first.ValueKind != JsonValueKind.String)
        {
            return (candidate, null, document);
        }

        // Documents rewritten for nested ids hold absolute references, and the rest have one base: the same text
        // resolves the same way anywhere in the document.
        var cacheKey = candidate.GetRawText();
        if (document.Resolved.TryGetValue(cacheKey, out var cached))
        {
            return cached;
        }

        var resolved = Follow(document, candidate, first);
        document.Resolved[cacheKey] = resolved;
        return resolved;
    }

    private (JsonElement Schema, string? Reference, RedpandaDocument Document) Follow(RedpandaDocument document, JsonElement candidate, JsonElement first)
    {
        var chain = new List<JsonElement> { candidate };
        var uri = document.Absolute(first.GetString()!);
        while (++_hops <= MaxReferenceHops)
        {
            var idKey = RedpandaUri.IdKey(uri);
            if (!document.TryFind(idKey, out document, out var resourcePointer, out var dialect))
            {
                throw RedpandaRefusal.Invalid($"schema pointer not found for uri '{idKey}'");
            }

            var resource = Model.JsonPointer.Resolve(document.Root, resourcePointer)
                ?? throw RedpandaRefusal.Invalid($"object not found for pointer '{resourcePointer}'");
            var fragment = RedpandaUri.Fragment(uri);
            var decoded = Uri.UnescapeDataString(fragment);
            if (decoded.Length > 0 && decoded[0] != '/')
            {
                throw RedpandaRefusal.Invalid($"invalid fragment '{decoded}'");
            }

            var target = Model.JsonPointer.Resolve(resource, fragment)
                ?? throw RedpandaRefusal.Invalid($"object not found for pointer '{decoded}'");
            target = target.ValueKind switch
            {
                JsonValueKind.True => TrueSchema,
                JsonValueKind.False => FalseSchema,
                JsonValueKind.Object => target,
                _ => throw RedpandaRefusal.Invalid($"Invalid JSON Schema, should be object or boolean: '{target.GetRawText()}'"),
            };
            chain.Add(target);
            if (target.TryGetProperty("$ref", out var next) && next.ValueKind == JsonValueKind.String)
            {
                uri = document.Absolute(next.GetString()!);
                continue;
            }

            if (dialect != document.Dialect)
            {
                throw RedpandaRefusal.Invalid($"schema dialect mismatch for uri '{idKey}'");
            }

            return (Merge(chain), uri, document);
        }

        throw new RedpandaRefusal(500, $"max traversals reached for uri '{uri}'");
    }

    private static JsonElement Merge(List<JsonElement> chain)
    {
        var kept = chain.Where(schema => !IsEmptyWithoutReference(schema)).ToList();
        if (kept.Count == 0)
        {
            return TrueSchema;
        }

        if (kept.Count == 1)
        {
            return kept[0];
        }

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartArray("allOf");
            foreach (var schema in kept)
            {
                json.WriteStartObject();
                foreach (var member in schema.EnumerateObject())
                {
                    if (!member.NameEquals("$ref"))
                    {
                        member.WriteTo(json);
                    }
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return JsonDocument.Parse(buffer.ToArray()).RootElement.Clone();
    }

    private static bool IsEmptyWithoutReference(JsonElement schema)
    {
        var count = 0;
        var hasReference = false;
        foreach (var member in schema.EnumerateObject())
        {
            count++;
            hasReference |= member.NameEquals("$ref");
        }

        return count == 0 || (count == 1 && hasReference);
    }
}
