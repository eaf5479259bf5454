using System.Text.Json;
using System.Text.Json.Nodes;

namespace OnexSchemas.Compatibility.Redpanda;

/// <summary>
/// A schema as Redpanda holds it for comparison: every <c>$ref</c> rewritten to an absolute URI against the
/// <c>$id</c>s around it, and every bundled resource (a subschema with its own <c>$id</c>) indexed by that URI
/// reduced to scheme, host and path, the way Redpanda keys them.
/// </summary>
internal sealed class RedpandaDocument
{
    private readonly Dictionary<string, (string Pointer, RedpandaDialect Dialect)> _bundled;
    private readonly Dictionary<string, string> _written;
    private readonly Dictionary<string, RedpandaDocument?> _external = new(StringComparer.Ordinal);
    private readonly JsonElement _original;
    private readonly SchemaResolver? _resolver;
    private readonly RedpandaDocument? _referrer;
    private readonly string? _base;
    private bool _spellingsPending;
    private readonly Dictionary<string, string> _absolute = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (JsonElement, string?, RedpandaDocument)> _resolved = new(StringComparer.Ordinal);

    private RedpandaDocument(
        JsonElement root, RedpandaDialect dialect, Dictionary<string, (string, RedpandaDialect)> bundled,
        Dictionary<string, string> written, JsonElement original, SchemaResolver? resolver, RedpandaDocument? referrer, string? baseUri = null)
    {
        _base = baseUri;
        Root = root;
        Dialect = dialect;
        _bundled = bundled;
        _written = written;
        _original = original;
        _resolver = resolver;
        _referrer = referrer;
    }

    /// <summary>The rewritten document.</summary>
    public JsonElement Root { get; }

    /// <summary>The document's draft.</summary>
    public RedpandaDialect Dialect { get; }

    /// <summary>Reads a schema as Redpanda's parser does.</summary>
    /// <param name="schema">The schema.</param>
    /// <param name="resolver">Finds the documents other subjects hold, which Redpanda resolves references into.</param>
    /// <exception cref="RedpandaRefusal">The <c>$schema</c> is not a draft Redpanda knows.</exception>
    public static RedpandaDocument Load(JsonElement schema, SchemaResolver? resolver = null) => Load(schema, resolver, null, null);

    private static RedpandaDocument Load(JsonElement schema, SchemaResolver? resolver, string? retrievalUri, RedpandaDocument? referrer)
    {
        var dialect = RedpandaDialect.Draft202012;
        if (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$schema", out var declared))
        {
            dialect = (declared.ValueKind == JsonValueKind.String ? RedpandaDialects.FromUri(declared.GetString()!) : null)
                ?? throw RedpandaRefusal.Invalid($"Unsupported json schema dialect: '{declared.GetRawText()}'");
        }
        else if (schema.ValueKind == JsonValueKind.Object)
        {
            dialect = RedpandaDialects.Infer(schema);
        }

        var bundled = new Dictionary<string, (string, RedpandaDialect)>(StringComparer.Ordinal);
        var written = new Dictionary<string, string>(StringComparer.Ordinal);
        var rootKey = retrievalUri is not null ? RedpandaUri.IdKey(retrievalUri) : string.Empty;
        if (schema.ValueKind != JsonValueKind.Object)
        {
            bundled[rootKey] = (string.Empty, dialect);
            return new RedpandaDocument(schema, dialect, bundled, written, schema, resolver, referrer);
        }

        var rootBase = retrievalUri;
        if (schema.TryGetProperty(RedpandaDialects.IdKeyword(dialect), out var rootId) && rootId.ValueKind == JsonValueKind.String)
        {
            rootBase = RedpandaUri.Resolve(rootId.GetString()!, retrievalUri);
            rootKey = RedpandaUri.IdKey(rootBase);
        }

        bundled[rootKey] = (string.Empty, dialect);

        // Most documents have one base, their own id, and one dialect: their text names no $schema, $id or id below
        // the root. They are read as they are, their references made absolute when followed, and the spellings of
        // those references collected only if one leads to another document. Any other document is rewritten, as
        // Redpanda rewrites every one.
        if (!MentionsNestedly(schema, "\"$schema\""u8) && !MentionsNestedly(schema, "\"$id\""u8) && !MentionsNestedly(schema, "\"id\""u8))
        {
            return new RedpandaDocument(schema, dialect, bundled, written, schema, resolver, referrer, rootBase) { _spellingsPending = true };
        }

        var node = JsonSerializer.SerializeToNode(schema)!.AsObject();
        Collect(node, string.Empty, retrievalUri, dialect, bundled, written);
        return new RedpandaDocument(JsonSerializer.SerializeToElement(node), dialect, bundled, written, schema, resolver, referrer);
    }

    /// <summary>
    /// Resolutions already made in this document, keyed by the referring schema's text: the same text in the same
    /// document resolves the same way, and a merged <c>$ref</c> with siblings is built once.
    /// </summary>
    public Dictionary<string, (JsonElement Schema, string? Reference, RedpandaDocument Document)> Resolved => _resolved;

    /// <summary>A reference of this document as an absolute URI (as Redpanda rewrites it when it parses the schema).</summary>
    public string Absolute(string reference)
    {
        if (_base is null)
        {
            return reference;
        }

        if (!_absolute.TryGetValue(reference, out var absolute))
        {
            absolute = RedpandaUri.Resolve(reference, _base);
            _absolute[reference] = absolute;
        }

        return absolute;
    }

    /// <summary>
    /// The resource whose id key is <paramref name="idKey"/>: bundled in this document, or in a document another
    /// subject holds (found through the resolver with the reference as written), or in the document that referred
    /// here.
    /// </summary>
    public bool TryFind(string idKey, out RedpandaDocument document, out string pointer, out RedpandaDialect dialect)
    {
        for (var current = this; current is not null; current = current._referrer)
        {
            if (current._bundled.TryGetValue(idKey, out var found))
            {
                document = current;
                (pointer, dialect) = found;
                return true;
            }

            if (current.External(idKey) is { } external && external._bundled.TryGetValue(idKey, out var there))
            {
                document = external;
                (pointer, dialect) = there;
                return true;
            }
        }

        document = this;
        pointer = string.Empty;
        dialect = Dialect;
        return false;
    }

    private RedpandaDocument? External(string idKey)
    {
        if (_resolver is null)
        {
            return null;
        }

        if (_spellingsPending)
        {
            _spellingsPending = false;
            CollectSpellings(_original, _base, _written);
        }

        if (!_written.TryGetValue(idKey, out var reference))
        {
            return null;
        }

        if (!_external.TryGetValue(idKey, out var loaded))
        {
            loaded = _resolver(_original, reference) is { } target ? Load(target, _resolver, idKey, this) : null;
            _external[idKey] = loaded;
        }

        return loaded;
    }

    // Whether the text below the root holds the member name: a vectorised search of the raw bytes that may answer yes
    // for a name inside a string or an example (then the full scan decides), never no for a member that is there.
    private static bool MentionsNestedly(JsonElement root, ReadOnlySpan<byte> quotedName)
    {
        var name = System.Text.Encoding.UTF8.GetString(quotedName[1..^1]);
        return Model.RawText.Occurrences(root, quotedName) > (root.TryGetProperty(name, out _) ? 1 : 0);
    }

    // The spelling of every reference in a document read as it is (one base, so each resolves against it).
    private static void CollectSpellings(JsonElement value, string? baseUri, Dictionary<string, string> written)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                if (value.TryGetProperty("$ref", out var reference) && reference.ValueKind == JsonValueKind.String)
                {
                    Remember(reference.GetString()!, RedpandaUri.Resolve(reference.GetString()!, baseUri), written);
                }

                foreach (var member in value.EnumerateObject())
                {
                    CollectSpellings(member.Value, baseUri, written);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    CollectSpellings(item, baseUri, written);
                }

                break;
        }
    }

    // The resolver takes references as written; remember the spelling of each target document.
    private static void Remember(string written, string absolute, Dictionary<string, string> spellings)
    {
        var hash = written.IndexOf('#', StringComparison.Ordinal);
        if (hash != 0)
        {
            spellings.TryAdd(RedpandaUri.IdKey(absolute), hash < 0 ? written : written[..hash]);
        }
    }

    // Mirrors Redpanda's scan: every object is visited (not only subschemas), a $schema inside switches the
    // dialect, an id registers a resource, and each $ref is made absolute against the base in force.
    private static void Collect(
        JsonObject node, string pointer, string? baseUri, RedpandaDialect dialect,
        Dictionary<string, (string, RedpandaDialect)> bundled, Dictionary<string, string> written)
    {
        if (node.TryGetPropertyValue("$schema", out var declared))
        {
            var text = declared is JsonValue value && value.TryGetValue<string>(out var s) ? s : declared?.ToJsonString() ?? "null";
            dialect = RedpandaDialects.FromUri(text) ?? throw RedpandaRefusal.Invalid($"bundled schema without a known dialect: '{text}'");
        }

        if (node.TryGetPropertyValue(RedpandaDialects.IdKeyword(dialect), out var id) && id is JsonValue idValue && idValue.TryGetValue<string>(out var idText))
        {
            baseUri = RedpandaUri.Resolve(idText, baseUri);
            bundled[RedpandaUri.IdKey(baseUri)] = (pointer, dialect);
        }

        if (node.TryGetPropertyValue("$ref", out var reference) && reference is JsonValue refValue && refValue.TryGetValue<string>(out var refText))
        {
            var absolute = RedpandaUri.Resolve(refText, baseUri);
            node["$ref"] = absolute;
            Remember(refText, absolute, written);
        }

        foreach (var (name, child) in node.ToList())
        {
            var at = pointer + "/" + Model.JsonPointer.Escape(name);
            switch (child)
            {
                case JsonObject inner:
                    Collect(inner, at, baseUri, dialect, bundled, written);
                    break;
                case JsonArray array:
                    for (var i = 0; i < array.Count; i++)
                    {
                        if (array[i] is JsonObject item)
                        {
                            Collect(item, at + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), baseUri, dialect, bundled, written);
                        }
                    }

                    break;
            }
        }
    }
}
