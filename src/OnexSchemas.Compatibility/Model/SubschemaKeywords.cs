namespace OnexSchemas.Compatibility.Model;

/// <summary>
/// Which members of a schema object hold schemas, for walks over a whole document (the <c>$id</c> index, the
/// unresolved-reference search): instance values are skipped, and maps of schemas hold schemas as their values.
/// </summary>
internal static class SubschemaKeywords
{
    /// <summary>Members whose values are instances, not schemas: an <c>$id</c> or <c>$ref</c> inside them is data.</summary>
    public static bool HoldsInstances(string keyword) => keyword is "enum" or "const" or "examples" or "default" or "x-onex";

    /// <summary>Members that map names to schemas (<c>properties</c>, <c>definitions</c>, ...).</summary>
    public static bool IsSchemaMap(string keyword) =>
        keyword is "properties" or "patternProperties" or "definitions" or "$defs" or "dependencies" or "dependentSchemas";
}
