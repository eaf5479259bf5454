using System.Text.Json;
using System.Text.Json.Nodes;

namespace OnexSchemas.Compatibility.Readers;

/// <summary>
/// The object rules: <c>required</c>, <c>properties</c>, <c>patternProperties</c>, <c>additionalProperties</c>,
/// <c>propertyNames</c>, the member counts and <c>dependencies</c>.
/// </summary>
internal sealed partial class Inclusion
{
    private void CheckObject(WriterView writer, ReaderSchema reader, Trail trail, List<Breach> breaches, int depth)
    {
        CheckRequired(writer, reader, trail, breaches);
        CheckProperties(writer, reader, trail, breaches, depth);
        CheckPatternProperties(writer, reader, trail, breaches, depth);
        CheckAdditionalProperties(writer, reader, trail, breaches, depth);
        CheckPropertyNames(writer, reader, trail, breaches, depth);
        CheckMemberCounts(writer, reader, trail, breaches);
        CheckDependencies(writer, reader, trail, breaches, depth);
    }

    /// <summary><c>required</c>: every name the reader requires, the writer requires too (a default does not count: validation ignores it).</summary>
    private static void CheckRequired(WriterView writer, ReaderSchema reader, Trail trail, List<Breach> breaches)
    {
        if (reader.Required is not { } required)
        {
            return;
        }

        var writerRequired = writer.Required();
        foreach (var name in required.Order(StringComparer.Ordinal))
        {
            if (writerRequired.Contains(name))
            {
                continue;
            }

            var withDefault = reader.Property(name) is { Source.ValueKind: JsonValueKind.Object } declared && declared.Source.TryGetProperty("default", out _);
            var message = withDefault
                ? $"'{name}' becomes required; its default does not help a reader that validates, which refuses messages without it"
                : $"'{name}' is required by the reader and optional for the writer";
            breaches.Add(new Breach(reader, "required", message, true, trail, _ => [Mutation.Remove(name)]));
        }
    }

    /// <summary><c>properties</c>: where the writer's object may hold the member, its value is one the reader accepts.</summary>
    private void CheckProperties(WriterView writer, ReaderSchema reader, Trail trail, List<Breach> breaches, int depth)
    {
        foreach (var (name, schema) in reader.Properties ?? [])
        {
            var member = writer.Member(name);
            if (!member.IsEmpty)
            {
                Judge(member, schema, trail.Member(name, member), breaches, depth + 1);
            }
        }
    }

    /// <summary><c>patternProperties</c>: every writer member whose name matches gets a value the reader's schema accepts.</summary>
    private void CheckPatternProperties(WriterView writer, ReaderSchema reader, Trail trail, List<Breach> breaches, int depth)
    {
        foreach (var (pattern, schema) in reader.PatternProperties ?? [])
        {
            foreach (var name in writer.DeclaredNames())
            {
                switch (InstanceEvaluator.Matches(pattern, name))
                {
                    case Truth.True when writer.Member(name) is { IsEmpty: false } member:
                        Judge(member, schema, trail.Member(name, member), breaches, depth + 1);
                        break;
                    case Truth.Unknown:
                        breaches.Add(new Breach(reader, "patternProperties", $"the pattern '{pattern}' cannot be evaluated", false, trail, Seeds));
                        break;
                }
            }

            JudgeUndeclared(writer, reader, schema, "patternProperties", $"members whose names match '{pattern}'", name => InstanceEvaluator.Matches(pattern, name) == Truth.True, trail, breaches, depth);
        }
    }

    /// <summary><c>additionalProperties</c>: writer members the reader neither declares nor matches get values its schema accepts.</summary>
    private void CheckAdditionalProperties(WriterView writer, ReaderSchema reader, Trail trail, List<Breach> breaches, int depth)
    {
        if (reader.AdditionalProperties is not { } additional || additional.IsTrivial)
        {
            return;
        }

        foreach (var name in writer.DeclaredNames())
        {
            if (reader.Property(name) is not null || MatchesReaderPattern(reader, name) != Truth.False)
            {
                continue;
            }

            if (writer.Member(name) is { IsEmpty: false } member)
            {
                Judge(member, additional, trail.Member(name, member), breaches, depth + 1);
            }
        }

        JudgeUndeclared(writer, reader, additional, "additionalProperties", "members the reader does not declare",
            name => reader.Property(name) is null && MatchesReaderPattern(reader, name) == Truth.False, trail, breaches, depth);
    }

    /// <summary>
    /// Members the writer does not declare (its <c>additionalProperties</c> and <c>patternProperties</c>) against a
    /// reader schema that applies to names <paramref name="applies"/> selects.
    /// </summary>
    private void JudgeUndeclared(WriterView writer, ReaderSchema reader, ReaderSchema schema, string keyword, string what, Func<string, bool> applies, Trail trail, List<Breach> breaches, int depth)
    {
        var extra = writer.Extra();
        if (!extra.IsEmpty)
        {
            if (FreshName(writer, reader, applies) is { } name)
            {
                var scratch = new List<Breach>();
                Judge(extra, schema, trail.Member(name, extra), scratch, depth + 1);
                if (scratch.Count > 0)
                {
                    breaches.Add(new Breach(reader, keyword, $"the writer allows undeclared members, and the reader's schema for {what} refuses some of their values", scratch.All(breach => breach.Decided), trail,
                        current => AddMember(current, name, extra)));
                }
            }
            else if (!Holds(extra, schema, depth))
            {
                // No sample name was found, which proves nothing: the writer's undeclared members may still be named so.
                breaches.Add(new Breach(reader, keyword, $"the writer allows undeclared members, which may be {what} with values the reader's schema refuses", false, trail,
                    current => CandidateNames(writer, reader).Where(applies).SelectMany(candidate => AddMember(current, candidate, extra))));
            }
        }

        foreach (var (writerPattern, writerSchema) in writer.Patterns)
        {
            var own = WriterView.Of(writerSchema);
            if (own.IsEmpty)
            {
                continue;
            }

            // For additionalProperties, names the reader's own patterns take are not its additional members.
            if (keyword == "additionalProperties" && reader.PatternProperties?.Any(pattern => string.Equals(pattern.Key, writerPattern, StringComparison.Ordinal)) == true)
            {
                continue;
            }

            // A concrete name the writer's pattern admits and the reader's schema applies to: judged with this
            // pattern's schema alone (another writer pattern the sample happens to match says nothing of other names).
            if (PatternName(writer, writerPattern, applies) is { } named)
            {
                Judge(own, schema, trail.Member(named, own), breaches, depth + 1);
                continue;
            }

            if (Holds(own, schema, depth))
            {
                continue;
            }

            breaches.Add(new Breach(reader, keyword, $"the writer's patternProperties '{writerPattern}' may name {what} with values the reader's schema refuses; pattern overlap is not decided", false, trail,
                current => PatternMembers(current, writerPattern, own)));
        }
    }

    private static string? PatternName(WriterView writer, string pattern, Func<string, bool> applies)
    {
        var declared = new HashSet<string>(writer.DeclaredNames(), StringComparer.Ordinal);
        var literal = InstanceSynthesizer.LiteralOf(pattern);
        foreach (var name in new[] { literal, literal + "x", "x", "a", "0", "_", "A", "x-y", "x_1" })
        {
            if (name is { Length: > 0 } && !declared.Contains(name) && InstanceEvaluator.Matches(pattern, name) == Truth.True && applies(name))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary><c>propertyNames</c>: every name a writer object may carry satisfies the reader's name schema.</summary>
    private void CheckPropertyNames(WriterView writer, ReaderSchema reader, Trail trail, List<Breach> breaches, int depth)
    {
        if (reader.PropertyNames is not { } names || names.IsTrivial)
        {
            return;
        }

        foreach (var name in writer.DeclaredNames())
        {
            if (writer.Member(name) is { IsEmpty: true })
            {
                continue;
            }

            var verdict = InstanceEvaluator.Evaluate(names, JsonSerializer.SerializeToElement(name, ReaderJson.Default.String));
            if (verdict != Truth.True)
            {
                var member = writer.Member(name);
                breaches.Add(new Breach(reader, "propertyNames", $"the writer's member '{name}' has a name the reader's propertyNames refuses", verdict == Truth.False, trail,
                    current => AddMember(current, name, member)));
            }
        }

        if (!writer.Extra().IsEmpty || writer.Patterns.Any())
        {
            var writerNames = writer.NameSchemas.ToList();
            var covered = writerNames.Count > 0 && Holds(WriterView.Of(writerNames), names, depth);
            if (!covered)
            {
                breaches.Add(new Breach(reader, "propertyNames", "the writer allows undeclared members whose names the reader's propertyNames may refuse", true, trail,
                    current => RefusedNames(current, writer, names)));
            }
        }
    }

    /// <summary><c>minProperties</c> and <c>maxProperties</c>.</summary>
    private static void CheckMemberCounts(WriterView writer, ReaderSchema reader, Trail trail, List<Breach> breaches)
    {
        if (reader.MinProperties is { } min && min > writer.MinProperties)
        {
            breaches.Add(new Breach(reader, "minProperties", $"the writer allows objects with {writer.MinProperties} member(s); the reader needs at least {min}", true, trail,
                current => [Mutation.Replace(KeepOnly(current, writer.Required()))]));
        }

        if (reader.MaxProperties is { } max && (writer.MaxProperties is not { } writerMax || writerMax > max))
        {
            breaches.Add(new Breach(reader, "maxProperties", $"the writer allows objects with more than {max} member(s); the reader refuses them", true, trail,
                current => max >= 1_000 ? [] : MoreMembers(current, writer, max + 1)));
        }
    }

    /// <summary><c>dependencies</c> (both forms) and their 2019-09 names.</summary>
    private void CheckDependencies(WriterView writer, ReaderSchema reader, Trail trail, List<Breach> breaches, int depth)
    {
        var required = writer.Required();
        foreach (var (name, needed) in reader.DependentRequired ?? [])
        {
            if (writer.Member(name) is { IsEmpty: true })
            {
                continue;
            }

            var missing = needed.Where(other => !required.Contains(other) && !writer.Conjuncts.Any(conjunct =>
                conjunct.DependentRequired is { } own && own.TryGetValue(name, out var ownNeeded) && ownNeeded.Contains(other, StringComparer.Ordinal))).ToList();
            if (missing.Count > 0)
            {
                var member = writer.Member(name);
                breaches.Add(new Breach(reader, "dependencies", $"with '{name}' present the reader also needs '{string.Join("', '", missing)}', which the writer may leave out", true, trail,
                    current => WithoutDependents(current, name, missing, member)));
            }
        }

        foreach (var (name, schema) in reader.DependentSchemas ?? [])
        {
            if (writer.Member(name) is { IsEmpty: true } || Holds(writer, schema, depth))
            {
                continue;
            }

            var own = writer.Conjuncts.Where(conjunct => conjunct.DependentSchemas is { } schemas && schemas.ContainsKey(name)).Select(conjunct => conjunct.DependentSchemas![name]).ToList();
            if (own.Count > 0 && Holds(WriterView.Of([.. writer.Conjuncts, .. own], writer.Restriction), schema, depth))
            {
                continue;
            }

            var member = writer.Member(name);
            breaches.Add(new Breach(reader, "dependencies", $"with '{name}' present the reader applies a schema the writer's objects may not meet", true, trail,
                current => AddMember(current, name, member)));
        }
    }

    private static Truth MatchesReaderPattern(ReaderSchema reader, string name)
    {
        var result = Truth.False;
        foreach (var (pattern, _) in reader.PatternProperties ?? [])
        {
            var match = InstanceEvaluator.Matches(pattern, name);
            if (match == Truth.True)
            {
                return Truth.True;
            }

            if (match == Truth.Unknown)
            {
                result = Truth.Unknown;
            }
        }

        return result;
    }

    /// <summary>A member name the writer does not declare or match, which <paramref name="applies"/> accepts.</summary>
    private static string? FreshName(WriterView writer, ReaderSchema reader, Func<string, bool> applies)
    {
        var declared = new HashSet<string>(writer.DeclaredNames(), StringComparer.Ordinal);
        foreach (var candidate in CandidateNames(writer, reader))
        {
            if (!declared.Contains(candidate) && applies(candidate)
                && writer.Patterns.All(pattern => InstanceEvaluator.Matches(pattern.Key, candidate) == Truth.False))
            {
                return candidate;
            }
        }

        return null;
    }

    private static IEnumerable<string> CandidateNames(WriterView writer, ReaderSchema reader)
    {
        string[] fixedNames = ["x", "extra", "a", "b", "x_1", "X", "_", "0", "x-y", "aa", "zz", string.Empty];
        foreach (var name in fixedNames)
        {
            yield return name;
        }

        // Names spelled by the patterns of both sides: a reader pattern like "^q$" is only met by "q".
        foreach (var pattern in writer.Patterns.Select(entry => entry.Key).Concat((reader.PatternProperties ?? []).Select(entry => entry.Key)))
        {
            if (InstanceSynthesizer.LiteralOf(pattern) is { Length: > 0 } literal)
            {
                yield return literal;
                yield return literal + "x";
            }
        }
    }

    private static IEnumerable<Mutation> AddMember(JsonNode? current, string name, WriterView member)
    {
        foreach (var value in InstanceSynthesizer.Accepted(member, limit: 6))
        {
            var copy = current is JsonObject obj ? (JsonObject)obj.DeepClone() : new JsonObject();
            copy[name] = value;
            yield return Mutation.Replace(copy);
        }
    }

    private static IEnumerable<Mutation> PatternMembers(JsonNode? current, string pattern, WriterView member)
    {
        var literal = InstanceSynthesizer.LiteralOf(pattern);
        foreach (var name in new[] { literal, literal + "x", "x", "a", "0", "_" })
        {
            if (name is { Length: > 0 } && InstanceEvaluator.Matches(pattern, name) == Truth.True)
            {
                foreach (var mutation in AddMember(current, name, member))
                {
                    yield return mutation;
                }
            }
        }
    }

    private static IEnumerable<Mutation> RefusedNames(JsonNode? current, WriterView writer, ReaderSchema names)
    {
        var extra = writer.Extra();
        foreach (var name in new[] { "x", "A", "0", "-", "x y", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "_", "Ä" })
        {
            if (InstanceEvaluator.Evaluate(names, JsonSerializer.SerializeToElement(name, ReaderJson.Default.String)) == Truth.False)
            {
                foreach (var mutation in AddMember(current, name, extra))
                {
                    yield return mutation;
                }
            }
        }
    }

    private static JsonNode? KeepOnly(JsonNode? current, IReadOnlySet<string> names)
    {
        var copy = new JsonObject();
        if (current is JsonObject obj)
        {
            foreach (var (name, value) in obj)
            {
                if (names.Contains(name))
                {
                    copy[name] = value?.DeepClone();
                }
            }
        }

        return copy;
    }

    private static IEnumerable<Mutation> MoreMembers(JsonNode? current, WriterView writer, int count)
    {
        var copy = current is JsonObject obj ? (JsonObject)obj.DeepClone() : new JsonObject();
        foreach (var name in writer.DeclaredNames().Concat(Enumerable.Range(1, count).Select(i => "x" + i)))
        {
            if (copy.Count >= count)
            {
                break;
            }

            if (!copy.ContainsKey(name) && writer.Member(name) is { IsEmpty: false } member && InstanceSynthesizer.TryCreate(member, out var value))
            {
                copy[name] = value;
            }
        }

        yield return Mutation.Replace(copy);
    }

    private static IEnumerable<Mutation> WithoutDependents(JsonNode? current, string name, List<string> missing, WriterView member)
    {
        foreach (var value in InstanceSynthesizer.Accepted(member, limit: 3))
        {
            var copy = current is JsonObject obj ? (JsonObject)obj.DeepClone() : new JsonObject();
            copy[name] = value;
            foreach (var other in missing)
            {
                copy.Remove(other);
            }

            yield return Mutation.Replace(copy);
        }
    }
}
