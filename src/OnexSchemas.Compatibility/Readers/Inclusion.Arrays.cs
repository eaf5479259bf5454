using System.Text.Json.Nodes;

namespace OnexSchemas.Compatibility.Readers;

/// <summary>The array rules: <c>items</c> (both forms), <c>additionalItems</c>, <c>contains</c>, the counts, <c>uniqueItems</c>.</summary>
internal sealed partial class Inclusion
{
    private void CheckArray(WriterView writer, ReaderSchema reader, Trail trail, List<Breach> breaches, int depth)
    {
        var writerMax = writer.MaxItems;
        var tuple = writer.TupleLength;
        if (reader.Items is { } items)
        {
            JudgeItems(writer, items, 0, writerMax, trail, breaches, depth);
        }
        else if (reader.TupleItems is { } readerTuple)
        {
            for (var i = 0; i < readerTuple.Length && (writerMax is not { } max || i < max); i++)
            {
                var item = writer.Item(i);
                if (!item.IsEmpty)
                {
                    Judge(item, readerTuple[i], trail.Item(i, item), breaches, depth + 1);
                }
            }

            if (reader.AdditionalItems is { } additional)
            {
                JudgeItems(writer, additional, readerTuple.Length, writerMax, trail, breaches, depth);
            }
        }

        if (reader.Contains is { } contains)
        {
            CheckContains(writer, reader, contains, tuple, trail, breaches, depth);
        }

        if (reader.MinItems is { } min && min > writer.MinItems)
        {
            breaches.Add(new Breach(reader, "minItems", $"the writer allows arrays of {writer.MinItems} item(s); the reader needs at least {min}", true, trail,
                current => min > 1_000 ? [] : [Mutation.Replace(Truncate(current, min - 1))]));
        }

        if (reader.MaxItems is { } readerMax && (writerMax is not { } w || w > readerMax))
        {
            breaches.Add(new Breach(reader, "maxItems", $"the writer allows arrays longer than {readerMax} item(s); the reader refuses them", true, trail,
                current => readerMax >= 1_000 ? [] : Extend(current, writer, readerMax + 1)));
        }

        if (reader.UniqueItems && !writer.UniqueItems && (writerMax is not { } most || most > 1))
        {
            breaches.Add(new Breach(reader, "uniqueItems", "the writer allows repeated items; the reader refuses them", true, trail,
                current => Repeated(current, writer)));
        }
    }

    /// <summary>Every writer item from <paramref name="from"/> on, against one reader schema.</summary>
    private void JudgeItems(WriterView writer, ReaderSchema schema, int from, int? writerMax, Trail trail, List<Breach> breaches, int depth)
    {
        // Positions before the end of the writer's longest tuple each have their own schema; one representative
        // stands for every position after it.
        var last = Math.Max(writer.TupleLength, from);
        for (var i = from; i <= last && (writerMax is not { } max || i < max); i++)
        {
            var item = writer.Item(i);
            if (!item.IsEmpty)
            {
                Judge(item, schema, trail.Item(i, item), breaches, depth + 1);
            }
        }
    }

    private void CheckContains(WriterView writer, ReaderSchema reader, ReaderSchema contains, int tuple, Trail trail, List<Breach> breaches, int depth)
    {
        if (writer.ContainsSchemas.Any(own => Holds(WriterView.Of(own), contains, depth)))
        {
            return;
        }

        // A writer array that is never empty and whose every item the reader's contains accepts.
        if (writer.MinItems >= 1 && Enumerable.Range(0, Math.Max(tuple, 1) + 1).All(i => Holds(writer.Item(i), contains, depth)))
        {
            return;
        }

        breaches.Add(new Breach(reader, "contains", "the writer allows arrays without an item the reader's contains accepts", true, trail,
            current => WithoutContained(current, writer, contains)));
    }

    private static JsonNode Truncate(JsonNode? current, int length)
    {
        var copy = new JsonArray();
        if (current is JsonArray array)
        {
            foreach (var item in array.Take(Math.Max(length, 0)))
            {
                copy.Add(item?.DeepClone());
            }
        }

        return copy;
    }

    private static IEnumerable<Mutation> Extend(JsonNode? current, WriterView writer, int length)
    {
        var copy = current is JsonArray array ? (JsonArray)array.DeepClone() : new JsonArray();
        while (copy.Count < length)
        {
            var index = copy.Count;
            if (!InstanceSynthesizer.TryCreate(writer.Item(index), out var item))
            {
                yield break;
            }

            copy.Add(item);
        }

        yield return Mutation.Replace(copy);
    }

    private static IEnumerable<Mutation> Repeated(JsonNode? current, WriterView writer)
    {
        JsonNode? item = null;
        if (current is JsonArray { Count: > 0 } array)
        {
            item = array[0];
        }
        else if (!InstanceSynthesizer.TryCreate(writer.Item(0), out item))
        {
            yield break;
        }

        var copy = new JsonArray { item?.DeepClone(), item?.DeepClone() };
        while (copy.Count < writer.MinItems)
        {
            copy.Add(item?.DeepClone());
        }

        yield return Mutation.Replace(copy);
    }

    private static IEnumerable<Mutation> WithoutContained(JsonNode? current, WriterView writer, ReaderSchema contains)
    {
        yield return Mutation.Replace(new JsonArray());

        // The writer's own contains met by an item the reader's contains refuses.
        foreach (var own in writer.ContainsSchemas)
        {
            foreach (var item in InstanceSynthesizer.Accepted(writer.Item(0).With(own), limit: 6))
            {
                if (InstanceEvaluator.Evaluate(contains, InstanceSynthesizer.ToElement(item)) == Truth.False)
                {
                    yield return Mutation.Replace(new JsonArray(item));
                }
            }
        }

        foreach (var item in InstanceSynthesizer.Accepted(writer.Item(0), limit: 6))
        {
            if (InstanceEvaluator.Evaluate(contains, InstanceSynthesizer.ToElement(item)) == Truth.False)
            {
                var copy = new JsonArray();
                for (var i = 0; i < Math.Max(writer.MinItems, 1); i++)
                {
                    copy.Add(item?.DeepClone());
                }

                yield return Mutation.Replace(copy);
            }
        }
    }
}
