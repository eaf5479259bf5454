using System.Text.Json;

namespace OnexSchemas.Compatibility.Redpanda;

/// <summary>
/// Redpanda's JSON Schema compatibility check, predicted: the reader schema must be a superset of the writer
/// schema, judged keyword family by keyword family. Unlike Confluent's diff of two schema trees, it compares the
/// top-level <c>type</c> sets first (a missing <c>type</c> is all seven types), then the checks of each type the
/// writer allows, then <c>enum</c>, <c>not</c> and the combinators, side by side; every other keyword is ignored.
/// One rule per keyword family lives in the partial files beside this one.
/// </summary>
/// <remarks>
/// Learned from Redpanda's <c>src/v/pandaproxy/schema_registry/json.cc</c> (<c>is_superset</c> and its helpers);
/// docs/compatibility.md lists where the two registries' verdicts differ, each with its example.
/// </remarks>
internal sealed partial class RedpandaSuperset
{
    // Recursive schemas are cut when the same pair of references is met again inside itself; the budget is a
    // last guard for chains that never repeat a pair, where Redpanda gives up too ("max traversals reached").
    private const int MaxReferenceHops = 10_000;

    private static readonly JsonElement TrueSchema = JsonDocument.Parse("{}").RootElement.Clone();
    private static readonly JsonElement FalseSchema = JsonDocument.Parse("{\"not\":{}}").RootElement.Clone();

    private readonly HashSet<(RedpandaDocument, RedpandaDocument, string, string)> _inProgress = [];
    private int _hops;

    /// <summary>The incompatibilities of reading with <paramref name="reader"/> what <paramref name="writer"/> wrote; empty when compatible.</summary>
    /// <exception cref="RedpandaRefusal">Redpanda would answer with an error instead of a verdict.</exception>
    public static List<SchemaChange> Check(RedpandaDocument reader, RedpandaDocument writer)
    {
        var changes = new List<SchemaChange>();
        new RedpandaSuperset().Superset(reader, writer, reader.Root, writer.Root, RedpandaPath.Root, changes);
        return changes;
    }

    private bool Compatible(RedpandaDocument reader, RedpandaDocument writer, JsonElement r, JsonElement w)
    {
        var scratch = new List<SchemaChange>();
        Superset(reader, writer, r, w, string.Empty, scratch);
        return scratch.Count == 0;
    }

    private void Superset(RedpandaDocument readerDocument, RedpandaDocument writerDocument, JsonElement readerSchema, JsonElement writerSchema, string p, List<SchemaChange> res)
    {
        if (IsTrueSchema(readerSchema) || IsFalseSchema(writerSchema))
        {
            return;
        }

        // A reference into another subject's document moves that side into it.
        var (reader, readerRef, readerAt) = GetSchema(readerDocument, readerSchema);
        var (writer, writerRef, writerAt) = GetSchema(writerDocument, writerSchema);
        readerDocument = readerAt;
        writerDocument = writerAt;
        if (readerRef is not null && writerRef is not null)
        {
            var pair = (readerDocument, writerDocument, readerRef, writerRef);
            if (!_inProgress.Add(pair))
            {
                return; // the same pair inside itself: compatible unless something outside the cycle says otherwise
            }

            try
            {
                Compare(readerDocument, writerDocument, reader, writer, p, res);
            }
            finally
            {
                _inProgress.Remove(pair);
            }

            return;
        }

        Compare(readerDocument, writerDocument, reader, writer, p, res);
    }

    private void Compare(RedpandaDocument readerDocument, RedpandaDocument writerDocument, JsonElement readerElement, JsonElement writerElement, string p, List<SchemaChange> res)
    {
        var reader = new RedpandaSchema(readerElement);
        var writer = new RedpandaSchema(writerElement);
        var readerTypes = RedpandaTypes.Normalized(reader);
        var writerTypes = RedpandaTypes.Normalized(writer);
        var writerOnly = writerTypes & ~readerTypes;
        if (writerOnly != 0 && !(writerOnly == RedpandaTypes.Integer && (readerTypes & RedpandaTypes.Number) != 0))
        {
            var readerOnly = readerTypes & ~writerTypes;
            var narrowed = readerOnly == 0 || (readerOnly == RedpandaTypes.Integer && writerOnly == RedpandaTypes.Number);
            res.Add(new SchemaChange(narrowed ? SchemaChangeType.TypeNarrowed : SchemaChangeType.TypeChanged, p));
            return;
        }

        // Each type the writer allows gets its family's checks, number and integer each their own pass.
        foreach (var type in RedpandaTypes.Each(writerTypes))
        {
            switch (type)
            {
                case RedpandaTypes.String:
                    StringSuperset(reader, writer, p, res);
                    break;
                case RedpandaTypes.Integer:
                case RedpandaTypes.Number:
                    NumericSuperset(reader, writer, p, res);
                    break;
                case RedpandaTypes.Object:
                    ObjectSuperset(readerDocument, writerDocument, reader, writer, p, res);
                    break;
                case RedpandaTypes.Array:
                    ArraySuperset(readerDocument, writerDocument, reader, writer, p, res);
                    break;
            }
        }

        EnumSuperset(reader, writer, p, res);
        NotSuperset(readerDocument, writerDocument, reader, writer, p, res);
        CombinatorSuperset(readerDocument, writerDocument, reader, writer, p, res);
    }

    private static bool IsTrueSchema(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.Object => !value.EnumerateObject().MoveNext(),
        _ => false,
    };

    // Redpanda counts any object whose "not" is true or {} as false, whatever else it holds.
    private static bool IsFalseSchema(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.False => true,
        JsonValueKind.Object => value.TryGetProperty("not", out var not) && IsTrueSchema(not),
        _ => false,
    };

    // A keyword's schema, {} when absent, and true/false read as {} and {"not":{}}.
    private static JsonElement SchemaOrEmpty(RedpandaSchema schema, string name)
    {
        var value = schema.Get(name);
        return value.ValueKind switch
        {
            JsonValueKind.Undefined => TrueSchema,
            JsonValueKind.Object => value,
            JsonValueKind.True => TrueSchema,
            JsonValueKind.False => FalseSchema,
            _ => throw RedpandaRefusal.Invalid($"Invalid JSON Schema, should be object or boolean: '{schema.GetRawText()}'"),
        };
    }

    private (JsonElement Schema, string? Reference, RedpandaDocument Document) GetSchema(RedpandaDocument document, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => ResolveReference(document, value),
        JsonValueKind.True => (TrueSchema, null, document),
        JsonValueKind.False => (FalseSchema, null, document),
        _ => throw RedpandaRefusal.Invalid($"Invalid JSON Schema, should be object or boolean: '{value.GetRawText()}'"),
    };
}
