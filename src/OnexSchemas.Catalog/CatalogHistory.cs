using System.Text.Json;
using OnexSchemas.Catalog.Model;
using OnexSchemas.Compatibility;
using OnexSchemas.Git;
using OnexSchemas.Loading;
using OnexSchemas.Model;
using OnexSchemas.References;

namespace OnexSchemas.Catalog;

/// <summary>
/// The version history of every topic schema, from git: one <c>git log</c> over the schema root and one
/// <c>git cat-file --batch</c> for the contents, then, between consecutive versions, the compatibility checker's change
/// list and verdict at the topic's level (the same checker as <c>compat</c> and <c>check</c>). A schema that refers to
/// another file is judged with the tree as it was at each of the two commits, rebuilt in memory from the same log.
/// </summary>
public static class CatalogHistory
{
    /// <summary>The history of each topic of <paramref name="tree"/>, by topic name, as of <paramref name="reference"/>.</summary>
    /// <param name="tree">The tree, loaded from a directory inside a git work tree.</param>
    /// <param name="root">That directory.</param>
    /// <param name="reference">The commit or ref whose history is read (<c>HEAD</c> by default).</param>
    /// <exception cref="GitException">The directory is not in a git work tree, or git refused the reference.</exception>
    public static IReadOnlyDictionary<string, IReadOnlyList<SchemaVersionEntry>> Build(SchemaTree tree, string root, string reference = "HEAD")
    {
        ArgumentNullException.ThrowIfNull(tree);
        var repository = GitRepository.Discover(root);
        var commit = repository.ResolveCommit(reference);
        // Git's own word for where the root is: a path through a symlink or a short name would not match its top level.
        var prefix = GitRepository.PrefixOf(root);
        prefix = prefix.Length == 0 ? string.Empty : prefix + "/";
        var revisions = repository.FileRevisions(commit, prefix.TrimEnd('/'));
        var blobs = repository.ReadBlobs(revisions.Where(revision => revision.Blob is not null).Select(revision => revision.Blob!).Distinct(StringComparer.Ordinal).ToList());
        var byPath = revisions.Where(revision => revision.Path.StartsWith(prefix, StringComparison.Ordinal)).ToLookup(revision => revision.Path[prefix.Length..], StringComparer.Ordinal);
        var snapshots = new TreeSnapshots(revisions, blobs, prefix, tree.Config.Registry);
        var history = new Dictionary<string, IReadOnlyList<SchemaVersionEntry>>(StringComparer.Ordinal);
        foreach (var topic in tree.Topics)
        {
            history[topic.Name.Value] = Versions(byPath[topic.Document.RelativePath], blobs, snapshots, topic);
        }

        return history;
    }

    private static List<SchemaVersionEntry> Versions(IEnumerable<GitFileRevision> revisions, IReadOnlyDictionary<string, byte[]> blobs, TreeSnapshots snapshots, TopicSchema topic)
    {
        var versions = new List<SchemaVersionEntry>();
        // The step into a version compares the content just before it (the old version as it last was) with the
        // content that introduced it, so edits made within the old version are not credited to the new one.
        JsonFile? previous = null;
        string? previousVersion = null;
        string? previousCommit = null;
        foreach (var revision in revisions)
        {
            if (revision.Blob is null)
            {
                continue; // deleted, then perhaps added again: the next content is compared with the last one
            }

            // Read as the loader reads a file (a BOM, limits, duplicate members); a commit that left it unreadable, or
            // with metadata that cannot be read, has no version to show.
            var file = JsonFileReader.Parse(topic.Document.RelativePath, revision.Commit[..Math.Min(12, revision.Commit.Length)] + ":" + topic.Document.RelativePath, blobs[revision.Blob], LoadOptions.Default, new List<Diagnostics.Diagnostic>());
            string? version;
            try
            {
                version = file is null ? null : OnexMetadata.Read(file.Root)?.VersionText;
            }
            catch (InvalidOperationException)
            {
                version = null;
            }

            if (file is null || version is null)
            {
                continue;
            }

            if (version != previousVersion)
            {
                var step = previous is null ? null : Step(snapshots, previous.Root, previousCommit!, file.Root, revision.Commit, topic);
                versions.Add(new SchemaVersionEntry(version, revision.Commit, revision.Date, step));
                previousVersion = version;
            }

            previous = file;
            previousCommit = revision.Commit;
        }

        return versions;
    }

    private static VersionStep Step(TreeSnapshots snapshots, JsonElement before, string beforeCommit, JsonElement after, string afterCommit, TopicSchema topic)
    {
        try
        {
            var checker = snapshots.Checker;
            if (SchemaReferences.FindUnresolved(before).Count > 0 || SchemaReferences.FindUnresolved(after).Count > 0)
            {
                // References to other files resolve against the tree as it was at each commit.
                var (beforeTree, afterTree) = (snapshots.At(beforeCommit), snapshots.At(afterCommit));
                if (beforeTree.FindDocument(topic.Document.RelativePath) is not { } beforeDocument
                    || afterTree.FindDocument(topic.Document.RelativePath) is not { } afterDocument)
                {
                    return NotCompared("the schema did not load at one of the two commits");
                }

                (before, after) = (beforeDocument.Root, afterDocument.Root);
                checker = new CompatibilityChecker(new TreeSchemaResolver(beforeTree, afterTree).Resolve, checker.Profile);
            }

            var report = checker.Report([before], after, topic.Settings.Compatibility);
            return new VersionStep(
                true,
                report.IsCompatible,
                report.RequiredBump.ToString().ToLowerInvariant(),
                report.Registry.Edits.Select(change => change.ToString()).ToList(),
                report.IsCompatible ? [] : Messages(report));
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or JsonException or FormatException)
        {
            return NotCompared(exception.Message);
        }
    }

    // The registry's refusal without the copies of the old schema it quotes: the page shows both versions already.
    private static List<string> Messages(CompatibilityReport report) =>
        report.Registry.Messages
            .Where(message => !message.StartsWith("{oldSchema", StringComparison.Ordinal))
            .Concat(report.Readers.IsCompatible ? [] : ["messages valid under the old version fail the new one"])
            .ToList();

    private static VersionStep NotCompared(string why) => new(false, false, "unknown", [], ["not compared: " + why]);

    /// <summary>The tree under the root as each commit left it, rebuilt in memory from the one log, made once per commit asked for.</summary>
    private sealed class TreeSnapshots(IReadOnlyList<GitFileRevision> revisions, IReadOnlyDictionary<string, byte[]> blobs, string prefix, RegistryProfile profile)
    {
        private readonly Dictionary<string, SchemaTree> _trees = new(StringComparer.Ordinal);

        public CompatibilityChecker Checker { get; } = new(profile: profile);

        public SchemaTree At(string commit)
        {
            if (_trees.TryGetValue(commit, out var cached))
            {
                return cached;
            }

            var files = new Dictionary<string, string?>(StringComparer.Ordinal);
            var last = -1;
            for (var index = 0; index < revisions.Count; index++)
            {
                if (revisions[index].Commit == commit)
                {
                    last = index;
                }
            }

            for (var index = 0; index <= last; index++)
            {
                var revision = revisions[index];
                if (revision.Path.StartsWith(prefix, StringComparison.Ordinal))
                {
                    files[revision.Path[prefix.Length..]] = revision.Blob;
                }
            }

            var source = new InMemorySchemaSource("(" + commit[..Math.Min(12, commit.Length)] + ")");
            foreach (var (path, blob) in files)
            {
                if (blob is not null)
                {
                    source.Add(path, blobs[blob]);
                }
            }

            var tree = SchemaTreeLoader.Load(source);
            _trees[commit] = tree;
            return tree;
        }
    }
}
