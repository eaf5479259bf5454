using System;
using System.Collections.Generic;
using System.Linq;

namespace OnexSchemas.Schemas;

/// <summary>
/// The words a schema object of the tree may use: the draft-07 keywords, the seven type names, and the vendor
/// extension prefix. Validators ignore a word they do not know, so a misspelt keyword would drop its constraint in
/// silence (<c>"requried"</c> makes every member optional); the lint rule and the type-name messages read the
/// vocabulary from here.
/// </summary>
#if BUILDING_SOURCE_GENERATOR
internal
#else
public
#endif
static class SchemaVocabulary
{
    /// <summary>Members starting with this are vendor extensions (<c>x-onex</c> and any other), always allowed.</summary>
    public const string ExtensionPrefix = "x-";

    /// <summary>Every keyword of JSON Schema draft-07 (core, validation and the annotations of its meta-schema).</summary>
    public static IReadOnlyList<string> Draft7Keywords { get; } =
    [
        "$schema", "$id", "$ref", "$comment",
        "title", "description", "default", "readOnly", "writeOnly", "examples",
        "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum",
        "maxLength", "minLength", "pattern", "format", "contentMediaType", "contentEncoding",
        "additionalItems", "items", "maxItems", "minItems", "uniqueItems", "contains",
        "maxProperties", "minProperties", "required", "additionalProperties", "definitions", "properties",
        "patternProperties", "dependencies", "propertyNames",
        "const", "enum", "type",
        "if", "then", "else", "allOf", "anyOf", "oneOf", "not",
    ];

    // Asked once per member of every schema object of the tree.
    private static readonly HashSet<string> Draft7KeywordSet = new(Draft7Keywords, StringComparer.Ordinal);

    /// <summary>
    /// Keywords of other drafts and dialects that draft-07 ignores, with what to write in draft-07 instead (or null
    /// when another rule explains them).
    /// </summary>
    public static IReadOnlyDictionary<string, string?> ForeignKeywords { get; } = new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["$defs"] = "a 2019-09 keyword; draft-07 names it 'definitions'",
        ["$anchor"] = "a 2019-09 keyword; refer by JSON pointer or '$id' instead",
        ["$recursiveRef"] = "a 2019-09 keyword, which the tree does not use",
        ["$recursiveAnchor"] = "a 2019-09 keyword, which the tree does not use",
        ["$dynamicRef"] = "a 2020-12 keyword, which the tree does not use",
        ["$dynamicAnchor"] = "a 2020-12 keyword, which the tree does not use",
        ["$vocabulary"] = "a 2019-09 meta-schema keyword, which the tree does not use",
        ["dependentRequired"] = "a 2019-09 keyword; draft-07 writes it as 'dependencies' with an array of names",
        ["prefixItems"] = "a 2020-12 keyword; draft-07 writes it as 'items' with an array of schemas",
        ["minContains"] = "a 2019-09 keyword, which draft-07 does not have",
        ["maxContains"] = "a 2019-09 keyword, which draft-07 does not have",
        ["contentSchema"] = "a 2019-09 keyword, which draft-07 does not have",
        ["deprecated"] = "a 2019-09 annotation; a topic is deprecated with 'x-onex.deprecated'",
        ["id"] = "the draft-04 spelling of '$id'",
        ["nullable"] = "an OpenAPI keyword; allow null with \"type\": [\"...\", \"null\"]",
        // Explained by ONEX021 (registry-checkable), which names why the tree keeps them out.
        ["unevaluatedProperties"] = null,
        ["unevaluatedItems"] = null,
        ["dependentSchemas"] = null,
    };

    /// <summary>The primitive types of draft-07, in the meta-schema's order.</summary>
    public static IReadOnlyList<string> TypeNames { get; } = ["array", "boolean", "integer", "null", "number", "object", "string"];

    // Names programmers bring from their languages; edit distance alone would not find 'integer' for 'int'.
    private static readonly Dictionary<string, string> TypeAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["bool"] = "boolean", ["int"] = "integer", ["int32"] = "integer", ["int64"] = "integer", ["long"] = "integer",
        ["short"] = "integer", ["uint"] = "integer", ["float"] = "number", ["double"] = "number", ["decimal"] = "number",
        ["str"] = "string", ["text"] = "string", ["char"] = "string", ["uuid"] = "string", ["guid"] = "string",
        ["date"] = "string", ["datetime"] = "string", ["dict"] = "object", ["map"] = "object", ["record"] = "object",
        ["list"] = "array", ["tuple"] = "array", ["set"] = "array", ["none"] = "null", ["nil"] = "null",
    };

    /// <summary>Whether <paramref name="name"/> may appear as a member of a schema object of the tree.</summary>
    /// <param name="name">The member name.</param>
    /// <returns>True for draft-07 keywords and vendor extensions.</returns>
    public static bool IsAllowedKeyword(string name) =>
        name.StartsWith(ExtensionPrefix, StringComparison.Ordinal) || Draft7KeywordSet.Contains(name);

    /// <summary>The draft-07 keyword <paramref name="name"/> is probably a typo of, or null.</summary>
    /// <param name="name">The unknown member name.</param>
    /// <returns>The suggestion.</returns>
    public static string? SuggestKeyword(string name) => Text.NearestNames.Closest(name, Draft7Keywords);

    /// <summary>Whether <paramref name="name"/> is one of the seven type names.</summary>
    /// <param name="name">The value of a <c>type</c>.</param>
    /// <returns>True for a draft-07 type.</returns>
    public static bool IsTypeName(string name) => TypeNames.Contains(name, StringComparer.Ordinal);

    /// <summary>The type <paramref name="name"/> most likely means: a known alias (<c>bool</c>), then the nearest by spelling.</summary>
    /// <param name="name">The value of a <c>type</c> that is not a type name.</param>
    /// <returns>The suggestion, or null.</returns>
    public static string? SuggestType(string name) =>
        TypeAliases.TryGetValue(name, out var alias) ? alias : Text.NearestNames.Closest(name, TypeNames);
}
