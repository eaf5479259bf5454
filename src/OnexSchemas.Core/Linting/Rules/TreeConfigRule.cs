using OnexSchemas.Config;
using OnexSchemas.Diagnostics;
using OnexSchemas.Json;

namespace OnexSchemas.Linting.Rules;

/// <summary>ONEX024 (tree part): config entries for domains or topics the tree does not have are typos that silently do nothing.</summary>
public sealed class TreeConfigRule : ILintRule
{
    /// <inheritdoc />
    public RuleDescriptor Descriptor => RuleCatalog.TreeConfig;

    /// <inheritdoc />
    public void Check(LintContext context)
    {
        var file = context.Tree.ConfigFile;
        if (file is null)
        {
            return;
        }

        var config = context.Tree.Config;
        var domains = context.Tree.Topics.Select(topic => topic.Name.Domain).ToHashSet(StringComparer.Ordinal);
        var topics = context.Tree.Topics.Select(topic => topic.Name.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var domain in config.Domains.Keys.Where(domain => !domains.Contains(domain)))
        {
            var pointer = JsonPointerText.Append("/domains", domain);
            context.Report(Diagnostic.Create(Descriptor, file.Locate(pointer), $"domain '{domain}' has no topics in the tree", pointer));
        }

        foreach (var topic in config.Topics.Keys.Where(topic => !topics.Contains(topic)))
        {
            var pointer = JsonPointerText.Append("/topics", topic);
            context.Report(Diagnostic.Create(Descriptor, file.Locate(pointer), $"topic '{topic}' is not in the tree", pointer));
        }
    }
}
