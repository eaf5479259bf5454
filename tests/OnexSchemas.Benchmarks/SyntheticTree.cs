using System.Globalization;
using System.Text;
using OnexSchemas.Loading;

namespace OnexSchemas.Benchmarks;

/// <summary>
/// Builds a valid tree of any size in memory: request/response pairs and events across many domains, each schema
/// with nested objects, enums, formats, a local definition and two examples, like the repository's own.
/// </summary>
public static class SyntheticTree
{
    private const string BaseUri = "https://schemas.omninode.dev/";

    public static InMemorySchemaSource Create(int schemaCount)
    {
        var source = new InMemorySchemaSource("synthetic");
        var index = 0;
        while (index < schemaCount)
        {
            var domain = "domain" + (index / 30).ToString(CultureInfo.InvariantCulture);
            var operation = "operation" + index.ToString(CultureInfo.InvariantCulture);
            if (index % 3 == 2 || index + 1 == schemaCount)
            {
                Add(source, domain, "event", operation);
                index++;
            }
            else
            {
                Add(source, domain, "request", operation);
                Add(source, domain, "response", operation);
                index += 2;
            }
        }

        return source;
    }

    private static void Add(InMemorySchemaSource source, string domain, string pattern, string operation)
    {
        var path = $"events/{domain}/{pattern}/{operation}.v1.json";
        var topic = $"omninode.{domain}.{pattern}.{operation}.v1";
        var json = new StringBuilder();
        json.Append($$"""
            {
              "$schema": "http://json-schema.org/draft-07/schema#",
              "$id": "{{BaseUri}}{{path}}",
              "title": "{{operation}} {{pattern}}",
              "description": "Synthetic {{pattern}} for {{operation}} in {{domain}}.",
              "x-onex": {
                "topic": "{{topic}}",
                "version": "1.0.0",
                "owner": "svc-{{domain}}",
                "producers": ["svc-a"],
                "consumers": ["svc-b", "svc-c"]
              },
              "type": "object",
              "additionalProperties": false,
              "required": ["entity_id", "status", "score", "items", "created_at"],
              "properties": {
                "entity_id": { "type": "string", "format": "uuid", "description": "The entity." },
                "status": { "type": "string", "enum": ["pending", "running", "done", "failed"], "description": "Where it is." },
                "score": { "type": "number", "minimum": 0, "maximum": 1, "description": "A score from 0 to 1." },
                "created_at": { "type": "string", "format": "date-time", "description": "When it was created." },
                "labels": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 64 }, "maxItems": 32, "uniqueItems": true, "description": "Free labels." },
                "metrics": { "type": "object", "additionalProperties": { "type": "number" }, "description": "Named metrics." },
                "items": {
                  "type": "array",
                  "maxItems": 100,
                  "description": "The items.",
                  "items": { "$ref": "#/definitions/item" }
                }
              },
              "definitions": {
                "item": {
                  "type": "object",
                  "description": "One item.",
                  "additionalProperties": false,
                  "required": ["name", "count"],
                  "properties": {
                    "name": { "type": "string", "minLength": 1, "maxLength": 200, "description": "Its name." },
                    "count": { "type": "integer", "minimum": 0, "description": "How many." },
                    "location": {
                      "type": "object",
                      "description": "Where it is.",
                      "additionalProperties": false,
                      "required": ["line"],
                      "properties": {
                        "line": { "type": "integer", "minimum": 1, "description": "Line." },
                        "column": { "type": "integer", "minimum": 1, "description": "Column." }
                      }
                    }
                  }
                }
              },
              "examples": [
                { "entity_id": "3f2b8a4e-9c1d-4e6f-8a2b-5d7c9e0f1a2b", "status": "done", "score": 0.5, "items": [], "created_at": "2025-10-18T10:00:00.000Z" },
                {
                  "entity_id": "3f2b8a4e-9c1d-4e6f-8a2b-5d7c9e0f1a2c", "status": "running", "score": 0.93,
                  "created_at": "2025-10-18T10:00:00.000Z", "labels": ["a", "b"], "metrics": { "latency_ms": 12.5 },
                  "items": [ { "name": "x", "count": 3, "location": { "line": 4, "column": 2 } } ]
                }
              ]
            }
            """);
        source.Add(path, json.ToString());
    }
}
