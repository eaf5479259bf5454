using System.Text.Json;
using OnexSchemas.Diagnostics;
using OnexSchemas.Model;
using OnexSchemas.Naming;

namespace OnexSchemas.Linting.Rules;

/// <summary>
/// ONEX009 and ONEX010: the topic a schema declares in <c>x-onex.topic</c> is well-formed and is the one its path
/// names, so that renaming a file cannot silently move a schema to another topic.
/// </summary>
public sealed class TopicIdentityRule : DocumentRule
{
    private const string Pointer = "/x-onex/topic";

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleCatalog.TopicMatchesPath;

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> Reports { get; } = [RuleCatalog.TopicMatchesPath, RuleCatalog.TopicNaming];

    /// <inheritdoc />
    protected override bool AppliesTo(SchemaDocument document) => document.Metadata is not null;

    /// <inheritdoc />
    protected override void CheckDocument(SchemaDocument document, LintContext context)
    {
        var declared = document.Metadata!.Topic;
        if (declared is null)
        {
            return; // a topic schema without x-onex.topic is ONEX014's finding
        }

        if (document.Path.Kind == SchemaFileKind.Common)
        {
            context.Report(RuleCatalog.TopicMatchesPath, document, Pointer,
                $"'{document.RelativePath}' is a shared schema but declares topic '{declared}'; topic schemas live under 'events/'");
            return;
        }

        if (!TopicName.TryParse(declared, context.Tree.Config.Namespace, out var topic, out var error))
        {
            context.Report(RuleCatalog.TopicNaming, document, Pointer, $"topic {error}");
            return;
        }

        if (document.Topic is { } fromPath && fromPath != topic)
        {
            context.Report(RuleCatalog.TopicMatchesPath, document, Pointer,
                $"declares topic '{topic}' but its path names '{fromPath}'; move the file to '{SchemaPath.ForTopic(topic!)}' or fix the topic");
        }
    }
}
