using System.Text.Json;
using System.Text.Json.Nodes;

namespace OnexSchemas.Compatibility.Readers;

/// <summary>The rules for <c>type</c>, <c>enum</c> and <c>const</c>.</summary>
internal sealed partial class Inclusion
{
    /// <summary><c>type</c>: every kind the writer may produce is a kind the reader admits.</summary>
    private static void CheckType(WriterView writer, ReaderSchema reader, Trail trail, List<Breach> breaches)
    {
        var refused = writer.Types & ~reader.Types;
        if (refused == InstanceTypes.None)
        {
            return;
        }

        var message = reader.HasType
            ? $"the writer allows {InstanceTypeNames.Names(refused)}; the reader's type admits only {InstanceTypeNames.Names(reader.Types)}"
            : $"the writer allows {InstanceTypeNames.Names(refused)}, which the reader's enum or const cannot hold";
        breaches.Add(new Breach(reader, reader.HasType ? "type" : reader.ValuesKeyword, message, true, trail,
            _ => InstanceSynthesizer.Accepted(writer.Restrict(refused)).Select(Mutation.Replace)));
    }

    /// <summary>A writer with finitely many values: each is evaluated against the reader.</summary>
    private static void CheckFinite(WriterView writer, IReadOnlyList<JsonElement> values, ReaderSchema reader, Trail trail, List<Breach> breaches)
    {
        foreach (var value in values)
        {
            var verdict = InstanceEvaluator.Evaluate(reader, value);
            if (verdict == Truth.True)
            {
                continue;
            }

            var node = JsonNode.Parse(value.GetRawText());
            var keyword = reader.Values is not null && !reader.Values.Any(allowed => JsonElement.DeepEquals(allowed, value)) ? reader.ValuesKeyword : "value";
            breaches.Add(new Breach(reader, keyword,
                verdict == Truth.False ? $"the writer allows {value.GetRawText()}, which the reader refuses" : $"whether the reader accepts the writer's {value.GetRawText()} cannot be decided",
                verdict == Truth.False, trail, _ => [Mutation.Replace(InstanceSynthesizer.Copy(node))]));
        }
    }

    /// <summary><c>enum</c> or <c>const</c> on the reader, for a writer with infinitely many values: it always refuses some.</summary>
    private static void CheckValues(WriterView writer, ReaderSchema reader, Trail trail, List<Breach> breaches)
    {
        breaches.Add(new Breach(reader, reader.ValuesKeyword,
            $"the reader allows only {string.Join(", ", reader.Values!.Take(5).Select(value => value.GetRawText()))}{(reader.Values!.Length > 5 ? ", ..." : string.Empty)}; the writer allows other values",
            true, trail, current => OtherValues(writer, reader, current)));
    }

    private static IEnumerable<Mutation> OtherValues(WriterView writer, ReaderSchema reader, JsonNode? current)
    {
        if (current is not null)
        {
            yield return Mutation.Replace(current.DeepClone());
        }

        foreach (var value in InstanceSynthesizer.Accepted(writer, limit: 8))
        {
            yield return Mutation.Replace(value);
        }

        if (current is JsonValue scalar && scalar.TryGetValue<string>(out var text))
        {
            yield return Mutation.Replace(JsonValue.Create(text + "x"));
            yield return Mutation.Replace(JsonValue.Create("x" + text));
        }
    }
}
