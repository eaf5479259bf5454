namespace OnexSchemas.Model;

/// <summary>Why a schema object sits where it does; rules judge a property differently from a definition.</summary>
public enum SubSchemaRole
{
    /// <summary>The document root.</summary>
    Root,

    /// <summary>A member of <c>properties</c>.</summary>
    Property,

    /// <summary>A member of <c>patternProperties</c>.</summary>
    PatternProperty,

    /// <summary>The value schema of <c>additionalProperties</c>: a typed map's values.</summary>
    AdditionalProperties,

    /// <summary><c>items</c> (single or tuple), <c>additionalItems</c> or <c>contains</c>.</summary>
    Items,

    /// <summary>A member of <c>definitions</c> or <c>$defs</c>.</summary>
    Definition,

    /// <summary>A branch of <c>allOf</c>, <c>anyOf</c>, <c>oneOf</c>, or <c>not</c>.</summary>
    Combinator,

    /// <summary><c>if</c>, <c>then</c> or <c>else</c>.</summary>
    Conditional,

    /// <summary>Any other place a schema is allowed: <c>propertyNames</c>, <c>dependencies</c>.</summary>
    Other,
}
