using System.Runtime.CompilerServices;
using System.Text.Json;

namespace OnexSchemas.Compatibility.Readers;

/// <summary>
/// Decides, by a model of the two schemas and without generating instances, whether every instance the writing
/// schema accepts is accepted by the reading schema. A walker in the style of buf's breaking-change checks: it pairs
/// the writer's view with each reading schema, and one small rule per keyword family (the partial files beside this
/// one) judges the pair and reports a <see cref="Breach"/>. A rule proves inclusion or reports; it never assumes.
/// </summary>
internal sealed partial class Inclusion
{
    private const int MaxDepth = 64;
    private const int MaxSplits = 3;
    private const int MaxDisjointDepth = 3;

    private readonly HashSet<PairKey> _inProgress = [];
    private readonly Dictionary<(ReaderSchema Writer, ReaderSchema Reader), bool> _agreement = [];
    private int _disjointDepth;

    /// <summary>The breaches of <paramref name="reader"/> against <paramref name="writer"/>.</summary>
    public static List<Breach> Check(ReaderSchema writer, ReaderSchema reader)
    {
        var breaches = new List<Breach>();
        var inclusion = new Inclusion();
        var view = WriterView.Of(writer);
        inclusion.Judge(view, reader, Trail.Root(view), breaches, 0);
        return breaches;
    }

    /// <summary>Judges one pair, appending what the reader refuses.</summary>
    private void Judge(WriterView writer, ReaderSchema reader, Trail trail, List<Breach> breaches, int depth)
    {
        if (writer.IsEmpty || depth > MaxDepth && TooDeep(reader, trail, breaches))
        {
            return;
        }

        if (IsSameSchema(writer, reader))
        {
            return;
        }

        var key = new PairKey(writer, reader);
        if (!_inProgress.Add(key))
        {
            // A recursive schema came back to a pair being judged: every instance is finite, so the pair holds if
            // nothing else on the way refuses (coinduction over the instance's depth).
            return;
        }

        try
        {
            JudgeOne(writer, reader, trail, breaches, depth);
        }
        finally
        {
            _inProgress.Remove(key);
        }
    }

    private void JudgeOne(WriterView writer, ReaderSchema reader, Trail trail, List<Breach> breaches, int depth)
    {
        if (reader.IsFalse)
        {
            breaches.Add(new Breach(reader, "false", "the reader accepts nothing here and the writer allows values", true, trail, Seeds));
            return;
        }

        if (reader.IsTrivial)
        {
            return;
        }

        if (reader.Unmodeled is { } unmodeled)
        {
            breaches.Add(new Breach(reader, unmodeled[0].Split(' ')[0], $"'{string.Join("', '", unmodeled)}' is not modelled, so the reader's acceptance cannot be proven", false, trail, Seeds));
        }

        var start = breaches.Count;
        CheckType(writer, reader, trail, breaches);
        var typed = writer.Restrict(reader.Types);
        if (typed.IsEmpty)
        {
            return;
        }

        // A writer with finitely many values is judged value by value, which decides every keyword at once.
        if (typed.FiniteValues() is { } values)
        {
            CheckFinite(typed, values, reader, trail, breaches);
            return;
        }

        if (reader.Values is not null)
        {
            CheckValues(typed, reader, trail, breaches);
        }

        if ((typed.Types & InstanceTypes.String) != 0)
        {
            CheckString(typed.Restrict(InstanceTypes.String), reader, trail, breaches);
        }

        if ((typed.Types & InstanceTypes.Number) != 0)
        {
            CheckNumber(typed.Restrict(InstanceTypes.Number), reader, trail, breaches);
        }

        if ((typed.Types & InstanceTypes.Object) != 0)
        {
            CheckObject(typed.Restrict(InstanceTypes.Object), reader, trail, breaches, depth);
        }

        if ((typed.Types & InstanceTypes.Array) != 0)
        {
            CheckArray(typed.Restrict(InstanceTypes.Array), reader, trail, breaches, depth);
        }

        foreach (var branch in reader.AllOf ?? [])
        {
            Judge(typed, branch, trail, breaches, depth + 1);
        }

        CheckAnyOf(typed, reader, trail, breaches, depth);
        CheckOneOf(typed, reader, trail, breaches, depth);
        CheckNot(typed, reader, trail, breaches, depth);
        CheckConditional(typed, reader, trail, breaches, depth);
    }

    /// <summary>Whether the reader accepts everything the writer does, without recording why not.</summary>
    private bool Holds(WriterView writer, ReaderSchema reader, int depth)
    {
        var scratch = new List<Breach>();
        Judge(writer, reader, Trail.Root(writer), scratch, depth + 1);
        return scratch.Count == 0;
    }

    private static bool TooDeep(ReaderSchema reader, Trail trail, List<Breach> breaches)
    {
        breaches.Add(new Breach(reader, "$ref", "the schemas nest deeper than the model follows", false, trail, Seeds));
        return true;
    }

    // A reader schema that is, JSON for JSON, one of the writer's conjuncts accepts everything the writer does, as long
    // as no $ref inside it could resolve differently on the two sides.
    private bool IsSameSchema(WriterView writer, ReaderSchema reader)
    {
        if (reader.Source.ValueKind == JsonValueKind.Undefined)
        {
            return false;
        }

        foreach (var conjunct in writer.Conjuncts)
        {
            if (Comparable(conjunct, reader) && JsonElement.DeepEquals(conjunct.Source, reader.Source)
                && (reader.IsRefFree || ReferencesAgree(conjunct, reader)))
            {
                return true;
            }
        }

        return false;
    }

    // JSON equality means the same assertions only between schemas of the same draft, and, when they hold a $ref,
    // only when every target is the same JSON on both sides (ReferencesAgree).
    private static bool Comparable(ReaderSchema writer, ReaderSchema reader) =>
        writer.Source.ValueKind != JsonValueKind.Undefined
        && string.Equals(writer.Dialect, reader.Dialect, StringComparison.Ordinal);

    // Two JSON-equal schemas with $refs mean the same when each pointer leads, in each one's document, to JSON-equal
    // targets whose own pointers do too. Only "#/…" pointers in documents without nested ids are followed; anything
    // else (another document, an anchor, a nested base) is not proven the same. The siblings of a $ref are equal on
    // both sides too, so either reading of them agrees.
    private bool ReferencesAgree(ReaderSchema writer, ReaderSchema reader)
    {
        if (!writer.DocumentHasOneBase || !reader.DocumentHasOneBase)
        {
            return false;
        }

        if (_agreement.TryGetValue((writer, reader), out var known))
        {
            return known;
        }

        var agree = TargetsAgree(reader.Source, writer.DocumentRoot, reader.DocumentRoot, new HashSet<string>(StringComparer.Ordinal));
        _agreement[(writer, reader)] = agree;
        return agree;
    }

    private static bool TargetsAgree(JsonElement element, JsonElement writerRoot, JsonElement readerRoot, HashSet<string> followed)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var member in element.EnumerateObject())
                {
                    if (member.NameEquals("$ref"))
                    {
                        if (member.Value.ValueKind != JsonValueKind.String || member.Value.GetString() is not { } reference
                            || !reference.StartsWith('#') || (reference.Length > 1 && reference[1] != '/'))
                        {
                            return false;
                        }

                        var fragment = reference[1..];
                        if (followed.Add(fragment))
                        {
                            if (Model.JsonPointer.Resolve(writerRoot, fragment) is not { } writerTarget
                                || Model.JsonPointer.Resolve(readerRoot, fragment) is not { } readerTarget
                                || !JsonElement.DeepEquals(writerTarget, readerTarget)
                                || !TargetsAgree(readerTarget, writerRoot, readerRoot, followed))
                            {
                                return false;
                            }
                        }
                    }
                    else if (!TargetsAgree(member.Value, writerRoot, readerRoot, followed))
                    {
                        return false;
                    }
                }

                return true;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (!TargetsAgree(item, writerRoot, readerRoot, followed))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return true;
        }
    }

    /// <summary>Candidate mutations that keep the writer's own values: a reader that refuses "anything" refuses these.</summary>
    private static IEnumerable<Mutation> Seeds(System.Text.Json.Nodes.JsonNode? current)
    {
        yield return Mutation.Replace(InstanceSynthesizer.Copy(current));
    }

    /// <summary>A pair being judged, compared by the identity of its schemas.</summary>
    private readonly struct PairKey(WriterView writer, ReaderSchema reader) : IEquatable<PairKey>
    {
        private readonly IReadOnlyList<ReaderSchema> _conjuncts = writer.Conjuncts;
        private readonly InstanceTypes _restriction = writer.Restriction;
        private readonly ReaderSchema _reader = reader;

        public bool Equals(PairKey other)
        {
            if (!ReferenceEquals(_reader, other._reader) || _restriction != other._restriction || _conjuncts.Count != other._conjuncts.Count)
            {
                return false;
            }

            for (var i = 0; i < _conjuncts.Count; i++)
            {
                if (!ReferenceEquals(_conjuncts[i], other._conjuncts[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => obj is PairKey other && Equals(other);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            hash.Add(RuntimeHelpers.GetHashCode(_reader));
            hash.Add(_restriction);
            foreach (var conjunct in _conjuncts)
            {
                hash.Add(RuntimeHelpers.GetHashCode(conjunct));
            }

            return hash.ToHashCode();
        }
    }
}
