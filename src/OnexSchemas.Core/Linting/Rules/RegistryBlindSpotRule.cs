using OnexSchemas.Diagnostics;
using OnexSchemas.Json;
using OnexSchemas.Model;

namespace OnexSchemas.Linting.Rules;

/// <summary>
/// ONEX021: constructs whose changes the schema registry's JSON compatibility check does not see. A schema using
/// them could pass the registry's check and still break consumers, so the tree keeps them out.
/// </summary>
public sealed class RegistryBlindSpotRule : DocumentRule
{
    private static readonly (string Keyword, string Why)[] Unsupported =
    [
        ("unevaluatedProperties", "the registry does not compare 'unevaluatedProperties'"),
        ("unevaluatedItems", "the registry does not compare 'unevaluatedItems'"),
        ("dependentSchemas", "the registry does not compare 'dependentSchemas'"),
        ("if", "the registry does not compare 'if'/'then'/'else' branches"),
        ("then", "the registry does not compare 'if'/'then'/'else' branches"),
        ("else", "the registry does not compare 'if'/'then'/'else' branches"),
    ];

    private static readonly string[] Combinators = ["oneOf", "anyOf", "allOf"];

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleCatalog.RegistryBlindSpot;

    /// <inheritdoc />
    protected override void CheckDocument(SchemaDocument document, LintContext context)
    {
        foreach (var schema in document.SubSchemas)
        {
            foreach (var (keyword, why) in Unsupported)
            {
                if (schema.Element.TryGetProperty(keyword, out _))
                {
                    context.Report(Descriptor, document, JsonPointerText.Append(schema.Pointer, keyword), $"'{keyword}': {why}, so its changes would pass unchecked");
                }
            }

            var present = Combinators.Where(name => schema.Element.TryGetProperty(name, out _)).ToArray();
            if (present.Length > 1)
            {
                context.Report(Descriptor, document, JsonPointerText.Append(schema.Pointer, present[1]),
                    $"one schema object combines {string.Join(" and ", present)}; the registry compares only one combinator per schema, so split them into nested schemas");
            }
        }
    }
}
