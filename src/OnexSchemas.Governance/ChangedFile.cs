using OnexSchemas.Compatibility;
using OnexSchemas.Naming;

namespace OnexSchemas.Governance;

/// <summary>One added, removed or modified schema file, as the PR summary shows it.</summary>
/// <param name="RelativePath">The path under the schema root.</param>
/// <param name="Topic">The topic the file defines; null for shared schemas under <c>common/</c>.</param>
/// <param name="Kind">Added, removed or modified.</param>
/// <param name="OldVersion">The baseline's <c>x-onex.version</c>.</param>
/// <param name="NewVersion">The working tree's <c>x-onex.version</c>.</param>
/// <param name="Compatibility">For modified files, both verdicts (registry and readers) at the topic's level; null otherwise.</param>
/// <param name="Verdict">The one-word verdict for the summary.</param>
/// <param name="Passed">True when no governance error concerns this file.</param>
public sealed record ChangedFile(
    string RelativePath,
    TopicName? Topic,
    FileChangeKind Kind,
    string? OldVersion,
    string? NewVersion,
    CompatibilityReport? Compatibility,
    FileVerdict Verdict,
    bool Passed)
{
    /// <summary>What a reader calls the file: its topic, or its path for shared schemas.</summary>
    public string DisplayName => Topic?.Value ?? RelativePath;
}
