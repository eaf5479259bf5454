using OnexSchemas.Compatibility;

namespace OnexSchemas.Governance;

/// <summary>One changed schema file, as the PR summary shows it.</summary>
/// <param name="RelativePath">The path under the schema root.</param>
/// <param name="Subject">The topic name, or the path for shared schemas.</param>
/// <param name="Kind">Added, removed or modified.</param>
/// <param name="OldVersion">The baseline's <c>x-onex.version</c>.</param>
/// <param name="NewVersion">The working tree's <c>x-onex.version</c>.</param>
/// <param name="Compatibility">For modified files, the registry verdict at the topic's level; null otherwise.</param>
/// <param name="Verdict">A short word for the summary: compatible, breaking, annotations, added, removed, error.</param>
/// <param name="Passed">True when no governance error concerns this file.</param>
public sealed record SchemaFileChange(
    string RelativePath,
    string Subject,
    SchemaChangeKind Kind,
    string? OldVersion,
    string? NewVersion,
    CompatibilityResult? Compatibility,
    string Verdict,
    bool Passed);
