using System.Text.Json;
using System.Text.Json.Nodes;

namespace OnexSchemas.Compatibility.Readers;

/// <summary>
/// Turns a <see cref="Breach"/> into a concrete message: a seed the writer accepts (its examples, or one built from
/// its keywords), changed at the breach's place by the breach's mutations, kept only when the writer accepts it and
/// the reader refuses it, then shrunk member by member while that stays true.
/// </summary>
internal static class WitnessFinder
{
    private const int MaxSeeds = 4;
    private const int MaxCandidates = 48;
    private const int MaxShrinkSteps = 256;

    /// <summary>A counterexample as compact JSON, or null when none was found.</summary>
    /// <param name="breach">The breach to make concrete.</param>
    /// <param name="readings">
    /// Each (writer, reader) reading the counterexample must hold under: the writer accepts it and the reader refuses
    /// it in every one. The first writer also gives the seeds.
    /// </param>
    public static string? Find(Breach breach, IReadOnlyList<(ReaderSchema Writer, ReaderSchema Reader)> readings)
    {
        var root = WriterView.Of(readings[0].Writer);
        var checks = readings.Select(reading => (Writer: WriterView.Of(reading.Writer), reading.Reader)).ToList();
        var steps = breach.Trail.Steps();
        var tried = 0;
        // At the root, the rule's own view of the writer (a case split, a condition taken) proposes seeds too.
        var seeds = steps.Count == 0 ? Seeds(root).Concat(InstanceSynthesizer.Accepted(breach.Trail.Writer, MaxSeeds)) : Seeds(root);
        foreach (var seed in seeds)
        {
            if (Materialize(seed, steps) is not { } prepared)
            {
                continue;
            }

            var (whole, current) = prepared;

            // The rule's own candidates first, then any value the writer allows at the place.
            var fallback = InstanceSynthesizer.Accepted(breach.Trail.Writer, limit: 6).Select(Mutation.Replace);
            foreach (var mutation in breach.Mutations(current).Concat(fallback))
            {
                if (++tried > MaxCandidates)
                {
                    return null;
                }

                var candidate = Apply(whole, steps, mutation);
                if (candidate.Found && Refutes(checks, candidate.Value))
                {
                    return Shrink(checks, candidate.Value)?.ToJsonString() ?? "null";
                }
            }
        }

        return null;
    }

    private static IEnumerable<JsonNode?> Seeds(WriterView root)
    {
        var seeds = 0;
        foreach (var example in root.Examples)
        {
            var node = JsonNode.Parse(example.GetRawText());
            if (root.Accepts(InstanceSynthesizer.ToElement(node)) == Truth.True)
            {
                yield return node;
                if (++seeds == MaxSeeds)
                {
                    yield break;
                }
            }
        }

        foreach (var node in InstanceSynthesizer.Accepted(root, MaxSeeds))
        {
            yield return node;
        }
    }

    private static bool Refutes(List<(WriterView Writer, ReaderSchema Reader)> checks, JsonNode? candidate)
    {
        var element = InstanceSynthesizer.ToElement(candidate);
        return checks.All(check => check.Writer.Accepts(element) == Truth.True && InstanceEvaluator.Evaluate(check.Reader, element) == Truth.False);
    }

    /// <summary>
    /// A copy of <paramref name="seed"/> in which every step of the path exists (missing members and items are built
    /// from the writer's view at that step), with the value at the end of the path.
    /// </summary>
    private static (JsonNode? Whole, JsonNode? Current)? Materialize(JsonNode? seed, IReadOnlyList<Trail> steps)
    {
        var whole = seed?.DeepClone();
        JsonNode? current = whole;
        foreach (var step in steps)
        {
            if (step.Name is { } name)
            {
                if (current is not JsonObject obj)
                {
                    return null;
                }

                if (!obj.TryGetPropertyValue(name, out var child))
                {
                    if (!InstanceSynthesizer.TryCreate(step.Writer, out child))
                    {
                        return null;
                    }

                    obj[name] = child;
                    child = obj[name];
                }

                current = child;
            }
            else
            {
                if (current is not JsonArray array)
                {
                    return null;
                }

                while (array.Count <= step.Index)
                {
                    if (!InstanceSynthesizer.TryCreate(step.Writer, out var item))
                    {
                        return null;
                    }

                    array.Add(item);
                }

                current = array[step.Index];
            }
        }

        return (whole, current);
    }

    private static (bool Found, JsonNode? Value) Apply(JsonNode? whole, IReadOnlyList<Trail> steps, Mutation mutation)
    {
        var copy = whole?.DeepClone();
        if (steps.Count == 0)
        {
            return mutation.RemoveMember is { } name
                ? copy is JsonObject rootObject ? (Without(rootObject, name), copy) : (false, null)
                : (true, mutation.Value?.DeepClone());
        }

        JsonNode? parent = copy;
        for (var i = 0; i < steps.Count - 1; i++)
        {
            parent = steps[i].Name is { } name ? parent?[name] : parent?[steps[i].Index];
        }

        var last = steps[^1];
        if (mutation.RemoveMember is { } member)
        {
            var target = last.Name is { } lastName ? parent?[lastName] : parent?[last.Index];
            return target is JsonObject obj ? (Without(obj, member), copy) : (false, null);
        }

        switch (parent)
        {
            case JsonObject obj when last.Name is { } name:
                obj[name] = mutation.Value?.DeepClone();
                return (true, copy);
            case JsonArray array when last.Name is null && last.Index < array.Count:
                array[last.Index] = mutation.Value?.DeepClone();
                return (true, copy);
            default:
                return (false, null);
        }
    }

    // A member already absent is as good as removed: the seed itself is the candidate.
    private static bool Without(JsonObject obj, string member)
    {
        obj.Remove(member);
        return true;
    }

    /// <summary>Removes members and trailing items one at a time while the candidate still refutes.</summary>
    private static JsonNode? Shrink(List<(WriterView Writer, ReaderSchema Reader)> checks, JsonNode? candidate)
    {
        var current = candidate;
        var steps = 0;
        var progress = true;
        while (progress && steps < MaxShrinkSteps)
        {
            progress = false;
            foreach (var smaller in Smaller(current))
            {
                if (++steps > MaxShrinkSteps)
                {
                    break;
                }

                if (Refutes(checks, smaller))
                {
                    current = smaller;
                    progress = true;
                    break;
                }
            }
        }

        return current;
    }

    // Every copy of the node with one member or one item less, outermost first.
    private static IEnumerable<JsonNode?> Smaller(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var name in obj.Select(member => member.Key).ToList())
                {
                    var copy = (JsonObject)obj.DeepClone();
                    copy.Remove(name);
                    yield return copy;
                }

                foreach (var name in obj.Select(member => member.Key).ToList())
                {
                    foreach (var inner in Smaller(obj[name]))
                    {
                        var copy = (JsonObject)obj.DeepClone();
                        copy[name] = inner;
                        yield return copy;
                    }
                }

                break;
            case JsonArray array:
                for (var i = array.Count - 1; i >= 0; i--)
                {
                    var copy = (JsonArray)array.DeepClone();
                    copy.RemoveAt(i);
                    yield return copy;
                }

                for (var i = 0; i < array.Count; i++)
                {
                    foreach (var inner in Smaller(array[i]))
                    {
                        var copy = (JsonArray)array.DeepClone();
                        copy[i] = inner;
                        yield return copy;
                    }
                }

                break;
        }
    }
}
