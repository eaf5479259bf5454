namespace OnexSchemas.Tests.Support;

/// <summary>
/// The one minimal tree every rule test starts from: a request topic, its response topic, a shared schema both
/// kinds of reference reach (by relative path and by local pointer), and a tree config with a domain and a topic
/// entry. It passes every rule; a test breaks exactly one thing in it.
/// </summary>
public static class ValidTree
{
    public const string BaseUri = "https://schemas.omninode.dev/";
    public const string ConfigPath = "onex-schemas.json";
    public const string SharedPath = "common/shared.v1.json";
    public const string RequestPath = "events/demo/request/ping.v1.json";
    public const string ResponsePath = "events/demo/response/ping.v1.json";
    public const string RequestTopic = "omninode.demo.request.ping.v1";
    public const string ResponseTopic = "omninode.demo.response.ping.v1";

    public static readonly string Config = """
        {
          "description": "Tree config of the test fixture.",
          "draft": "draft-07",
          "baseUri": "https://schemas.omninode.dev/",
          "namespace": "omninode",
          "defaults": {
            "partitions": 3,
            "replicationFactor": 1,
            "retentionMs": 604800000,
            "compatibility": "BACKWARD",
            "deprecationWindowDays": 182
          },
          "domains": {
            "demo": { "partitions": 6 }
          },
          "topics": {
            "omninode.demo.request.ping.v1": { "retentionMs": 3600000, "compatibility": "FULL" }
          }
        }

        """.ReplaceLineEndings("\n");

    public static readonly string Shared = """
        {
          "$schema": "http://json-schema.org/draft-07/schema#",
          "$id": "https://schemas.omninode.dev/common/shared.v1.json",
          "title": "Node reference",
          "description": "A reference to a node, shared by the demo topics.",
          "x-onex": {
            "version": "1.0.0",
            "owner": "team-core"
          },
          "type": "object",
          "additionalProperties": false,
          "required": ["id"],
          "properties": {
            "id": {
              "type": "string",
              "minLength": 1,
              "description": "Node identifier."
            }
          }
        }

        """.ReplaceLineEndings("\n");

    public static readonly string Request = """
        {
          "$schema": "http://json-schema.org/draft-07/schema#",
          "$id": "https://schemas.omninode.dev/events/demo/request/ping.v1.json",
          "title": "Ping request",
          "description": "Asks a node whether it is alive.",
          "x-onex": {
            "topic": "omninode.demo.request.ping.v1",
            "version": "1.2.0",
            "owner": "team-core",
            "producers": ["svc-caller"],
            "consumers": ["svc-node"]
          },
          "type": "object",
          "additionalProperties": false,
          "required": ["target"],
          "properties": {
            "target": {
              "$ref": "../../../common/shared.v1.json",
              "description": "The node to ping."
            },
            "count": {
              "type": "integer",
              "minimum": 0,
              "description": "How many pings to send."
            },
            "note": {
              "$ref": "#/definitions/note",
              "description": "A free-text note for the node's log."
            }
          },
          "definitions": {
            "note": {
              "type": "string",
              "maxLength": 200,
              "description": "Free text."
            }
          },
          "examples": [
            {
              "target": { "id": "node-1" },
              "count": 3
            }
          ]
        }

        """.ReplaceLineEndings("\n");

    public static readonly string Response = """
        {
          "$schema": "http://json-schema.org/draft-07/schema#",
          "$id": "https://schemas.omninode.dev/events/demo/response/ping.v1.json",
          "title": "Ping response",
          "description": "Answers a ping request.",
          "x-onex": {
            "topic": "omninode.demo.response.ping.v1",
            "version": "1.0.0",
            "owner": "team-core",
            "producers": ["svc-node"],
            "consumers": ["svc-caller"]
          },
          "type": "object",
          "additionalProperties": false,
          "required": ["alive"],
          "properties": {
            "alive": {
              "type": "boolean",
              "description": "True when the node answered."
            },
            "labels": {
              "type": "object",
              "additionalProperties": { "type": "string" },
              "description": "Free-form labels the node attached, keyed by name."
            }
          },
          "examples": [
            {
              "alive": true,
              "labels": { "zone": "eu-1" }
            }
          ]
        }

        """.ReplaceLineEndings("\n");

    /// <summary>A valid topic schema (the response's content) for another path and topic.</summary>
    public static string TopicSchema(string relativePath, string topic) => Response
        .Replace("\"" + BaseUri + ResponsePath + "\"", "\"" + BaseUri + relativePath + "\"", StringComparison.Ordinal)
        .Replace("\"" + ResponseTopic + "\"", "\"" + topic + "\"", StringComparison.Ordinal);

    /// <summary>A valid shared schema (the shared schema's content) for another path.</summary>
    public static string SharedSchema(string relativePath) => Shared
        .Replace("\"" + BaseUri + SharedPath + "\"", "\"" + BaseUri + relativePath + "\"", StringComparison.Ordinal);

    /// <summary>The files of the tree by root-relative path.</summary>
    public static IReadOnlyDictionary<string, string> Files { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [ConfigPath] = Config,
        [SharedPath] = Shared,
        [RequestPath] = Request,
        [ResponsePath] = Response,
    };
}
