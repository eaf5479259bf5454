using System.Text.Json;

namespace OnexSchemas.Compatibility.Readers;

/// <summary>
/// The combinator rules: <c>anyOf</c>, <c>oneOf</c> (with its exclusivity), <c>not</c> and
/// <c>if</c>/<c>then</c>/<c>else</c>. A writer that is itself a union is split into its branches, and a writer of
/// several kinds into one kind at a time, before a branch of the reader is sought for each part.
/// </summary>
internal sealed partial class Inclusion
{
    private void CheckAnyOf(WriterView writer, ReaderSchema reader, Trail trail, List<Breach> breaches, int depth)
    {
        if (reader.AnyOf is not { } branches || SameKeywords(writer, reader, "anyOf") || Covered(writer, view => branches.Any(branch => Holds(view, branch, depth)), MaxSplits))
        {
            return;
        }

        breaches.Add(new Breach(reader, "anyOf", "no branch of the reader's anyOf is shown to accept every message the writer allows", true, trail,
            current => WriterValues(current, writer)));
    }

    private void CheckOneOf(WriterView writer, ReaderSchema reader, Trail trail, List<Breach> breaches, int depth)
    {
        if (reader.OneOf is not { } branches || SameKeywords(writer, reader, "oneOf") || Covered(writer, view => ExactlyOne(view, branches, depth), MaxSplits))
        {
            return;
        }

        var accepting = Covered(writer, view => branches.Any(branch => Holds(view, branch, depth)), MaxSplits);
        breaches.Add(new Breach(reader, "oneOf",
            accepting
                ? "a message the writer allows may match more than one branch of the reader's oneOf, which then refuses it"
                : "no branch of the reader's oneOf is shown to accept every message the writer allows",
            true, trail, current => WriterValues(current, writer).Concat(Overlaps(writer, branches))));
    }

    // Values in two branches at once: the ones a oneOf refuses.
    private static IEnumerable<Mutation> Overlaps(WriterView writer, ReaderSchema[] branches)
    {
        for (var i = 0; i < branches.Length; i++)
        {
            for (var j = i + 1; j < branches.Length; j++)
            {
                foreach (var value in InstanceSynthesizer.Accepted(writer.With(branches[i]).With(branches[j]), limit: 2))
                {
                    yield return Mutation.Replace(value);
                }
            }
        }
    }

    private void CheckNot(WriterView writer, ReaderSchema reader, Trail trail, List<Breach> breaches, int depth)
    {
        if (reader.Not is not { } negated || SameKeywords(writer, reader, "not") || Covered(writer, view => Disjoint(view, negated, depth), MaxSplits))
        {
            return;
        }

        // The writer refuses what its own not-schema accepts, so the reader's not holds when the reader's not-schema
        // accepts no more than the writer's: the inclusion the other way round.
        if (writer.Conjuncts.Any(conjunct => conjunct.Not is { } own && Holds(WriterView.Of(negated), own, depth)))
        {
            return;
        }

        breaches.Add(new Breach(reader, "not", "the writer allows messages that the schema under the reader's not accepts", true, trail,
            current => InstanceSynthesizer.Accepted(writer.With(negated), limit: 4).Select(Mutation.Replace).Concat(WriterValues(current, writer))));
    }

    private void CheckConditional(WriterView writer, ReaderSchema reader, Trail trail, List<Breach> breaches, int depth)
    {
        if (reader.If is not { } condition || SameKeywords(writer, reader, "if", "then", "else"))
        {
            return;
        }

        // The writer has the same condition: its then-branch against the reader's, its else-branch against the
        // reader's, judged in full so that what breaks is named where it breaks.
        if (writer.Conjuncts.FirstOrDefault(conjunct => conjunct.If is not null && conjunct.Source.ValueKind == JsonValueKind.Object
                && reader.Source.ValueKind == JsonValueKind.Object && reader.IsRefFree && conjunct.IsRefFree && Comparable(conjunct, reader) && SameMember(conjunct.Source, reader.Source, "if")) is { } same)
        {
            if (reader.Then is { } readerThen)
            {
                var passing = writer.With(condition);
                Judge(same.Then is { } writerThen ? passing.With(writerThen) : passing, readerThen, trail, breaches, depth + 1);
            }

            if (reader.Else is { } readerElse)
            {
                Judge(same.Else is { } writerElse ? writer.With(writerElse) : writer, readerElse, trail, breaches, depth + 1);
            }

            return;
        }

        bool Satisfied(WriterView view)
        {
            // Messages that pass the condition must pass then: the writer's view with the condition added.
            var then = reader.Then is null || Holds(view, reader.Then, depth) || Holds(view.With(condition), reader.Then, depth);
            var otherwise = reader.Else is null || Holds(view, reader.Else, depth);
            return (then && otherwise)
                || (then && Holds(view, condition, depth))
                || (otherwise && Disjoint(view, condition, depth));
        }

        if (!Covered(writer, Satisfied, MaxSplits))
        {
            breaches.Add(new Breach(reader, reader.Then is not null ? "then" : "else", "the writer allows messages the reader's if/then/else refuses", true, trail,
                current => WriterValues(current, writer)));
        }
    }

    /// <summary>
    /// Whether a writer conjunct carries the reader's <paramref name="keywords"/> with JSON-equal values (absent where
    /// the reader's are absent), free of <c>$ref</c>s that could resolve differently: the same assertion, so it holds.
    /// </summary>
    private bool SameKeywords(WriterView writer, ReaderSchema reader, params string[] keywords)
    {
        if (reader.Source.ValueKind != JsonValueKind.Object || !reader.IsRefFree)
        {
            return false;
        }

        foreach (var conjunct in writer.Conjuncts)
        {
            if (conjunct.Source.ValueKind == JsonValueKind.Object && conjunct.IsRefFree && Comparable(conjunct, reader) && keywords.All(keyword => SameMember(conjunct.Source, reader.Source, keyword)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SameMember(JsonElement left, JsonElement right, string keyword)
    {
        var inLeft = left.TryGetProperty(keyword, out var leftValue);
        var inRight = right.TryGetProperty(keyword, out var rightValue);
        return inLeft == inRight && (!inLeft || JsonElement.DeepEquals(leftValue, rightValue));
    }

    /// <summary>
    /// Whether <paramref name="test"/> holds for the writer, or, failing that, for each branch of one of its unions,
    /// or for each kind of value it allows, taken one at a time.
    /// </summary>
    private static bool Covered(WriterView writer, Func<WriterView, bool> test, int splits)
    {
        if (writer.IsEmpty || test(writer))
        {
            return true;
        }

        if (splits == 0)
        {
            return false;
        }

        foreach (var group in writer.Disjunctions())
        {
            if (group.All(branch => Covered(writer.With(branch), test, splits - 1)))
            {
                return true;
            }
        }

        var kinds = InstanceTypeNames.Singles.Where(single => (writer.Types & single) != 0).ToList();
        return kinds.Count > 1 && kinds.All(single => Covered(writer.Restrict(single), test, splits - 1));
    }

    private bool ExactlyOne(WriterView writer, ReaderSchema[] branches, int depth)
    {
        for (var i = 0; i < branches.Length; i++)
        {
            if (!Holds(writer, branches[i], depth))
            {
                continue;
            }

            var alone = true;
            for (var j = 0; j < branches.Length && alone; j++)
            {
                alone = j == i || Disjoint(writer, branches[j], depth);
            }

            if (alone)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether no instance satisfies both the writer and <paramref name="schema"/>; false when it cannot tell.</summary>
    private bool Disjoint(WriterView writer, ReaderSchema schema, int depth)
    {
        var other = WriterView.Of(schema);
        if (writer.IsEmpty || other.IsEmpty || (writer.Types & other.Types) == InstanceTypes.None)
        {
            return true;
        }

        if (writer.FiniteValues() is { } values && values.All(value => InstanceEvaluator.Evaluate(schema, value) == Truth.False))
        {
            return true;
        }

        if (other.FiniteValues() is { } theirs && theirs.All(value => writer.Accepts(value) == Truth.False))
        {
            return true;
        }

        // Disjointness descends into members only a little way: beyond that "not shown disjoint" is the safe answer,
        // and a recursive schema would otherwise branch at every level.
        if (depth > MaxDepth || _disjointDepth >= MaxDisjointDepth)
        {
            return false;
        }

        var common = writer.Types & other.Types;
        return InstanceTypeNames.Singles.Where(single => (common & single) != 0).All(single => DisjointAt(writer.Restrict(single), other.Restrict(single), single, depth));
    }

    private bool DisjointAt(WriterView left, WriterView right, InstanceTypes single, int depth)
    {
        switch (single)
        {
            case InstanceTypes.String:
                return (left.MaxLength is { } leftMax && leftMax < right.MinLength) || (right.MaxLength is { } rightMax && rightMax < left.MinLength);
            case InstanceTypes.Integer or InstanceTypes.Fraction:
                return Apart(left.Upper(), right.Lower()) || Apart(right.Upper(), left.Lower());
            case InstanceTypes.Array:
                return (left.MaxItems is { } leftItems && leftItems < right.MinItems) || (right.MaxItems is { } rightItems && rightItems < left.MinItems);
            case InstanceTypes.Object:
                // A member one side requires whose values the two sides keep apart (a discriminator).
                _disjointDepth++;
                try
                {
                    foreach (var name in left.Required().Union(right.Required()))
                    {
                        if (left.Member(name) is { } mine && right.Member(name) is { } theirs
                            && (mine.IsEmpty || theirs.IsEmpty || DisjointViews(mine, theirs, depth + 1)))
                        {
                            return true;
                        }
                    }

                    return false;
                }
                finally
                {
                    _disjointDepth--;
                }
            default:
                return false;
        }
    }

    private bool DisjointViews(WriterView left, WriterView right, int depth) =>
        right.Conjuncts.Any(conjunct => Disjoint(left, conjunct, depth));

    // An upper bound strictly below a lower bound (or equal with one side exclusive) leaves no number between them.
    private static bool Apart((double Value, bool Exclusive)? upper, (double Value, bool Exclusive)? lower) =>
        upper is { } high && lower is { } low && (high.Value < low.Value || (high.Value == low.Value && (high.Exclusive || low.Exclusive)));

    private static IEnumerable<Mutation> WriterValues(System.Text.Json.Nodes.JsonNode? current, WriterView writer)
    {
        if (current is not null)
        {
            yield return Mutation.Replace(current.DeepClone());
        }

        foreach (var value in InstanceSynthesizer.Accepted(writer, limit: 8))
        {
            yield return Mutation.Replace(value);
        }

        foreach (var group in writer.Disjunctions())
        {
            foreach (var branch in group)
            {
                foreach (var value in InstanceSynthesizer.Accepted(writer.With(branch), limit: 3))
                {
                    yield return Mutation.Replace(value);
                }
            }
        }

        foreach (var single in InstanceTypeNames.Singles.Where(single => (writer.Types & single) != 0))
        {
            foreach (var value in InstanceSynthesizer.Accepted(writer.Restrict(single), limit: 2))
            {
                yield return Mutation.Replace(value);
            }
        }
    }
}
