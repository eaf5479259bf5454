using System.Text.Json;

namespace OnexSchemas.Compatibility.Redpanda;

/// <summary>
/// What Redpanda's registry answers when an update is registered: BACKWARD reads the old version with the update,
/// FORWARD the update with the old version, FULL both (BACKWARD first); a transitive level walks the versions from
/// the oldest, and the walk stops at the first version that is incompatible.
/// </summary>
internal static class RedpandaChecker
{
    /// <summary>The verdict's changes and messages; a refusal when Redpanda would answer with an error.</summary>
    public static (bool Compatible, List<JudgedChange> Changes, List<string> Messages, RegistryRefusal? Refusal) Check(
        IReadOnlyList<JsonElement> previousVersionsOldestFirst, JsonElement update, CompatibilityLevel level, SchemaResolver? resolver)
    {
        var changes = new List<JudgedChange>();
        var messages = new List<string>();
        var count = previousVersionsOldestFirst.Count;
        if (count == 0 || level == CompatibilityLevel.None)
        {
            return (true, changes, messages, null);
        }

        try
        {
            var updateDocument = RedpandaDocument.Load(update, resolver);
            for (var index = level.IsTransitive() ? 0 : count - 1; index < count; index++)
            {
                var previous = previousVersionsOldestFirst[index];
                var previousDocument = RedpandaDocument.Load(previous, resolver);
                var version = index + 1;
                var failed = false;
                if (level.ChecksBackward())
                {
                    failed |= Judge(RedpandaSuperset.Check(updateDocument, previousDocument), CheckDirection.Backward, version, changes, messages, "new", "old");
                }

                if (level.ChecksForward())
                {
                    failed |= Judge(RedpandaSuperset.Check(previousDocument, updateDocument), CheckDirection.Forward, version, changes, messages, "old", "new");
                }

                if (failed)
                {
                    messages.Add("{oldSchemaVersion: " + version.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}");
                    messages.Add("{oldSchema: '" + RegistryText.Compact(previous) + "'}");
                    messages.Add("{compatibility: '" + level.ToRegistryName() + "'}");
                    return (false, changes, messages, null);
                }
            }

            return (true, changes, messages, null);
        }
        catch (RedpandaRefusal refusal)
        {
            return (false, changes, [refusal.Message], new RegistryRefusal(refusal.Status, refusal.Message));
        }
    }

    private static bool Judge(List<SchemaChange> found, CheckDirection direction, int version, List<JudgedChange> changes, List<string> messages, string reader, string writer)
    {
        foreach (var change in found)
        {
            changes.Add(new JudgedChange(change, false, direction, version));
            messages.Add(RedpandaMessages.Format(change, reader, writer));
        }

        return found.Count > 0;
    }
}
