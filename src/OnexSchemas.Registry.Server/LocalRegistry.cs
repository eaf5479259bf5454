using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OnexSchemas.Registry.Server;

/// <summary>
/// The local schema registry: Confluent's Schema Registry REST API, as Redpanda serves it, on loopback. Its
/// compatibility verdicts are the OnexSchemas checker's registry verdict under the configured profile, so the local
/// registry and <c>check --against</c> agree by construction.
/// </summary>
public sealed partial class LocalRegistry : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly RegistryStore _store;
    private readonly LocalRegistryOptions _options;
    private readonly SchemaCache _cache;
    private readonly ReferenceLinker _linker;
    private long _requests;
    private long _writes;

    private LocalRegistry(WebApplication app, RegistryStore store, LocalRegistryOptions options)
    {
        _app = app;
        _store = store;
        _options = options;
        _cache = new SchemaCache(store);
        _linker = new ReferenceLinker(store, _cache);
    }

    /// <summary>Where the registry listens, for example <c>http://127.0.0.1:8081/</c>.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>Requests answered since start, for tests that check what a client sent.</summary>
    public long RequestCount => Interlocked.Read(ref _requests);

    /// <summary>Requests that changed state (a new version, a delete, a level or mode set) since start.</summary>
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
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            // A port in use, for example: release the store before the caller reports it.
            await app.DisposeAsync();
            registry._store.Dispose();
            throw;
        }

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
                RequireRegistryContent(context.Request);
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

        MapSubjects();
        MapSchemas();
        MapCompatibility();
        MapSettings();
    }

    private void Written() => Interlocked.Increment(ref _writes);

    // "latest" and Redpanda's -1 name the newest version; anything else must be a version number.
    private StoredVersion Resolve(string subject, string version, bool includeDeleted)
    {
        var number = VersionNumber(version);
        var versions = _store.Versions(subject, includeDeleted);
        if (versions.Count == 0)
        {
            throw RegistryError.SubjectNotFound(subject);
        }

        var found = number is null ? versions.LastOrDefault(candidate => !candidate.Deleted) : versions.FirstOrDefault(candidate => candidate.Version == number);
        return found ?? throw RegistryError.VersionNotFound(version);
    }

    // Null for the latest.
    private static int? VersionNumber(string version) =>
        version is "latest" or "-1" ? null
        : int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 ? number
        : throw RegistryError.InvalidVersion(version);

    private static Task Write(HttpContext context, int status, Action<Utf8JsonWriter> write) => RegistryJson.Write(context.Response, status, write);

    // Clients send "True"/"False" (C#) as well as "true".
    private static bool Flag(HttpContext context, string name) =>
        context.Request.Query.TryGetValue(name, out var value) && bool.TryParse(value.ToString(), out var flag) && flag;

    // Routing has decoded every escape but %2F, which would otherwise split the path: a subject may hold a '/'.
    private static string Unescape(string subject) => subject.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);

    // The content types Confluent's registry accepts. Anything else is refused (415), which also keeps a web page
    // from writing to a registry on the developer's loopback: a cross-site request without a preflight can only
    // send text/plain, a form, or no type.
    private static readonly string[] RegistryContentTypes =
        ["application/vnd.schemaregistry.v1+json", "application/vnd.schemaregistry+json", "application/json", "application/octet-stream"];

    private static void RequireRegistryContent(HttpRequest request)
    {
        var hasBody = request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0;
        if (request.ContentType is null ? !hasBody : RegistryContentTypes.Any(type => request.ContentType.StartsWith(type, StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        throw new RegistryError(415, 415, $"Unsupported content type '{request.ContentType ?? "(none)"}': send {RegistryContentTypes[0]}");
    }

    // Bodies are read whatever their content type: clients send application/vnd.schemaregistry.v1+json.
    private static async Task<byte[]> Body(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        return buffer.ToArray();
    }

    private async Task<SchemaSubmission> Submission(HttpContext context) =>
        SchemaIntake.Read(await Body(context), Flag(context, "normalize"), _options.Profile, _linker);
}
