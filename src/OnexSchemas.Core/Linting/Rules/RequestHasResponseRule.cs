using OnexSchemas.Diagnostics;
using OnexSchemas.Model;
using OnexSchemas.Naming;

namespace OnexSchemas.Linting.Rules;

/// <summary>ONEX018: a request nobody can answer on a known topic is a request whose caller waits forever.</summary>
public sealed class RequestHasResponseRule : ILintRule
{
    /// <inheritdoc />
    public RuleDescriptor Descriptor => RuleCatalog.RequestHasResponse;

    /// <inheritdoc />
    public void Check(LintContext context)
    {
        var topics = context.Tree.Topics.Select(topic => topic.Name).ToHashSet();
        foreach (var topic in context.Tree.Topics)
        {
            if (topic.Name.ResponseTopic is { } response && !topics.Contains(response))
            {
                context.ReportFile(Descriptor, topic.Document,
                    $"request topic '{topic.Name}' has no response topic; add '{SchemaPath.ForTopic(response)}' for '{response}'");
            }
        }
    }
}
