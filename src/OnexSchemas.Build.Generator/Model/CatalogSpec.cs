namespace OnexSchemas.Build.Generator.Model;

/// <summary>The result of reading one additional file that lies under <c>{root}/events/</c>.</summary>
/// <param name="NormalizedPath">The file's normalised path, which identifies it when the build passes it twice.</param>
/// <param name="Topic">The topic, or null when the file was skipped.</param>
/// <param name="Diagnostic">Why the file was skipped (or a warning about it), when there is something to say.</param>
internal sealed record SchemaFileResult(string NormalizedPath, TopicSpec? Topic, DiagnosticInfo? Diagnostic);

/// <summary>A topic in the catalog, with the response type its request is answered by.</summary>
/// <param name="Topic">The topic.</param>
/// <param name="Response">For a request whose response topic is in the catalog, that response; otherwise null.</param>
internal sealed record EventSpec(TopicSpec Topic, TopicSpec? Response);

/// <summary>Everything the emitter needs: the naming, the topics in topic-name order, and the diagnostics to report.</summary>
/// <param name="TopicNamespace">The tree config's topic namespace.</param>
/// <param name="RootNamespace">The C# namespace the generated types live under.</param>
/// <param name="Events">The topics that get code, ordered by topic name (ordinal).</param>
/// <param name="Diagnostics">The tree config's diagnostic, every diagnostic of every file, then those of the catalog itself, in a stable order.</param>
internal sealed record CatalogSpec(string TopicNamespace, string RootNamespace, EquatableArray<EventSpec> Events, EquatableArray<DiagnosticInfo> Diagnostics);
