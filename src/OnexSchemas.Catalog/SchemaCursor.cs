using System.Text.Json;
using OnexSchemas.Model;
using OnexSchemas.References;

namespace OnexSchemas.Catalog;

/// <summary>A schema together with the document it sits in, so that its <c>$ref</c>s resolve from the right file.</summary>
internal readonly record struct SchemaCursor(ReferenceResolver Resolver, SchemaDocument Document, JsonElement Schema)
{
    /// <summary>A schema of the same document.</summary>
    public SchemaCursor With(JsonElement schema) => this with { Schema = schema };

    /// <summary>
    /// The schema the <c>$ref</c>s lead to (itself without one). <paramref name="reference"/> names the last target
    /// followed, file and pointer, for cycle detection. A reference that does not resolve stays as it is: the linter
    /// reports it, and the catalog describes what it can.
    /// </summary>
    public SchemaCursor Resolve(out string? reference)
    {
        reference = null;
        var at = this;
        for (var hops = 0; hops < 32 && FieldTable.Text(at.Schema, "$ref") is { } target; hops++)
        {
            var resolution = Resolver.Resolve(at.Document, target);
            if (!resolution.Succeeded)
            {
                break;
            }

            at = at with { Document = resolution.TargetDocument!, Schema = resolution.TargetElement };
            reference = resolution.TargetDocument!.RelativePath + "#" + resolution.TargetPointer;
        }

        return at;
    }
}
