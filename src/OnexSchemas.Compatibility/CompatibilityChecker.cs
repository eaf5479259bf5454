using System.Text.Json;
using OnexSchemas.Compatibility.Model;
using OnexSchemas.Compatibility.Readers;

namespace OnexSchemas.Compatibility;

/// <summary>
/// Answers what the registry answers when an update is registered, as the <see cref="Profile"/>'s registry does.
/// Confluent: BACKWARD diffs previous → update, FORWARD diffs update → previous and judges with the same table, FULL
/// does both, and the transitive levels check every earlier version instead of only the latest. Redpanda: the reader
/// must be a superset of the writer (<see cref="Redpanda.RedpandaChecker"/>).
/// </summary>
/// <param name="resolver">Resolves references outside each document (for Redpanda: into the documents other subjects hold); local references are always followed.</param>
/// <param name="profile">Whose registry the registry verdict predicts.</param>
public sealed class CompatibilityChecker(SchemaResolver? resolver = null, RegistryProfile profile = RegistryProfiles.Default)
{
    private const int MaxSchemaLengthInMessage = 10 * 1024;

    /// <summary>The resolver for references outside a document, if any.</summary>
    public SchemaResolver? Resolver { get; } = resolver;

    /// <summary>Whose registry the registry verdict predicts.</summary>
    public RegistryProfile Profile { get; } = profile;

    /// <summary>Checks an update against one earlier version.</summary>
    /// <param name="previous">The registered version.</param>
    /// <param name="update">The version being registered.</param>
    /// <param name="level">The compatibility level.</param>
    /// <param name="policy">The compatibility policy.</param>
    /// <returns>The verdict.</returns>
    public CompatibilityResult Check(
        JsonElement previous,
        JsonElement update,
        CompatibilityLevel level = CompatibilityLevel.Backward,
        CompatibilityPolicy policy = CompatibilityPolicy.Strict) =>
        Check([previous], update, level, policy);

    /// <summary>Checks an update against the registered versions.</summary>
    /// <param name="previousVersionsOldestFirst">The registered versions, oldest first; non-transitive levels use only the last.</param>
    /// <param name="update">The version being registered.</param>
    /// <param name="level">The compatibility level.</param>
    /// <param name="policy">The compatibility policy.</param>
    /// <returns>The verdict.</returns>
    public CompatibilityResult Check(
        IReadOnlyList<JsonElement> previousVersionsOldestFirst,
        JsonElement update,
        CompatibilityLevel level = CompatibilityLevel.Backward,
        CompatibilityPolicy policy = CompatibilityPolicy.Strict)
    {
        ArgumentNullException.ThrowIfNull(previousVersionsOldestFirst);
        if (Profile == RegistryProfile.Redpanda)
        {
            return CheckRedpanda(previousVersionsOldestFirst, update, level, policy);
        }

        var judged = new List<JudgedChange>();
        var messages = new List<string>();
        var count = previousVersionsOldestFirst.Count;
        if (count == 0)
        {
            return new CompatibilityResult(true, level, policy, judged, messages, RegistryProfile.Confluent);
        }

        var updateNode = SchemaLoader.Load(update, Resolver);
        var first = level.IsTransitive() ? 0 : count - 1;
        var compatible = true;

        // Newest first, as the registry walks the subject's versions.
        for (var index = count - 1; index >= first; index--)
        {
            var previous = previousVersionsOldestFirst[index];
            var previousNode = SchemaLoader.Load(previous, Resolver);
            var version = index + 1;
            if (level == CompatibilityLevel.None)
            {
                // Nothing is refused at NONE; the changes still tell which bump the update needs.
                foreach (var change in SchemaDiffer.Compare(previousNode, updateNode, policy))
                {
                    judged.Add(new JudgedChange(change, true, CheckDirection.Backward, version));
                }

                continue;
            }

            List<string>? forwardErrors = null, backwardErrors = null;
            if (level.ChecksForward())
            {
                forwardErrors = Judge(SchemaDiffer.Compare(updateNode, previousNode, policy), CheckDirection.Forward, version, policy, judged, "old", "new");
            }

            if (level.ChecksBackward())
            {
                backwardErrors = Judge(SchemaDiffer.Compare(previousNode, updateNode, policy), CheckDirection.Backward, version, policy, judged, "new", "old");
            }

            if (forwardErrors is { Count: > 0 } || backwardErrors is { Count: > 0 })
            {
                compatible = false;
                AppendMessages(messages, forwardErrors, backwardErrors, previous, version);
            }
        }

        if (!compatible)
        {
            messages.Add("{compatibility: '" + level.ToRegistryName() + "'}");
        }

        return new CompatibilityResult(compatible, level, policy, judged, messages, RegistryProfile.Confluent);
    }

    /// <summary>Both verdicts on an update: the registry's and the readers'.</summary>
    /// <param name="previousVersionsOldestFirst">The registered versions, oldest first; non-transitive levels use only the last.</param>
    /// <param name="update">The version being registered.</param>
    /// <param name="level">The compatibility level.</param>
    /// <param name="policy">The compatibility policy (the registry verdict's; readers have none).</param>
    /// <returns>The registry verdict and the reader verdict.</returns>
    public CompatibilityReport Report(
        IReadOnlyList<JsonElement> previousVersionsOldestFirst,
        JsonElement update,
        CompatibilityLevel level = CompatibilityLevel.Backward,
        CompatibilityPolicy policy = CompatibilityPolicy.Strict) =>
        new(Check(previousVersionsOldestFirst, update, level, policy), new ReaderChecker(Resolver).Check(previousVersionsOldestFirst, update, level));

    // Redpanda reports only what it refuses, so what changed (and so the bump a compatible update needs) comes from
    // the diff of the latest version, judged by nobody.
    private CompatibilityResult CheckRedpanda(IReadOnlyList<JsonElement> previousVersionsOldestFirst, JsonElement update, CompatibilityLevel level, CompatibilityPolicy policy)
    {
        if (policy != CompatibilityPolicy.Strict)
        {
            throw new ArgumentException("Redpanda's registry has no LENIENT policy; use the Confluent profile for it.", nameof(policy));
        }

        var (compatible, changes, messages, refusal) = Redpanda.RedpandaChecker.Check(previousVersionsOldestFirst, update, level, Resolver);
        var latest = previousVersionsOldestFirst.Count == 0 ? (JsonElement?)null : previousVersionsOldestFirst[^1];
        IReadOnlyList<SchemaChange> Edits() => latest is { } previous
            ? SchemaDiffer.Compare(SchemaLoader.Load(previous, Resolver), SchemaLoader.Load(update, Resolver), policy)
            : [];
        return new CompatibilityResult(compatible, level, policy, changes, messages, RegistryProfile.Redpanda, refusal, Edits);
    }

    private static List<string> Judge(
        List<SchemaChange> changes, CheckDirection direction, int version, CompatibilityPolicy policy,
        List<JudgedChange> judged, string reader, string writer)
    {
        var errors = new List<string>();
        foreach (var change in changes)
        {
            var ok = ChangeVocabulary.IsCompatible(change.Type, policy);
            judged.Add(new JudgedChange(change, ok, direction, version));
            if (!ok)
            {
                errors.Add(RegistryMessages.Format(change, reader, writer));
            }
        }

        return errors;
    }

    // The registry appends the old version and schema after the errors of each failed check; under FULL it appends
    // them only after the BACKWARD part.
    private static void AppendMessages(
        List<string> messages, List<string>? forwardErrors, List<string>? backwardErrors, JsonElement previous, int version)
    {
        var full = forwardErrors is not null && backwardErrors is not null;
        if (forwardErrors is { Count: > 0 })
        {
            messages.AddRange(forwardErrors);
            if (!full)
            {
                AppendOldSchema(messages, previous, version);
            }
        }

        if (backwardErrors is { Count: > 0 })
        {
            messages.AddRange(backwardErrors);
            AppendOldSchema(messages, previous, version);
        }
    }

    private static void AppendOldSchema(List<string> messages, JsonElement previous, int version)
    {
        messages.Add("{oldSchemaVersion: " + version.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}");
        var text = RegistryText.Compact(previous);
        messages.Add(text.Length <= MaxSchemaLengthInMessage
            ? "{oldSchema: '" + text + "'}"
            : "{oldSchema: <truncated to " + MaxSchemaLengthInMessage.ToString(System.Globalization.CultureInfo.InvariantCulture)
              + " characters> '" + text[..MaxSchemaLengthInMessage] + "'}");
    }
}
