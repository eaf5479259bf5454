using System.Text.Json;

namespace OnexSchemas.Compatibility.Model;

/// <summary>
/// The keywords of one schema object, read in a single pass so that loading never searches the same object twice.
/// Absent keywords stay <see cref="JsonValueKind.Undefined"/>.
/// </summary>
internal struct SchemaKeywords
{
    public JsonElement Ref, Enum, AllOf, AnyOf, OneOf, Not, Const, Type;
    public JsonElement Id, DraftFourId, Title, Description, Default;
    public JsonElement Properties, Required, MinProperties, MaxProperties, Dependencies, DependentRequired;
    public JsonElement DependentSchemas, PatternProperties, AdditionalProperties, UnevaluatedProperties;
    public JsonElement Items, PrefixItems, AdditionalItems, UnevaluatedItems, MinItems, MaxItems, UniqueItems;
    public JsonElement MinContains, MaxContains;
    public JsonElement Minimum, Maximum, ExclusiveMinimum, ExclusiveMaximum, MultipleOf;
    public JsonElement MinLength, MaxLength, Pattern;

    /// <summary>Keywords that make the registry's loader sniff an object schema when <c>type</c> is absent.</summary>
    public bool HasObjectKeywords;

    /// <summary>Keywords that make the loader sniff an array schema.</summary>
    public bool HasArrayKeywords;

    /// <summary>Keywords that make the loader sniff a number schema.</summary>
    public bool HasNumberKeywords;

    /// <summary>Keywords that make the loader sniff a string schema.</summary>
    public bool HasStringKeywords;

    /// <summary>Reads every keyword the comparison uses.</summary>
    /// <param name="schema">A JSON object.</param>
    /// <returns>The keywords.</returns>
    public static SchemaKeywords Read(JsonElement schema)
    {
        var k = default(SchemaKeywords);
        foreach (var member in schema.EnumerateObject())
        {
            var v = member.Value;
            switch (member.Name)
            {
                case "$ref": k.Ref = v; break;
                case "enum": k.Enum = v; break;
                case "allOf": k.AllOf = v; break;
                case "anyOf": k.AnyOf = v; break;
                case "oneOf": k.OneOf = v; break;
                case "not": k.Not = v; break;
                case "const": k.Const = v; break;
                case "type": k.Type = v; break;
                case "$id": k.Id = v; break;
                case "id": k.DraftFourId = v; break;
                case "title": k.Title = v; break;
                case "description": k.Description = v; break;
                case "default": k.Default = v; break;
                case "properties": k.Properties = v; k.HasObjectKeywords = true; break;
                case "required": k.Required = v; k.HasObjectKeywords = true; break;
                case "minProperties": k.MinProperties = v; k.HasObjectKeywords = true; break;
                case "maxProperties": k.MaxProperties = v; k.HasObjectKeywords = true; break;
                case "dependencies": k.Dependencies = v; k.HasObjectKeywords = true; break;
                case "dependentRequired": k.DependentRequired = v; k.HasObjectKeywords = true; break;
                case "dependentSchemas": k.DependentSchemas = v; k.HasObjectKeywords = true; break;
                case "patternProperties": k.PatternProperties = v; k.HasObjectKeywords = true; break;
                case "additionalProperties": k.AdditionalProperties = v; k.HasObjectKeywords = true; break;
                case "unevaluatedProperties": k.UnevaluatedProperties = v; k.HasObjectKeywords = true; break;
                case "propertyNames": k.HasObjectKeywords = true; break;
                case "items": k.Items = v; k.HasArrayKeywords = true; break;
                case "prefixItems": k.PrefixItems = v; k.HasArrayKeywords = true; break;
                case "additionalItems": k.AdditionalItems = v; k.HasArrayKeywords = true; break;
                case "unevaluatedItems": k.UnevaluatedItems = v; k.HasArrayKeywords = true; break;
                case "minItems": k.MinItems = v; k.HasArrayKeywords = true; break;
                case "maxItems": k.MaxItems = v; k.HasArrayKeywords = true; break;
                case "uniqueItems": k.UniqueItems = v; k.HasArrayKeywords = true; break;
                case "contains": k.HasArrayKeywords = true; break;
                case "minContains": k.MinContains = v; k.HasArrayKeywords = true; break;
                case "maxContains": k.MaxContains = v; k.HasArrayKeywords = true; break;
                case "minimum": k.Minimum = v; k.HasNumberKeywords = true; break;
                case "maximum": k.Maximum = v; k.HasNumberKeywords = true; break;
                case "exclusiveMinimum": k.ExclusiveMinimum = v; k.HasNumberKeywords = true; break;
                case "exclusiveMaximum": k.ExclusiveMaximum = v; k.HasNumberKeywords = true; break;
                case "multipleOf": k.MultipleOf = v; k.HasNumberKeywords = true; break;
                case "minLength": k.MinLength = v; k.HasStringKeywords = true; break;
                case "maxLength": k.MaxLength = v; k.HasStringKeywords = true; break;
                case "pattern": k.Pattern = v; k.HasStringKeywords = true; break;
                case "format": k.HasStringKeywords = true; break;
            }
        }

        return k;
    }
}
