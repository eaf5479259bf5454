using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OnexSchemas.Compatibility;

namespace OnexSchemas.Registry.Server;

/// <summary>
/// The local schema registry: Confluent's Schema Registry REST API, as Redpanda serves it, on loopback. Its
/// compatibility verdicts are the OnexSchemas checker's registry verdict under the configured profile, so the local
/// registry and <c>check --against</c> agree by construction.
/// </summary>
public sealed class LocalRegistry : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly RegistryStore _store;
    private readonly LocalRegistryOptions _options;
    private readonly CompatibilityChecker _checker;
    private long _requests;
    private long _writes;

    private LocalRegistry(WebApplication app, RegistryStore store, LocalRegistryOptions options)
    {
        _app = app;
        _store = store;
        _options = options;
        _checker = new CompatibilityChecker(profile: options.Profile);
    }

    /// <summary>Where the registry listens, for example <c>http://127.0.0.1:8081/</c>.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>Requests answered since start, for tests that check what a client sent.</summary>
    public long RequestCount => Interlocked.Read(ref _requests);

    /// <summary>Requests that changed state (a new version, a level set) since start.</summary>
    public long WriteCount => Interlocked.Read(ref _writes);

    /// <summary>Opens the store and starts listening on loopback.</summary>
    public static async Task<LocalRegistry> StartAsync(LocalRegistryOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, options.Port);
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBytes;
        });
        var app = builder.Build();
        var registry = new LocalRegistry(app, RegistryStore.Open(options.DataDirectory), options);
        registry.Map();
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        registry.Address = new Uri(address.EndsWith('/') ? address : address + "/");
        return registry;
    }

    /// <summary>Stops listening and closes the store.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _store.Dispose();
    }

    private void Map()
    {
        _app.Use(async (context, next) =>
        {
            Interlocked.Increment(ref _requests);
            try
            {
                await next(context);
            }
            catch (RegistryError error)
            {
                await RegistryJson.Error(context.Response, error);
            }
            catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                await RegistryJson.Error(context.Response, new RegistryError(413, 413, $"Request body larger than {_options.MaxRequestBytes} bytes"));
            }
        });

        _app.MapGet("/subjects", (HttpContext context) => Write(context, 200, json =>
        {
            json.WriteStartArray();
            foreach (var subject in _store.Subjects(Flag(context, "deleted")))
            {
                json.WriteStringValue(subject);
            }

            json.WriteEndArray();
        }));
        _app.MapGet("/schemas/types", (HttpContext context) => Write(context, 200, json =>
        {
            json.WriteStartArray();
            foreach (var type in RegistrySchemaTypes.All)
            {
                json.WriteStringValue(type.ToRegistryName());
            }

            json.WriteEndArray();
        }));

        // The .NET serializers ask which subject a topic is associated with before falling back to {topic}-value.
        _app.MapGet("/associations/resources/{ns}/{name}", (HttpContext context) => Write(context, 200, json =>
        {
            json.WriteStartArray();
            json.WriteEndArray();
        }));
        _app.MapGet("/schemas/ids/{id}", GetSchemaById);
        _app.MapGet("/subjects/{subject}/versions", ListVersions);
        _app.MapGet("/subjects/{subject}/versions/{version}", GetVersion);
        _app.MapPost("/subjects/{subject}/versions", Register);
        _app.MapPost("/subjects/{subject}", Lookup);
        _app.MapPost("/compatibility/subjects/{subject}/versions/{version}", TestCompatibility);
        _app.MapGet("/config", (HttpContext context) => GetConfig(context, null));
        _app.MapGet("/config/{subject}", (HttpContext context, string subject) => GetConfig(context, Unescape(subject)));
        _app.MapPut("/config", (HttpContext context) => PutConfig(context, null));
        _app.MapPut("/config/{subject}", (HttpContext context, string subject) => PutConfig(context, Unescape(subject)));
    }

    private Task GetSchemaById(HttpContext context, string id)
    {
        var schema = int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? _store.Schema(number) : null;
        if (schema is null)
        {
            throw RegistryError.SchemaIdNotFound(number);
        }

        return Write(context, 200, json =>
        {
            json.WriteStartObject();
            RegistryJson.SchemaFields(json, schema);
            json.WriteEndObject();
        });
    }

    private Task ListVersions(HttpContext context, string subject)
    {
        var name = Unescape(subject);
        var versions = _store.Versions(name, Flag(context, "deleted"));
        if (versions.Count == 0)
        {
            throw RegistryError.SubjectNotFound(name);
        }

        return Write(context, 200, json =>
        {
            json.WriteStartArray();
            foreach (var version in versions)
            {
                json.WriteNumberValue(version.Version);
            }

            json.WriteEndArray();
        });
    }

    private Task GetVersion(HttpContext context, string subject, string version)
    {
        var found = Resolve(Unescape(subject), version, Flag(context, "deleted"));
        return WriteVersion(context, found);
    }

    private async Task Register(HttpContext context, string subject)
    {
        var name = Unescape(subject);
        var (type, text, document) = SchemaIntake.Read(await Body(context), Flag(context, "normalize"), _options.Profile);
        using (document)
        {
            var (id, _, created) = _store.Register(name, type, text, earlier => Admit(name, earlier, document.RootElement));
            if (created)
            {
                Interlocked.Increment(ref _writes);
            }

            // Redpanda answers with the id alone.
            await Write(context, 200, json =>
            {
                json.WriteStartObject();
                json.WriteNumber("id", id);
                json.WriteEndObject();
            });
        }
    }

    private async Task Lookup(HttpContext context, string subject)
    {
        var name = Unescape(subject);
        var deleted = Flag(context, "deleted");
        var versions = _store.Versions(name, deleted);
        if (versions.Count == 0)
        {
            throw RegistryError.SubjectNotFound(name);
        }

        var (type, text, document) = SchemaIntake.Read(await Body(context), Flag(context, "normalize"), _options.Profile);
        document.Dispose();
        var schema = _store.SchemaByContent(type, text) ?? throw RegistryError.SchemaNotFound();
        var version = versions.LastOrDefault(candidate => candidate.SchemaId == schema.Id) ?? throw RegistryError.SchemaNotFound();
        await WriteVersion(context, version);
    }

    private async Task TestCompatibility(HttpContext context, string subject, string version)
    {
        var name = Unescape(subject);
        var against = Resolve(name, version, includeDeleted: false);
        var verbose = Flag(context, "verbose");
        var (_, _, document) = SchemaIntake.Read(await Body(context), Flag(context, "normalize"), _options.Profile);
        using (document)
        {
            var previous = _store.Schema(against.SchemaId)!;
            using var previousDocument = JsonDocument.Parse(previous.Text);
            var result = _checker.Check([previousDocument.RootElement], document.RootElement, LevelOf(name));
            await Write(context, 200, json =>
            {
                json.WriteStartObject();
                json.WriteBoolean("is_compatible", result.IsCompatible);
                if (verbose)
                {
                    json.WriteStartArray("messages");
                    foreach (var message in result.Messages)
                    {
                        json.WriteStringValue(message);
                    }

                    json.WriteEndArray();
                }

                json.WriteEndObject();
            });
        }
    }

    private Task GetConfig(HttpContext context, string? subject)
    {
        var level = subject is null
            ? _store.Level(null) ?? CompatibilityLevel.Backward.ToRegistryName()
            : _store.Level(subject) ?? (Flag(context, "defaultToGlobal") ? _store.Level(null) ?? CompatibilityLevel.Backward.ToRegistryName() : throw RegistryError.NoSubjectLevel(subject));
        return Write(context, 200, json =>
        {
            json.WriteStartObject();
            json.WriteString("compatibilityLevel", level);
            json.WriteEndObject();
        });
    }

    private async Task PutConfig(HttpContext context, string? subject)
    {
        string? text = null;
        try
        {
            using var request = JsonDocument.Parse(await Body(context));
            text = request.RootElement.ValueKind == JsonValueKind.Object && request.RootElement.TryGetProperty("compatibility", out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;
        }
        catch (JsonException)
        {
        }

        if (!CompatibilityLevels.TryParseRegistryName(text, out var level))
        {
            throw RegistryError.InvalidLevel(text);
        }

        _store.SetLevel(subject, level.ToRegistryName());
        Interlocked.Increment(ref _writes);
        await Write(context, 200, json =>
        {
            json.WriteStartObject();
            json.WriteString("compatibility", level.ToRegistryName());
            json.WriteEndObject();
        });
    }

    // Runs inside the store's transaction: the update is judged against the versions it will follow.
    private void Admit(string subject, IReadOnlyList<StoredVersion> earlier, JsonElement update)
    {
        if (earlier.Count == 0)
        {
            return;
        }

        var level = LevelOf(subject);
        var documents = earlier.Select(version => JsonDocument.Parse(_store.Schema(version.SchemaId)!.Text)).ToList();
        try
        {
            var result = _checker.Check(documents.Select(document => document.RootElement).ToList(), update, level);
            if (result.Refusal is { } refusal)
            {
                throw SchemaIntake.Invalid(_options.Profile, refusal.Message);
            }

            if (!result.IsCompatible)
            {
                throw RegistryError.Incompatible(subject, result.Messages);
            }
        }
        finally
        {
            foreach (var document in documents)
            {
                document.Dispose();
            }
        }
    }

    private CompatibilityLevel LevelOf(string subject) =>
        CompatibilityLevels.TryParseRegistryName(_store.Level(subject) ?? _store.Level(null), out var level) ? level : CompatibilityLevel.Backward;

    // "latest" and Redpanda's -1 name the newest version; anything else must be a version number.
    private StoredVersion Resolve(string subject, string version, bool includeDeleted)
    {
        var latest = version is "latest" or "-1";
        var number = 0;
        if (!latest && !(int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out number) && number >= 1))
        {
            throw RegistryError.InvalidVersion(version);
        }

        var versions = _store.Versions(subject, includeDeleted);
        if (versions.Count == 0)
        {
            throw RegistryError.SubjectNotFound(subject);
        }

        var found = latest ? versions.LastOrDefault(candidate => !candidate.Deleted) : versions.FirstOrDefault(candidate => candidate.Version == number);
        return found ?? throw RegistryError.VersionNotFound(version);
    }

    private Task WriteVersion(HttpContext context, StoredVersion version)
    {
        var schema = _store.Schema(version.SchemaId)!;
        return Write(context, 200, json =>
        {
            json.WriteStartObject();
            json.WriteString("subject", version.Subject);
            json.WriteNumber("version", version.Version);
            json.WriteNumber("id", schema.Id);
            RegistryJson.SchemaFields(json, schema);
            json.WriteEndObject();
        });
    }

    private static Task Write(HttpContext context, int status, Action<Utf8JsonWriter> write) => RegistryJson.Write(context.Response, status, write);

    // Clients send "True"/"False" (C#) as well as "true".
    private static bool Flag(HttpContext context, string name) =>
        context.Request.Query.TryGetValue(name, out var value) && bool.TryParse(value.ToString(), out var flag) && flag;

    private static string Unescape(string subject) => Uri.UnescapeDataString(subject);

    // Bodies are read whatever their content type: clients send application/vnd.schemaregistry.v1+json.
    private static async Task<byte[]> Body(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        return buffer.ToArray();
    }
}
