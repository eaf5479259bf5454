namespace OnexSchemas.Compatibility.Model;

/// <summary>How a combined schema combines its subschemas.</summary>
internal enum CombinedCriterion
{
    /// <summary>Every subschema must match.</summary>
    AllOf,

    /// <summary>At least one subschema must match.</summary>
    AnyOf,

    /// <summary>Exactly one subschema must match.</summary>
    OneOf,
}
