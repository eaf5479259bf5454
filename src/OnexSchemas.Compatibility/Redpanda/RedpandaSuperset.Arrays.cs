using System.Globalization;
using System.Text.Json;

namespace OnexSchemas.Compatibility.Redpanda;

internal sealed partial class RedpandaSuperset
{
    private void ArraySuperset(RedpandaDocument readerDocument, RedpandaDocument writerDocument, RedpandaSchema reader, RedpandaSchema writer, string p, List<SchemaChange> res)
    {
        NumericKeyword(reader, writer, "minItems", (r, w) => r <= w, SchemaChangeType.MinItemsIncreased, SchemaChangeType.MinItemsAdded, p, res, 0);
        NumericKeyword(reader, writer, "maxItems", (r, w) => r >= w, SchemaChangeType.MaxItemsDecreased, SchemaChangeType.MaxItemsAdded, p, res);
        if (reader.Get("uniqueItems").ValueKind == JsonValueKind.True && writer.Get("uniqueItems").ValueKind != JsonValueKind.True)
        {
            res.Add(new SchemaChange(SchemaChangeType.UniqueItemsAdded, RedpandaPath.Join(p, "uniqueItems")));
        }

        var readerTuple = reader.Get(RedpandaDialects.TupleKeyword(readerDocument.Dialect));
        var writerTuple = writer.Get(RedpandaDialects.TupleKeyword(writerDocument.Dialect));
        var readerIsTuple = readerTuple.ValueKind == JsonValueKind.Array;
        if (readerIsTuple != (writerTuple.ValueKind == JsonValueKind.Array))
        {
            res.Add(new SchemaChange(SchemaChangeType.Unknown, RedpandaPath.Join(p, "items")));
            return;
        }

        if (!readerIsTuple)
        {
            // A list: every item against items; additionalItems plays no part.
            Superset(readerDocument, writerDocument, SchemaOrEmpty(reader, "items"), SchemaOrEmpty(writer, "items"), RedpandaPath.Join(p, "items"), res);
            return;
        }

        // A tuple: the schema past the tuple first, then position by position, stopping at the first failure
        // (including a failure of the bounds above).
        AdditionalSuperset(readerDocument, writerDocument, reader, writer, AdditionalFor.Array, p, res);
        if (res.Count > 0)
        {
            return;
        }

        var readerItems = readerTuple.EnumerateArray().ToList();
        var writerItems = writerTuple.EnumerateArray().ToList();
        var shared = Math.Min(readerItems.Count, writerItems.Count);
        for (var index = 0; index < shared; index++)
        {
            Superset(readerDocument, writerDocument, readerItems[index], writerItems[index], ItemPath(p, index), res);
            if (res.Count > 0)
            {
                return;
            }
        }

        var readerRest = SchemaOrEmpty(reader, RedpandaDialects.AdditionalItemsKeyword(readerDocument.Dialect));
        var writerRest = SchemaOrEmpty(writer, RedpandaDialects.AdditionalItemsKeyword(writerDocument.Dialect));
        var writerLonger = writerItems.Count > readerItems.Count;
        var excess = writerLonger ? writerItems : readerItems;
        for (var index = shared; index < excess.Count; index++)
        {
            var at = ItemPath(p, index);
            var inner = new List<SchemaChange>();
            if (writerLonger)
            {
                Superset(readerDocument, writerDocument, readerRest, excess[index], at, inner);
            }
            else
            {
                Superset(readerDocument, writerDocument, excess[index], writerRest, at, inner);
            }

            if (inner.Count > 0)
            {
                res.AddRange(inner);
                res.Add(new SchemaChange(
                    writerLonger ? SchemaChangeType.ItemRemovedNotCoveredByPartiallyOpenContentModel : SchemaChangeType.ItemAddedNotCoveredByPartiallyOpenContentModel, at));
            }
        }
    }

    private static string ItemPath(string p, int index) => RedpandaPath.Join(p, "items", index.ToString(CultureInfo.InvariantCulture));
}
