using OnexSchemas.Diagnostics;
using OnexSchemas.Json;
using OnexSchemas.Model;

namespace OnexSchemas.Linting.Rules;

/// <summary>
/// ONEX004 to ONEX007: every <c>$ref</c> resolves inside the root without fetching anything, no chain of references
/// comes back on itself, and no chain is deeper than validators can follow. One walk serves the four rules, since they
/// judge the same resolution.
/// </summary>
public sealed class ReferenceRules : ILintRule
{
    /// <summary>
    /// The longest chain of references accepted. Event payloads need a handful; a longer chain is either generated
    /// nonsense or an attack on validators that follow references recursively.
    /// </summary>
    public const int MaxChainLength = 32;

    /// <inheritdoc />
    public RuleDescriptor Descriptor => RuleCatalog.UnresolvedReference;

    /// <inheritdoc />
    public IReadOnlyList<RuleDescriptor> Reports { get; } =
        [RuleCatalog.UnresolvedReference, RuleCatalog.RemoteReference, RuleCatalog.ReferenceOutsideRoot, RuleCatalog.ReferenceCycle];

    /// <inheritdoc />
    public void Check(LintContext context)
    {
        var sites = new List<ReferenceSite>();
        foreach (var document in context.Tree.Documents)
        {
            foreach (var schema in document.SubSchemas)
            {
                if (schema.Reference is not { } reference)
                {
                    continue;
                }

                var resolution = context.Resolver.Resolve(document, reference);
                if (!resolution.Succeeded)
                {
                    context.Report(resolution.FailedRule!, document, JsonPointerText.Append(schema.Pointer, "$ref"), resolution.Failure!);
                    context.MarkUnusable(document);
                    continue;
                }

                sites.Add(new ReferenceSite(sites.Count, document, schema.Pointer, reference, resolution.TargetDocument!, resolution.TargetPointer));
            }
        }

        var graph = new ReferenceGraph(sites);
        ReportCyclesAndDepth(graph, context);
        PropagateUnusable(sites, context);
    }

    // A document that refers into an unusable one cannot be evaluated either; it gets no finding of its own.
    private static void PropagateUnusable(List<ReferenceSite> sites, LintContext context)
    {
        bool changed;
        do
        {
            changed = false;
            foreach (var site in sites)
            {
                if (context.IsUnusable(site.Target) && !context.IsUnusable(site.Document))
                {
                    context.MarkUnusable(site.Document);
                    changed = true;
                }
            }
        }
        while (changed);
    }

    private static void ReportCyclesAndDepth(ReferenceGraph graph, LintContext context)
    {
        var sites = graph.Sites;
        var state = new byte[sites.Count]; // 0 unvisited, 1 on the path, 2 finished
        var depth = new int[sites.Count]; // longest chain starting at a finished site
        var reported = new HashSet<SchemaDocument>();
        var path = new List<int>();
        var cursors = new Stack<(int Site, int Next)>();

        foreach (var start in sites)
        {
            if (state[start.Index] != 0)
            {
                continue;
            }

            // An explicit stack: a chain of thousands of references must not exhaust the thread's stack.
            state[start.Index] = 1;
            path.Add(start.Index);
            cursors.Push((start.Index, 0));
            while (cursors.Count > 0)
            {
                var (site, next) = cursors.Pop();
                var successors = graph.Successors(site);
                if (next < successors.Count)
                {
                    cursors.Push((site, next + 1));
                    var successor = successors[next];
                    if (state[successor] == 0)
                    {
                        state[successor] = 1;
                        path.Add(successor);
                        cursors.Push((successor, 0));
                    }
                    else if (state[successor] == 1)
                    {
                        ReportCycle(sites, path, successor, site, reported, context);
                    }

                    continue;
                }

                var longest = 0;
                foreach (var successor in successors)
                {
                    if (state[successor] == 2)
                    {
                        longest = Math.Max(longest, depth[successor]);
                    }
                }

                depth[site] = longest + 1;
                state[site] = 2;
                path.RemoveAt(path.Count - 1);
                if (depth[site] == MaxChainLength + 1 && reported.Add(sites[site].Document))
                {
                    var at = sites[site];
                    context.Report(RuleCatalog.ReferenceCycle, at.Document, JsonPointerText.Append(at.Pointer, "$ref"),
                        $"$ref '{at.Reference}' starts a chain of more than {MaxChainLength} references; validators follow references recursively, so flatten the chain");
                    context.MarkUnusable(at.Document);
                }
            }
        }
    }

    private static void ReportCycle(IReadOnlyList<ReferenceSite> sites, List<int> path, int first, int closing, HashSet<SchemaDocument> reported, LintContext context)
    {
        var cycle = path.Skip(path.IndexOf(first)).Append(first).Select(index => sites[index]).ToList();
        var closingSite = sites[closing];
        foreach (var step in cycle)
        {
            context.MarkUnusable(step.Document);
        }

        if (reported.Add(closingSite.Document))
        {
            var chain = string.Join(" -> ", cycle.Take(16).Select(step => $"{step.Document.RelativePath}#{step.Pointer}"));
            context.Report(RuleCatalog.ReferenceCycle, closingSite.Document, JsonPointerText.Append(closingSite.Pointer, "$ref"),
                $"$ref '{closingSite.Reference}' closes a reference cycle: {chain}{(cycle.Count > 16 ? " -> ..." : string.Empty)}");
        }
    }

    private sealed record ReferenceSite(int Index, SchemaDocument Document, string Pointer, string Reference, SchemaDocument Target, string TargetPointer);

    /// <summary>A site leads to every site inside the schema its target names; sites are indexed by document and pointer.</summary>
    private sealed class ReferenceGraph
    {
        private readonly List<int>[] _successors;

        public ReferenceGraph(List<ReferenceSite> sites)
        {
            Sites = sites;
            var byDocument = sites
                .GroupBy(site => site.Document)
                .ToDictionary(group => group.Key, group => group.OrderBy(site => site.Pointer, StringComparer.Ordinal).ToArray());
            _successors = new List<int>[sites.Count];
            foreach (var site in sites)
            {
                var successors = new List<int>();
                if (byDocument.TryGetValue(site.Target, out var candidates))
                {
                    // Pointers starting with the target's form one run in ordinal order; those at or below it are in that run.
                    var start = LowerBound(candidates, site.TargetPointer);
                    for (var i = start; i < candidates.Length && candidates[i].Pointer.StartsWith(site.TargetPointer, StringComparison.Ordinal); i++)
                    {
                        if (IsAtOrBelow(candidates[i].Pointer, site.TargetPointer))
                        {
                            successors.Add(candidates[i].Index);
                        }
                    }
                }

                _successors[site.Index] = successors;
            }
        }

        public List<ReferenceSite> Sites { get; }

        public List<int> Successors(int site) => _successors[site];

        private static bool IsAtOrBelow(string pointer, string ancestor) =>
            pointer.StartsWith(ancestor, StringComparison.Ordinal) && (pointer.Length == ancestor.Length || pointer[ancestor.Length] == '/');

        private static int LowerBound(ReferenceSite[] sorted, string pointer)
        {
            int low = 0, high = sorted.Length;
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (string.CompareOrdinal(sorted[middle].Pointer, pointer) < 0)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            return low;
        }
    }
}
