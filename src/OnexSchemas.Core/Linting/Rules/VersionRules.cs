using System.Text.Json;
using OnexSchemas.Diagnostics;
using OnexSchemas.Model;

namespace OnexSchemas.Linting.Rules;

/// <summary>
/// ONEX013 and ONEX012: <c>x-onex.version</c> is SemVer, and its major is the file's <c>.vN</c>: a breaking change
/// needs a new file and topic, never a bigger number in the old one.
/// </summary>
public sealed class VersionRules : DocumentRule
{
    private const string Pointer = "/x-onex/version";

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> Reports { get; } = [RuleCatalog.VersionMatchesMajor, RuleCatalog.SemanticVersionFormat];

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleCatalog.VersionMatchesMajor;

    /// <inheritdoc />
    protected override bool AppliesTo(SchemaDocument document) => document.Metadata?.VersionText is not null;

    /// <inheritdoc />
    protected override void CheckDocument(SchemaDocument document, LintContext context)
    {
        var metadata = document.Metadata!;
        if (metadata.Version is not { } version)
        {
            context.Report(RuleCatalog.SemanticVersionFormat, document, Pointer,
                $"version '{metadata.VersionText}' is not SemVer 2.0.0 (MAJOR.MINOR.PATCH, e.g. \"1.0.0\")");
            return;
        }

        if (document.Path.Major is { } major && version.Major != major)
        {
            context.Report(Descriptor, document, Pointer,
                $"version {version} has major {version.Major} but the file is '.v{major}'; a new major is a new file '.v{version.Major}.json' and a new topic");
        }
    }
}
