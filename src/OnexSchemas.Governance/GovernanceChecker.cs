using System.Text.Json;
using OnexSchemas.Compatibility;
using OnexSchemas.Compatibility.Readers;
using OnexSchemas.Diagnostics;
using OnexSchemas.Linting;
using OnexSchemas.Model;
using OnexSchemas.Naming;
using OnexSchemas.References;

namespace OnexSchemas.Governance;

/// <summary>
/// Pairs each schema file of a baseline tree with the same file in the working tree and judges the pair with the
/// SemVer rules: a walker in the style of buf's breaking-change checks, one small method per rule.
/// </summary>
public sealed class GovernanceChecker
{
    private readonly GovernanceOptions _options;

    /// <summary>Creates a checker.</summary>
    public GovernanceChecker(GovernanceOptions? options = null)
    {
        _options = options ?? new GovernanceOptions();
    }

    /// <summary>
    /// Compares <paramref name="baseline"/> with <paramref name="current"/>. <paramref name="history"/> gives, for a path,
    /// the earlier versions of the file oldest first (the baseline's last); transitive levels use it, others do not.
    /// </summary>
    public GovernanceResult Check(SchemaTree baseline, SchemaTree current, Func<string, IReadOnlyList<JsonElement>>? history = null)
    {
        var findings = new List<Diagnostic>();
        var changes = new List<ChangedFile>();
        // The working tree's config says which registry is in production; a pull request that switches it is judged by the new one.
        var compatibility = new CompatibilityChecker(new TreeSchemaResolver(baseline, current).Resolve, _options.Profile ?? current.Config.Registry);
        var paths = baseline.Documents.Select(document => document.RelativePath)
            .Union(current.Documents.Select(document => document.RelativePath), StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);

        foreach (var path in paths)
        {
            var before = baseline.FindDocument(path);
            var after = current.FindDocument(path);
            if (before is not null && before.Path.Kind == SchemaFileKind.Misplaced || after is not null && after.Path.Kind == SchemaFileKind.Misplaced)
            {
                continue; // validate reports misplaced files; they have no identity to govern
            }

            // A file that exists on both sides but does not parse on one of them is neither added nor removed:
            // validate reports it (ONEX001), and there is nothing to compare until it parses again.
            if ((before is null && baseline.Source.FileExists(path)) || (after is null && current.Source.FileExists(path)))
            {
                continue;
            }

            // The same for a file that is not valid draft-07 on either side: the registry refuses it (42201), so
            // there is no verdict to give, and validate reports what is wrong.
            if (before is not null && after is not null && (!IsValidDraft7(before) || !IsValidDraft7(after)))
            {
                continue;
            }

            var start = findings.Count;
            ChangedFile? change = (before, after) switch
            {
                (null, { } added) => CheckAdded(added, current, findings),
                ({ } removed, null) => CheckRemoved(removed, current, findings),
                // Compared as JSON, not bytes: line endings and formatting are not changes.
                ({ } old, { } now) when !JsonElement.DeepEquals(old.Root, now.Root) => CheckModified(compatibility, old, now, baseline, current, history, findings),
                _ => null,
            };
            if (change is not null)
            {
                changes.Add(change with { Passed = findings.Skip(start).All(finding => !finding.IsError) });
            }
        }

        return new GovernanceResult(findings, changes);
    }

    private ChangedFile CheckModified(
        CompatibilityChecker compatibility,
        SchemaDocument before,
        SchemaDocument after,
        SchemaTree baseline,
        SchemaTree current,
        Func<string, IReadOnlyList<JsonElement>>? history,
        List<Diagnostic> findings)
    {
        // The level in force is the baseline's as well as the working tree's: a change that loosens the level in
        // the same pull request must not let its own breaking change through.
        var result = Judge(compatibility, before, after, LevelOf(after, current), history);
        var baselineLevel = LevelOf(before, baseline);
        if (result.IsCompatible && baselineLevel != result.Level)
        {
            var stricter = Judge(compatibility, before, after, baselineLevel, history);
            if (!stricter.IsCompatible)
            {
                result = stricter;
            }
        }

        var level = result.Level;
        var validationChanged = !result.Readers.IsCompatible || result.Registry.RequiredBump >= RequiredBump.Minor;
        var oldVersion = before.Version;
        var newVersion = after.Version;

        var verdict = !result.IsCompatible ? FileVerdict.Breaking : validationChanged ? FileVerdict.Compatible : FileVerdict.Annotations;
        var change = new ChangedFile(after.RelativePath, after.Topic, FileChangeKind.Modified,
            before.Metadata?.VersionText, after.Metadata?.VersionText, result, verdict, true);

        if (oldVersion is null || newVersion is null)
        {
            return change; // an unreadable version is validate's finding (ONEX013)
        }

        if (newVersion.CompareTo(oldVersion) < 0)
        {
            Report(findings, RuleCatalog.VersionRegressed, after, "/x-onex/version",
                $"version goes backwards from {oldVersion} to {newVersion}; versions only move forward");
            return change;
        }

        if (newVersion.Major != oldVersion.Major)
        {
            return change; // a different major in the same file is validate's ONEX012
        }

        if (!result.Registry.IsCompatible)
        {
            CheckBreaking(after, result.Registry, level, findings);
            return change;
        }

        if (!result.Readers.IsCompatible)
        {
            CheckReaderBreaking(before, after, result.Readers, level, findings);
            return change;
        }

        if (validationChanged)
        {
            CheckCompatibleBump(after, oldVersion, newVersion, result.Registry, findings);
        }

        CheckStep(after, oldVersion, newVersion, findings);
        return change;
    }

    private CompatibilityReport Judge(CompatibilityChecker compatibility, SchemaDocument before, SchemaDocument after, CompatibilityLevel level, Func<string, IReadOnlyList<JsonElement>>? history)
    {
        var previous = level.IsTransitive() && history is not null ? history(after.RelativePath) : [before.Root];
        if (previous.Count == 0)
        {
            previous = [before.Root];
        }

        return compatibility.Report(previous, after.Root, level, _options.Policy);
    }

    // ONEX103: the same major promises consumers that they can keep reading; an incompatible change breaks that promise.
    private void CheckBreaking(SchemaDocument after, CompatibilityResult result, CompatibilityLevel level, List<Diagnostic> findings)
    {
        var next = NextMajor(after);
        if (result.Refusal is { } refusal)
        {
            // The registry errors instead of judging: the update cannot be registered under this major as it stands.
            Report(findings, RuleCatalog.BreakingChange, after, string.Empty,
                $"the registry ({result.Profile.ToProductName()}) refuses to compare this with the registered version under {level.ToRegistryName()} (HTTP {refusal.Status}: {refusal.Message}); rewrite the construct, or create {next} at {(after.Path.Major ?? 1) + 1}.0.0 instead");
            return;
        }

        var incompatible = result.Changes.Where(judged => !judged.IsCompatible).ToList();
        var first = incompatible[0].Change;
        var listed = string.Join(", ", incompatible.Take(5).Select(judged => judged.Change.ToString()));
        var more = incompatible.Count > 5 ? $" and {incompatible.Count - 5} more" : string.Empty;
        Report(findings, RuleCatalog.BreakingChange, after, PointerOf(first.Path),
            $"incompatible under {level.ToRegistryName()}: {listed}{more}; the registry would refuse it. Create {next} at {(after.Path.Major ?? 1) + 1}.0.0 instead, and deprecate this one");
    }

    // ONEX109: the registry accepts the change, but consumers validate with the new schema and refuse old messages.
    private static void CheckReaderBreaking(SchemaDocument before, SchemaDocument after, ReaderVerdict readers, CompatibilityLevel level, List<Diagnostic> findings)
    {
        var finding = readers.Findings.FirstOrDefault(candidate => candidate.Counterexample is not null) ?? readers.Findings[0];
        var next = NextMajor(after);
        var (writer, reader) = finding.Direction == CheckDirection.Backward
            ? (before.Metadata?.VersionText ?? "the previous version", after.Metadata?.VersionText ?? "this version")
            : (after.Metadata?.VersionText ?? "this version", before.Metadata?.VersionText ?? "the previous version");
        var why = finding.Counterexample is { } counterexample
            ? $"for example {counterexample} is refused by '{finding.Keyword}' at {finding.Path} ({finding.Message})"
            : $"'{finding.Keyword}' at {finding.Path}: {finding.Message}";
        var more = readers.Findings.Count > 1 ? $"; {readers.Findings.Count - 1} more finding(s) in 'compat' or --format json" : string.Empty;
        Report(findings, RuleCatalog.ReaderBreakingChange, after, PointerOf(finding.Path),
            $"the registry accepts this under {level.ToRegistryName()}, but messages valid under {writer} fail under {reader}: {why}{more}. Create {next} at {(after.Path.Major ?? 1) + 1}.0.0 instead, and deprecate this one");
    }

    private static string NextMajor(SchemaDocument after) =>
        after.Topic is { } topic ? $"'{SchemaPath.ForTopic(topic.WithMajor(topic.Major + 1))}' (topic '{topic.WithMajor(topic.Major + 1)}')" : $"a '.v{(after.Path.Major ?? 1) + 1}.json' file";

    // ONEX101 and ONEX102: consumers learn what changed from the version; a compatible change in what validates is a minor.
    private static void CheckCompatibleBump(SchemaDocument after, SemanticVersion oldVersion, SemanticVersion newVersion, CompatibilityResult result, List<Diagnostic> findings)
    {
        var first = result.Edits.First(edit => !ChangeVocabulary.IsAnnotationOnly(edit.Type));
        var wanted = oldVersion.NextMinor;
        if (newVersion.CompareTo(oldVersion) == 0)
        {
            Report(findings, RuleCatalog.VersionNotBumped, after, "/x-onex/version",
                $"the schema changed ({first}) but its version is still {oldVersion}; set it to {wanted}");
        }
        else if (newVersion.Minor == oldVersion.Minor)
        {
            Report(findings, RuleCatalog.MinorBumpRequired, after, "/x-onex/version",
                $"{oldVersion} -> {newVersion} is a patch bump, but the change ({first}) alters what the schema accepts; set it to {wanted}");
        }
    }

    // ONEX105: a skipped number makes readers look for a version that never existed.
    private static void CheckStep(SchemaDocument after, SemanticVersion oldVersion, SemanticVersion newVersion, List<Diagnostic> findings)
    {
        if (newVersion.CompareTo(oldVersion) <= 0)
        {
            return;
        }

        var nextPatch = oldVersion.NextPatch;
        var nextMinor = oldVersion.NextMinor;
        var core = newVersion.Core;
        if (core != nextPatch && core != nextMinor)
        {
            Report(findings, RuleCatalog.VersionSkipped, after, "/x-onex/version",
                $"{oldVersion} -> {newVersion} skips versions; the next version is {nextPatch} (annotations) or {nextMinor} (compatible change)");
        }
    }

    private ChangedFile CheckAdded(SchemaDocument added, SchemaTree current, List<Diagnostic> findings)
    {
        var change = new ChangedFile(added.RelativePath, added.Topic, FileChangeKind.Added, null, added.Metadata?.VersionText, null, FileVerdict.Added, true);

        // ONEX106: a new major starts its own history at N.0.0.
        if (added.Version is { } version && added.Path.Major is { } major && (version.Major != major || version.Minor != 0 || version.Patch != 0))
        {
            Report(findings, RuleCatalog.NewMajorStartsAtZero, added, "/x-onex/version",
                $"a new '.v{major}' file starts at {major}.0.0, not {version}");
        }

        // ONEX108: the predecessor keeps serving its consumers, and says when it will stop.
        if (added.Path.Major is > 1 && PredecessorOf(added, current) is { } predecessor)
        {
            CheckPredecessorDeprecated(added, predecessor, current, findings);
        }

        return change;
    }

    private void CheckPredecessorDeprecated(SchemaDocument successor, SchemaDocument predecessor, SchemaTree current, List<Diagnostic> findings)
    {
        var window = WindowOf(predecessor, current);
        var earliest = _options.Today.AddDays(window);
        var metadata = predecessor.Metadata;
        if (metadata is null || !metadata.Deprecated || metadata.Sunset is null)
        {
            Report(findings, RuleCatalog.PredecessorDeprecated, predecessor, "/x-onex",
                $"'{successor.RelativePath}' supersedes this schema: set \"deprecated\": true and \"sunset\": \"{earliest:yyyy-MM-dd}\" (or later) in x-onex");
        }
        else if (metadata.Sunset < earliest)
        {
            Report(findings, RuleCatalog.PredecessorDeprecated, predecessor, "/x-onex/sunset",
                $"sunset {metadata.Sunset:yyyy-MM-dd} is sooner than the {window}-day deprecation window allows; set it to {earliest:yyyy-MM-dd} or later");
        }
    }

    private ChangedFile CheckRemoved(SchemaDocument removed, SchemaTree current, List<Diagnostic> findings)
    {
        var change = new ChangedFile(removed.RelativePath, removed.Topic, FileChangeKind.Removed, removed.Metadata?.VersionText, null, null, FileVerdict.Removed, true);
        var successor = SuccessorOf(removed, current);
        var sunset = removed.Metadata?.Sunset;

        // ONEX107: consumers still reading the old topic need the successor and the promised time to move.
        if (successor is null)
        {
            Report(findings, RuleCatalog.RemovedBeforeSunset, removed, "/x-onex",
                $"'{removed.RelativePath}' was removed without a successor; add the next major first and keep this file until its sunset date");
        }
        else if (sunset is null || sunset > _options.Today)
        {
            var when = sunset is null ? "it never declared a sunset date" : $"its sunset is {sunset:yyyy-MM-dd}";
            Report(findings, RuleCatalog.RemovedBeforeSunset, removed, "/x-onex",
                $"'{removed.RelativePath}' was removed before its sunset ({when}); keep it, deprecated, until then");
        }

        return change;
    }

    private static SchemaDocument? PredecessorOf(SchemaDocument document, SchemaTree tree) =>
        tree.FindDocument(document.Path.WithMajor(document.Path.Major!.Value - 1));

    private static SchemaDocument? SuccessorOf(SchemaDocument document, SchemaTree tree) =>
        tree.Documents.FirstOrDefault(candidate =>
            candidate.Path.Kind == document.Path.Kind
            && candidate.Path.Major > document.Path.Major
            && (document.Topic is { } topic
                ? candidate.Topic is { } other && other with { Major = topic.Major } == topic
                : candidate.Path.BaseName == document.Path.BaseName && Path.GetDirectoryName(candidate.RelativePath) == Path.GetDirectoryName(document.RelativePath)));

    private static CompatibilityLevel LevelOf(SchemaDocument document, SchemaTree tree) =>
        document.Topic is { } topic ? tree.Config.SettingsFor(topic).Compatibility : tree.Config.Defaults.Compatibility;

    private static int WindowOf(SchemaDocument document, SchemaTree tree) =>
        document.Topic is { } topic ? tree.Config.SettingsFor(topic).DeprecationWindowDays : tree.Config.Defaults.DeprecationWindowDays;

    // The registry writes paths as "#/properties/a"; findings want the JSON pointer "/properties/a".
    private static string PointerOf(string registryPath) => registryPath.StartsWith('#') ? registryPath[1..] : registryPath;

    private static void Report(List<Diagnostic> findings, RuleDescriptor rule, SchemaDocument document, string pointer, string message) =>
        findings.Add(Diagnostic.Create(rule, document.Locate(pointer), message, pointer));

    private static bool IsValidDraft7(SchemaDocument document) => !MetaSchemaCheck.Failures(global::Json.Schema.MetaSchemas.Draft7, document.Root).Any();
}
