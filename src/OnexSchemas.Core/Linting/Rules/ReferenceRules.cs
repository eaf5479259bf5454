using OnexSchemas.Diagnostics;
using OnexSchemas.Json;
using OnexSchemas.Model;

namespace OnexSchemas.Linting.Rules;

/// <summary>
/// ONEX004 to ONEX007: every <c>$ref</c> resolves inside the root without fetching anything, and no chain of
/// references comes back on itself. One walk serves the four rules, since they judge the same resolution.
/// </summary>
public sealed class ReferenceRules : ILintRule
{
    /// <inheritdoc />
    public RuleDescriptor Descriptor => RuleCatalog.UnresolvedReference;

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
                var pointer = JsonPointerText.Append(schema.Pointer, "$ref");
                if (!resolution.Succeeded)
                {
                    context.Report(resolution.FailedRule!, document, pointer, resolution.Failure!);
                    context.MarkUnusable(document);
                    continue;
                }

                sites.Add(new ReferenceSite(document, schema.Pointer, reference, resolution.TargetDocument!, resolution.TargetPointer));
            }
        }

        ReportCycles(sites, context);
    }

    private static void ReportCycles(List<ReferenceSite> sites, LintContext context)
    {
        // A site leads to every site inside the schema its target names; a cycle in that graph is a $ref cycle.
        var successors = sites.ToDictionary(site => site, site => sites.Where(site.LeadsTo).ToArray());
        var state = new Dictionary<ReferenceSite, bool>(); // false: on the path; true: finished
        var path = new List<ReferenceSite>();
        var reported = new HashSet<SchemaDocument>();

        foreach (var start in sites)
        {
            Visit(start);
        }

        void Visit(ReferenceSite site)
        {
            if (state.TryGetValue(site, out var finished))
            {
                if (!finished)
                {
                    var cycle = path.Skip(path.IndexOf(site)).Append(site).ToList();
                    var closing = cycle[^2];
                    if (reported.Add(closing.Document))
                    {
                        var chain = string.Join(" -> ", cycle.Select(step => $"{step.Document.RelativePath}#{step.Pointer}"));
                        context.Report(RuleCatalog.ReferenceCycle, closing.Document, JsonPointerText.Append(closing.Pointer, "$ref"),
                            $"$ref '{closing.Reference}' closes a reference cycle: {chain}");
                    }

                    foreach (var step in cycle)
                    {
                        context.MarkUnusable(step.Document);
                    }
                }

                return;
            }

            state[site] = false;
            path.Add(site);
            foreach (var next in successors[site])
            {
                Visit(next);
            }

            path.RemoveAt(path.Count - 1);
            state[site] = true;
        }
    }

    private sealed record ReferenceSite(SchemaDocument Document, string Pointer, string Reference, SchemaDocument Target, string TargetPointer)
    {
        public bool LeadsTo(ReferenceSite other) =>
            ReferenceEquals(other.Document, Target)
            && (other.Pointer == TargetPointer || other.Pointer.StartsWith(TargetPointer + "/", StringComparison.Ordinal));
    }
}
