using OnexSchemas.Diagnostics;
using OnexSchemas.Json;
using OnexSchemas.Model;
using OnexSchemas.Schemas;

namespace OnexSchemas.Linting.Rules;

/// <summary>
/// ONEX026: every member of a schema object is a draft-07 keyword or a vendor extension (<c>x-…</c>). A validator
/// ignores a word it does not know, so without this rule <c>"requried"</c> validates clean, every member turns
/// nullable in the generated code, and the compatibility check then reports the typo as a loosened schema.
/// </summary>
public sealed class KnownKeywordsRule : DocumentRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleCatalog.KnownKeywords;

    /// <inheritdoc />
    protected override void CheckDocument(SchemaDocument document, LintContext context)
    {
        foreach (var schema in document.SubSchemas)
        {
            foreach (var member in schema.Element.EnumerateObject())
            {
                if (SchemaVocabulary.IsAllowedKeyword(member.Name))
                {
                    continue;
                }

                var pointer = JsonPointerText.Append(schema.Pointer, member.Name);
                if (SchemaVocabulary.ForeignKeywords.TryGetValue(member.Name, out var explanation))
                {
                    if (explanation is not null)
                    {
                        context.Report(Descriptor, document, pointer, $"'{member.Name}' is not a draft-07 keyword: it is {explanation}");
                    }

                    continue;
                }

                var hint = SchemaVocabulary.SuggestKeyword(member.Name) is { } meant
                    ? $"did you mean '{meant}'?"
                    : $"vendor extensions start with '{SchemaVocabulary.ExtensionPrefix}'";
                context.Report(Descriptor, document, pointer, $"unknown keyword '{member.Name}', which validators ignore; {hint}");
            }
        }
    }
}
