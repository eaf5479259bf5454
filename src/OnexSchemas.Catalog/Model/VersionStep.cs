namespace OnexSchemas.Catalog.Model;

/// <summary>The compatibility checker's verdict on the change between two consecutive versions of a schema.</summary>
/// <param name="Compared">Whether the checker could judge the pair; when not, <paramref name="Messages"/> says why.</param>
/// <param name="Compatible">The registry's verdict at the topic's compatibility level, with the readers' (both must hold).</param>
/// <param name="RequiredBump">The SemVer part the change needs: <c>none</c>, <c>patch</c>, <c>minor</c> or <c>major</c>.</param>
/// <param name="Changes">The change list in the registry's vocabulary (<c>PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL #/properties/x</c>).</param>
/// <param name="Messages">What the registry would say when it refuses the change, or why the pair was not compared.</param>
public sealed record VersionStep(bool Compared, bool Compatible, string RequiredBump, IReadOnlyList<string> Changes, IReadOnlyList<string> Messages);
