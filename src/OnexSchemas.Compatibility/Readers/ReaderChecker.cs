using System.Text.Json;

namespace OnexSchemas.Compatibility.Readers;

/// <summary>
/// Computes the <see cref="ReaderVerdict"/> of an update: BACKWARD checks that the update reads what earlier
/// versions wrote, FORWARD that earlier versions read what the update writes, FULL both; the transitive levels check
/// every earlier version. Computed from a model of the schemas, not by generating instances; counterexamples are
/// only searched for once a finding exists.
/// </summary>
/// <param name="resolver">Resolves references outside each document, as for the registry verdict.</param>
public sealed class ReaderChecker(SchemaResolver? resolver = null)
{
    private const int MaxCounterexamples = 8;

    /// <summary>Checks an update against one earlier version.</summary>
    public ReaderVerdict Check(JsonElement previous, JsonElement update, CompatibilityLevel level = CompatibilityLevel.Backward) =>
        Check([previous], update, level);

    /// <summary>Checks an update against the registered versions, oldest first; non-transitive levels use only the last.</summary>
    public ReaderVerdict Check(IReadOnlyList<JsonElement> previousVersionsOldestFirst, JsonElement update, CompatibilityLevel level = CompatibilityLevel.Backward)
    {
        ArgumentNullException.ThrowIfNull(previousVersionsOldestFirst);
        var findings = new List<ReaderFinding>();
        var count = previousVersionsOldestFirst.Count;
        if (count == 0 || level == CompatibilityLevel.None)
        {
            return new ReaderVerdict(true, level, findings);
        }

        var updateSchema = new Readings(update, resolver);
        var first = level.IsTransitive() ? 0 : count - 1;
        for (var index = count - 1; index >= first; index--)
        {
            var previousSchema = new Readings(previousVersionsOldestFirst[index], resolver);
            if (level.ChecksBackward())
            {
                Collect(previousSchema, updateSchema, CheckDirection.Backward, index + 1, findings);
            }

            if (level.ChecksForward())
            {
                Collect(updateSchema, previousSchema, CheckDirection.Forward, index + 1, findings);
            }
        }

        return new ReaderVerdict(findings.Count == 0, level, findings);
    }

    private static void Collect(Readings writer, Readings reader, CheckDirection direction, int version, List<ReaderFinding> findings)
    {
        // Both readings of a $ref with siblings, when either document has one: the verdict must hold under each.
        var both = writer.RefSiblingsMatter || reader.RefSiblingsMatter;
        var breaches = Inclusion.Check(writer.Ignoring, reader.Ignoring);
        if (both)
        {
            breaches.AddRange(Inclusion.Check(writer.Applying, reader.Applying));
        }

        var seen = new HashSet<(string, string, string)>();
        foreach (var breach in breaches)
        {
            var path = breach.Reader.Location + "/" + breach.Keyword;
            if (!seen.Add((path, breach.Keyword, breach.Message)))
            {
                continue;
            }

            var counterexample = findings.Count < MaxCounterexamples
                ? WitnessFinder.Find(breach, both ? [(writer.Ignoring, reader.Ignoring), (writer.Applying, reader.Applying)] : [(writer.Ignoring, reader.Ignoring)])
                : null;
            findings.Add(new ReaderFinding(path, breach.Keyword, breach.Message, breach.Decided, direction, version, counterexample));
        }
    }

    /// <summary>A document read both ways a draft 4 to 7 validator may read a <c>$ref</c> with siblings.</summary>
    private sealed class Readings
    {
        private readonly JsonElement _document;
        private readonly SchemaResolver? _resolver;
        private ReaderSchema? _applying;

        public Readings(JsonElement document, SchemaResolver? resolver)
        {
            _document = document;
            _resolver = resolver;
            Ignoring = ReaderSchemaLoader.Load(document, resolver, applyRefSiblings: false, out var matter);
            RefSiblingsMatter = matter;
        }

        /// <summary>The reading that ignores a <c>$ref</c>'s siblings, as drafts 4 to 7 say; every check uses it.</summary>
        public ReaderSchema Ignoring { get; }

        /// <summary>Whether a <c>$ref</c> has assertion siblings, so that the other reading can differ.</summary>
        public bool RefSiblingsMatter { get; }

        /// <summary>The reading that applies the siblings, loaded only when they matter.</summary>
        public ReaderSchema Applying => _applying ??= ReaderSchemaLoader.Load(_document, _resolver, applyRefSiblings: true);
    }
}
