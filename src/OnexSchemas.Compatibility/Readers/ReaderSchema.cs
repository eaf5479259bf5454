using System.Text.Json;

namespace OnexSchemas.Compatibility.Readers;

/// <summary>
/// One schema object as a validating reader sees it: every draft-07 assertion keyword, <c>$ref</c>s replaced by their
/// targets (so recursive schemas are cyclic graphs), annotations dropped. Unlike the registry's model it keeps
/// <c>format</c>, <c>propertyNames</c>, <c>contains</c>, <c>if</c>/<c>then</c>/<c>else</c> and every combinator,
/// because each of them can refuse a message.
/// </summary>
internal sealed class ReaderSchema
{
    /// <summary>Where the schema is, as a registry-style path (<c>#/properties/a</c>), for messages.</summary>
    public string Location { get; init; } = "#";

    /// <summary>The <c>$schema</c> of the document the schema was read from (empty when none): JSON-equal schemas of different drafts may mean different things.</summary>
    public string Dialect { get; init; } = string.Empty;

    /// <summary>The JSON the schema was read from.</summary>
    public JsonElement Source { get; init; }

    /// <summary>The root of the document <see cref="Source"/> is part of, where its <c>#</c> references point.</summary>
    public JsonElement DocumentRoot { get; init; }

    /// <summary>Whether that document has no nested <c>$id</c> or anchor, so every <c>#/…</c> reference is a pointer from its root.</summary>
    public bool DocumentHasOneBase { get; init; }

    /// <summary>The literal <c>false</c>, or a schema nothing satisfies.</summary>
    public bool IsFalse { get; set; }

    /// <summary>The <c>type</c> keyword's kinds; <see cref="InstanceTypes.All"/> when absent.</summary>
    public InstanceTypes Types { get; set; } = InstanceTypes.All;

    /// <summary>Whether a <c>type</c> keyword is present.</summary>
    public bool HasType { get; set; }

    /// <summary><c>enum</c>, or <c>const</c> as one value; null when neither is present.</summary>
    public JsonElement[]? Values { get; set; }

    /// <summary>Which keyword <see cref="Values"/> came from, for messages.</summary>
    public string ValuesKeyword { get; set; } = "enum";

    public int? MinLength { get; set; }
    public int? MaxLength { get; set; }
    public string? Pattern { get; set; }
    public string? Format { get; set; }

    public double? Minimum { get; set; }
    public double? Maximum { get; set; }
    public double? ExclusiveMinimum { get; set; }
    public double? ExclusiveMaximum { get; set; }

    /// <summary>Draft-04 <c>"exclusiveMinimum": true</c> beside <c>minimum</c>.</summary>
    public bool MinimumIsExclusive { get; set; }

    /// <summary>Draft-04 <c>"exclusiveMaximum": true</c> beside <c>maximum</c>.</summary>
    public bool MaximumIsExclusive { get; set; }

    public decimal? MultipleOf { get; set; }

    /// <summary><c>properties</c>, in document order.</summary>
    public List<KeyValuePair<string, ReaderSchema>>? Properties { get; set; }

    public HashSet<string>? Required { get; set; }
    public List<KeyValuePair<string, ReaderSchema>>? PatternProperties { get; set; }
    public ReaderSchema? AdditionalProperties { get; set; }
    public ReaderSchema? PropertyNames { get; set; }
    public int? MinProperties { get; set; }
    public int? MaxProperties { get; set; }
    public Dictionary<string, string[]>? DependentRequired { get; set; }
    public Dictionary<string, ReaderSchema>? DependentSchemas { get; set; }

    /// <summary><c>items</c> as one schema for every item.</summary>
    public ReaderSchema? Items { get; set; }

    /// <summary><c>items</c> as an array (a tuple), or 2020-12 <c>prefixItems</c>.</summary>
    public ReaderSchema[]? TupleItems { get; set; }

    /// <summary><c>additionalItems</c> (items past the tuple).</summary>
    public ReaderSchema? AdditionalItems { get; set; }

    public ReaderSchema? Contains { get; set; }
    public int? MinItems { get; set; }
    public int? MaxItems { get; set; }
    public bool UniqueItems { get; set; }

    public ReaderSchema[]? AllOf { get; set; }
    public ReaderSchema[]? AnyOf { get; set; }
    public ReaderSchema[]? OneOf { get; set; }
    public ReaderSchema? Not { get; set; }
    public ReaderSchema? If { get; set; }
    public ReaderSchema? Then { get; set; }
    public ReaderSchema? Else { get; set; }

    /// <summary>
    /// Assertion keywords this model does not follow (later drafts' <c>unevaluatedProperties</c>, <c>$dynamicRef</c>,
    /// <c>minContains</c>, a <c>$ref</c> that does not resolve...). A reader schema holding one is never proven to
    /// accept anything its writer does, unless both are the same JSON.
    /// </summary>
    public List<string>? Unmodeled { get; set; }

    /// <summary>
    /// Whether the schema's JSON holds no <c>$ref</c> anywhere, computed once: only then does JSON equality with
    /// another schema mean the same assertions (a <c>$ref</c> may resolve differently in the other document).
    /// </summary>
    public bool IsRefFree => _refFree ??= !ContainsRef(Source);

    private bool? _refFree;

    private static bool ContainsRef(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var member in element.EnumerateObject())
                {
                    if (member.NameEquals("$ref") || ContainsRef(member.Value))
                    {
                        return true;
                    }
                }

                return false;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (ContainsRef(item))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }

    /// <summary>The kinds the schema admits with its combinators folded in, once computed (see <see cref="WriterView"/>).</summary>
    public InstanceTypes? CachedTypes { get; set; }

    /// <summary><c>examples</c>, used as seeds for counterexamples.</summary>
    public JsonElement[]? Examples { get; set; }

    /// <summary>Accepts every instance: no assertion at all.</summary>
    public bool IsTrivial =>
        !IsFalse && Types == InstanceTypes.All && Values is null && MinLength is null && MaxLength is null && Pattern is null
        && Format is null && Minimum is null && Maximum is null && ExclusiveMinimum is null && ExclusiveMaximum is null
        && MultipleOf is null && Properties is null && Required is null && PatternProperties is null
        && AdditionalProperties is null && PropertyNames is null && MinProperties is null && MaxProperties is null
        && DependentRequired is null && DependentSchemas is null && Items is null && TupleItems is null
        && AdditionalItems is null && Contains is null && MinItems is null && MaxItems is null && !UniqueItems
        && AllOf is null && AnyOf is null && OneOf is null && Not is null && If is null && Unmodeled is null;

    /// <summary>The schema for property <paramref name="name"/> in <see cref="Properties"/>, if declared.</summary>
    public ReaderSchema? Property(string name)
    {
        if (Properties is null)
        {
            return null;
        }

        foreach (var pair in Properties)
        {
            if (string.Equals(pair.Key, name, StringComparison.Ordinal))
            {
                return pair.Value;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public override string ToString() => Location;
}
