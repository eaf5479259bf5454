using System.Text.Json;

namespace OnexSchemas.Compatibility.Redpanda;

internal sealed partial class RedpandaSuperset
{
    private enum AdditionalFor
    {
        Object,
        Array,
    }

    private void ObjectSuperset(RedpandaDocument readerDocument, RedpandaDocument writerDocument, RedpandaSchema reader, RedpandaSchema writer, string p, List<SchemaChange> res)
    {
        NumericKeyword(reader, writer, "minProperties", (r, w) => r <= w, SchemaChangeType.MinPropertiesIncreased, SchemaChangeType.MinPropertiesAdded, p, res, 0);
        NumericKeyword(reader, writer, "maxProperties", (r, w) => r >= w, SchemaChangeType.MaxPropertiesDecreased, SchemaChangeType.MaxPropertiesAdded, p, res);
        AdditionalSuperset(readerDocument, writerDocument, reader, writer, AdditionalFor.Object, p, res);
        PropertiesSuperset(readerDocument, writerDocument, reader, writer, p, res);

        // patternProperties themselves are never compared, only used to cover the writer's properties.
        RequiredSuperset(reader, writer, p, res);
        DependenciesSuperset(readerDocument, writerDocument, reader, writer, p, res);
    }

    private void AdditionalSuperset(RedpandaDocument readerDocument, RedpandaDocument writerDocument, RedpandaSchema reader, RedpandaSchema writer, AdditionalFor kind, string p, List<SchemaChange> res)
    {
        // Redpanda names the path additionalProperties for arrays too.
        var at = RedpandaPath.Join(p, "additionalProperties");
        var (narrowed, removed) = kind == AdditionalFor.Object
            ? (SchemaChangeType.AdditionalPropertiesNarrowed, SchemaChangeType.AdditionalPropertiesRemoved)
            : (SchemaChangeType.AdditionalItemsNarrowed, SchemaChangeType.AdditionalItemsRemoved);
        var r = reader.Get(kind == AdditionalFor.Object ? "additionalProperties" : RedpandaDialects.AdditionalItemsKeyword(readerDocument.Dialect));
        var w = writer.Get(kind == AdditionalFor.Object ? "additionalProperties" : RedpandaDialects.AdditionalItemsKeyword(writerDocument.Dialect));
        bool? readerFlag = r.ValueKind switch { JsonValueKind.Undefined or JsonValueKind.True => true, JsonValueKind.False => false, _ => null };
        bool? writerFlag = w.ValueKind switch { JsonValueKind.Undefined or JsonValueKind.True => true, JsonValueKind.False => false, _ => null };
        switch (readerFlag, writerFlag)
        {
            case ({ } readerOpen, { } writerOpen):
                if (!readerOpen && writerOpen)
                {
                    res.Add(new SchemaChange(removed, at));
                }

                break;
            case ({ } readerOpen, null):
                if (!readerOpen && !Compatible(readerDocument, writerDocument, FalseSchema, w))
                {
                    res.Add(new SchemaChange(removed, at));
                }

                break;
            case (null, { } writerOpen):
                if (writerOpen && !Compatible(readerDocument, writerDocument, r, TrueSchema))
                {
                    res.Add(new SchemaChange(narrowed, at));
                }

                break;
            default:
                Superset(readerDocument, writerDocument, r, w, at, res);
                break;
        }
    }

    // Only the writer's properties are examined: a property only the reader declares is never a change, whatever
    // the writer's content model (Confluent reports PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL for it).
    private void PropertiesSuperset(RedpandaDocument readerDocument, RedpandaDocument writerDocument, RedpandaSchema reader, RedpandaSchema writer, string p, List<SchemaChange> res)
    {
        var writerProperties = SchemaOrEmpty(writer, "properties");
        if (writerProperties.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var readerPropertiesElement = SchemaOrEmpty(reader, "properties");
        var readerProperties = readerPropertiesElement.ValueKind == JsonValueKind.Object ? new RedpandaSchema(readerPropertiesElement) : null;
        var readerPatterns = SchemaOrEmpty(reader, "patternProperties");
        var readerAdditional = SchemaOrEmpty(reader, "additionalProperties");
        foreach (var property in writerProperties.EnumerateObject())
        {
            var at = RedpandaPath.Join(p, "properties", property.Name);
            if (readerProperties is not null && readerProperties.TryGet(property.Name, out var readerProperty))
            {
                Superset(readerDocument, writerDocument, readerProperty, property.Value, at, res);
                continue;
            }

            var matched = false;
            if (readerPatterns.ValueKind == JsonValueKind.Object)
            {
                foreach (var pattern in readerPatterns.EnumerateObject())
                {
                    if (!PartialMatch(pattern.Name, property.Name))
                    {
                        continue;
                    }

                    // Every matching pattern must take the property, not only the first.
                    matched = true;
                    var inner = new List<SchemaChange>();
                    Superset(readerDocument, writerDocument, pattern.Value, property.Value, at, inner);
                    if (inner.Count > 0)
                    {
                        res.AddRange(inner);
                        res.Add(new SchemaChange(SchemaChangeType.PropertyRemovedNotCoveredByPartiallyOpenContentModel, at));
                        break;
                    }
                }
            }

            if (matched)
            {
                continue;
            }

            if (IsFalseSchema(readerAdditional))
            {
                res.Add(new SchemaChange(SchemaChangeType.PropertyRemovedFromClosedContentModel, at));
                continue;
            }

            var additional = new List<SchemaChange>();
            Superset(readerDocument, writerDocument, readerAdditional, property.Value, at, additional);
            if (additional.Count > 0)
            {
                res.AddRange(additional);
                res.Add(new SchemaChange(SchemaChangeType.PropertyRemovedNotCoveredByPartiallyOpenContentModel, at));
            }
        }
    }

    // Redpanda matches with RE2's partial match; a pattern RE2 cannot compile matches nothing.
    private static bool PartialMatch(string pattern, string name)
    {
        var regex = Model.PatternCache.Get(pattern);
        if (regex is null)
        {
            return false;
        }

        try
        {
            return regex.IsMatch(name);
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            return false;
        }
    }

    // A name the reader requires and the writer does not is an addition unless the reader's property has a
    // default. This is the rule since Redpanda's fix for issue 30398 (v25.2 and later); before it, only names
    // declared in both schemas' properties were looked at, so a new required property passed.
    private static void RequiredSuperset(RedpandaSchema reader, RedpandaSchema writer, string p, List<SchemaChange> res)
    {
        if (!reader.TryGet("required", out var readerRequired) || readerRequired.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var writerRequired = writer.TryGet("required", out var listed) && listed.ValueKind == JsonValueKind.Array ? listed : default;
        var readerProperties = reader.Get("properties");
        foreach (var name in readerRequired.EnumerateArray())
        {
            if (writerRequired.ValueKind == JsonValueKind.Array && writerRequired.EnumerateArray().Any(other => RedpandaValues.Equal(other, name)))
            {
                continue;
            }

            var text = name.GetString()!;
            var hasDefault = readerProperties.ValueKind == JsonValueKind.Object && readerProperties.TryGetProperty(text, out var property)
                && property.ValueKind == JsonValueKind.Object && property.TryGetProperty("default", out _);
            if (!hasDefault)
            {
                res.Add(new SchemaChange(SchemaChangeType.RequiredAttributeAdded, RedpandaPath.Join(p, "required", text)));
            }
        }
    }

    private void DependenciesSuperset(RedpandaDocument readerDocument, RedpandaDocument writerDocument, RedpandaSchema reader, RedpandaSchema writer, string p, List<SchemaChange> res)
    {
        var readerDependencies = reader.Get("dependencies");
        if (readerDependencies.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var writerDependencies = writer.Get("dependencies");
        foreach (var dependency in readerDependencies.EnumerateObject())
        {
            var at = RedpandaPath.Join(p, "dependencies", dependency.Name);
            var found = writerDependencies.ValueKind == JsonValueKind.Object && writerDependencies.TryGetProperty(dependency.Name, out var theirs) ? theirs : default;
            switch (dependency.Value.ValueKind)
            {
                case JsonValueKind.Object:
                    if (found.ValueKind != JsonValueKind.Object)
                    {
                        res.Add(new SchemaChange(SchemaChangeType.DependencySchemaAdded, at));
                    }
                    else
                    {
                        Superset(readerDocument, writerDocument, dependency.Value, found, at, res);
                    }

                    break;
                case JsonValueKind.Array:
                    if (found.ValueKind != JsonValueKind.Array)
                    {
                        res.Add(new SchemaChange(SchemaChangeType.DependencyArrayAdded, at));
                    }
                    else if (!Contains(found, dependency.Value))
                    {
                        res.Add(new SchemaChange(Contains(dependency.Value, found) ? SchemaChangeType.DependencyArrayExtended : SchemaChangeType.DependencyArrayChanged, at));
                    }

                    break;
                default:
                    throw RedpandaRefusal.Invalid($"dependencies can only be an array or an object for valid schemas but it was: {dependency.Value.GetRawText()}");
            }
        }
    }

    private static bool Contains(JsonElement superset, JsonElement subset) =>
        subset.EnumerateArray().All(item => superset.EnumerateArray().Any(candidate => RedpandaValues.Equal(candidate, item)));
}
