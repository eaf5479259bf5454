using System.Diagnostics;
using System.Text.Json.Nodes;

namespace OnexSchemas.Governance.Tests.Support;

/// <summary>
/// A real git repository in a temporary folder holding a small, valid schema tree, so that governance tests go
/// through the same git commands CI does.
/// </summary>
public sealed class GitSandbox : IDisposable
{
    public const string EventPath = "schemas/events/billing/event/invoice_paid.v1.json";
    public const string EventV2Path = "schemas/events/billing/event/invoice_paid.v2.json";

    public GitSandbox()
    {
        Root = Path.Combine(Path.GetTempPath(), "onex-gov-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        Git("init", "--quiet", "--initial-branch=main");
        Git("config", "user.email", "tests@onex-schemas.invalid");
        Git("config", "user.name", "OnexSchemas tests");
        Git("config", "commit.gpgsign", "false");
        WriteConfig("BACKWARD");
        Write(EventPath, EventSchema(1, "1.0.0"));
        Commit("baseline");
    }

    public string Root { get; }

    public string SchemasRoot => Path.Combine(Root, "schemas");

    /// <summary>A valid topic schema: a closed object with a required id and amount, an optional note.</summary>
    public static JsonObject EventSchema(int major, string version) => new()
    {
        ["$schema"] = "http://json-schema.org/draft-07/schema#",
        ["$id"] = $"https://schemas.omninode.dev/events/billing/event/invoice_paid.v{major}.json",
        ["title"] = "Invoice paid",
        ["description"] = "An invoice was paid in full.",
        ["x-onex"] = new JsonObject
        {
            ["topic"] = $"omninode.billing.event.invoice_paid.v{major}",
            ["version"] = version,
            ["owner"] = "billing",
            ["producers"] = new JsonArray("billing"),
            ["consumers"] = new JsonArray("ledger"),
        },
        ["type"] = "object",
        ["additionalProperties"] = false,
        ["required"] = new JsonArray("invoice_id", "amount"),
        ["properties"] = new JsonObject
        {
            ["invoice_id"] = new JsonObject { ["type"] = "string", ["format"] = "uuid", ["description"] = "The invoice." },
            ["amount"] = new JsonObject { ["type"] = "number", ["minimum"] = 0, ["description"] = "The amount paid." },
            ["note"] = new JsonObject { ["type"] = "string", ["maxLength"] = 200, ["description"] = "A free note." },
        },
        ["examples"] = new JsonArray(new JsonObject { ["invoice_id"] = "3f2b8a4e-9c1d-4e6f-8a2b-5d7c9e0f1a2b", ["amount"] = 12.5 }),
    };

    public void WriteConfig(string compatibility) => Write("schemas/onex-schemas.json", new JsonObject
    {
        ["draft"] = "draft-07",
        ["baseUri"] = "https://schemas.omninode.dev/",
        ["defaults"] = new JsonObject { ["compatibility"] = compatibility, ["deprecationWindowDays"] = 182 },
    });

    public JsonObject Read(string relativePath) => JsonNode.Parse(File.ReadAllText(Path.Combine(Root, relativePath)))!.AsObject();

    public void Write(string relativePath, JsonObject json)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, json.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) + "\n");
    }

    /// <summary>Edits a schema file in place.</summary>
    public void Edit(string relativePath, Action<JsonObject> edit)
    {
        var json = Read(relativePath);
        edit(json);
        Write(relativePath, json);
    }

    public void Delete(string relativePath) => File.Delete(Path.Combine(Root, relativePath));

    /// <summary>The full SHA-1 of HEAD.</summary>
    public string HeadCommit() => Git("rev-parse", "HEAD").Trim();

    public void Commit(string message)
    {
        Git("add", "-A");
        Git("commit", "--quiet", "--allow-empty", "-m", message);
    }

    /// <summary>Runs <c>onex-schemas</c> in-process from the repository root, as a CI step would.</summary>
    public (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var previous = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = Root;
            var code = Cli.OnexCli.Run(args, output, error);
            return (code, output.ToString(), error.ToString());
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }

    public string Git(params string[] args) => OnexSchemas.Tests.Support.GitProcess.Run(Root, args);

    public void Dispose()
    {
        try
        {
            foreach (var file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
            {
                File.SetAttributes(file, FileAttributes.Normal); // git makes objects read-only
            }

            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
