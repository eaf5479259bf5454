namespace OnexSchemas.Compatibility.Model;

/// <summary>The number keywords the registry compares.</summary>
internal sealed class NumberFacet
{
    /// <summary><c>maximum</c>.</summary>
    public double? Maximum { get; set; }

    /// <summary><c>minimum</c>.</summary>
    public double? Minimum { get; set; }

    /// <summary>Numeric <c>exclusiveMaximum</c> (draft 6+); the draft-4 boolean form is ignored, as the registry ignores it.</summary>
    public double? ExclusiveMaximum { get; set; }

    /// <summary>Numeric <c>exclusiveMinimum</c> (draft 6+).</summary>
    public double? ExclusiveMinimum { get; set; }

    /// <summary><c>multipleOf</c> as a decimal, so 0.1 and 0.3 divide exactly.</summary>
    public decimal? MultipleOf { get; set; }

    /// <summary><c>"type": "integer"</c> rather than <c>number</c>.</summary>
    public bool RequiresInteger { get; set; }
}
