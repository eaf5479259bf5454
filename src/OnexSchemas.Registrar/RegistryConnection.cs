using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Confluent.SchemaRegistry;
using OnexSchemas.Compatibility;
using OnexSchemas.Registry;
using ConfluentSchema = Confluent.SchemaRegistry.Schema;

namespace OnexSchemas.Registrar;

/// <summary>
/// One schema registry, reached through Confluent.SchemaRegistry's <see cref="CachedSchemaRegistryClient"/> (the
/// client the services use), with the project's retries and error mapping around each call. The one request the
/// client cannot make, the compatibility check with <c>verbose=true</c> (whose messages say why a schema is
/// refused), goes over an <see cref="HttpClient"/> with the same credentials and trust.
/// </summary>
public sealed partial class RegistryConnection : IDisposable
{
    private readonly RegistryConnectionOptions _options;
    private readonly CachedSchemaRegistryClient _client;
    private readonly HttpClient _http;
    private readonly string[] _secrets;

    // Confluent.SchemaRegistry's own check of a custom CA compares the chain's issuer and nothing else (not the host
    // name), so before the client sends anything, one connection of the registrar's, which checks name and chain,
    // must have accepted the registry's certificate.
    private volatile bool _verifyTrust;

    /// <summary>Connects to the registry <paramref name="options"/> name; nothing is sent until the first call.</summary>
    public RegistryConnection(RegistryConnectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _secrets = options.Secrets().ToArray();
        DisplayUrl = CredentialMask.Url(options.Url);
        var (user, password) = options.UserInfo();
        if (options.BearerToken is not null && user is not null)
        {
            throw new ArgumentException("basic auth and a bearer token were both given; pass one", nameof(options));
        }

        var address = CredentialMask.WithoutUserInfo(options.Url);
        var config = new SchemaRegistryConfig
        {
            Url = address.ToString(),
            RequestTimeoutMs = (int)options.RequestTimeout.TotalMilliseconds,

            // The registrar retries (with its own backoff, connection failures included), so the client tries once:
            // its "retries" count attempts, and 0 makes none at all; with no wait, it returns a failure at once.
            MaxRetries = 1,
            RetriesWaitMs = 0,
            RetriesMaxWaitMs = 0,
        };
        if (user is not null)
        {
            config.BasicAuthCredentialsSource = AuthCredentialsSource.UserInfo;
            config.BasicAuthUserInfo = $"{user}:{password}";
        }

        System.Security.Cryptography.X509Certificates.X509Certificate2Collection? roots = null;
        if (options.CaCertificateFile is not null)
        {
            roots = CustomCaTrust.Load(options.CaCertificateFile);
            config.SslCaLocation = options.CaCertificateFile;
        }

        _client = options.BearerToken is null ? new CachedSchemaRegistryClient(config) : new CachedSchemaRegistryClient(config, new BearerTokenProvider(options.BearerToken));
        var handler = new SocketsHttpHandler();
        if (roots is not null)
        {
            handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, errors) => CustomCaTrust.Validate(certificate, errors, roots);
        }

        // With a trailing slash, so that the relative endpoints keep a path the registry sits under (https://gw/sr/).
        _http = new HttpClient(handler) { BaseAddress = new Uri(address.AbsoluteUri.TrimEnd('/') + "/"), Timeout = options.RequestTimeout };
        _verifyTrust = roots is not null;
        _http.DefaultRequestHeaders.Accept.ParseAdd("application/vnd.schemaregistry.v1+json");
        _http.DefaultRequestHeaders.Authorization = options.BearerToken is not null
            ? new AuthenticationHeaderValue("Bearer", options.BearerToken)
            : user is not null ? new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}"))) : null;
    }

    /// <summary>The registry's address as it may be printed: no password or token in it.</summary>
    public string DisplayUrl { get; }

    /// <summary>The underlying client, for serializers that share its cache.</summary>
    public ISchemaRegistryClient Client => _client;

    /// <summary>Every live subject.</summary>
    public Task<List<string>> SubjectsAsync(CancellationToken cancellationToken = default) =>
        CallAsync("list subjects", () => _client.GetAllSubjectsAsync(), cancellationToken);

    /// <summary>The subject's own compatibility level, or null when it has none (it follows the global level).</summary>
    public async Task<CompatibilityLevel?> LevelAsync(string subject, CancellationToken cancellationToken = default)
    {
        try
        {
            var level = await CallAsync($"read the level of '{subject}'", () => _client.GetCompatibilityAsync(subject), cancellationToken);
            return level.FromConfluent();
        }
        catch (RegistryRequestException exception) when (exception.ErrorCode is 40401 or 40408)
        {
            return null;
        }
    }

    /// <summary>Sets the subject's compatibility level (<c>PUT /config/{subject}</c>).</summary>
    public Task SetLevelAsync(string subject, CompatibilityLevel level, CancellationToken cancellationToken = default) =>
        CallAsync($"set the level of '{subject}'", () => _client.UpdateCompatibilityAsync(level.ToConfluent(), subject), cancellationToken);

    /// <summary>Looks the schema up under the subject (<c>POST /subjects/{subject}</c>); deleted versions do not count.</summary>
    public async Task<RegistryLookup> LookupAsync(string subject, RegistrySchemaType type, string schema, CancellationToken cancellationToken = default)
    {
        try
        {
            var found = await CallAsync($"look up '{subject}'", () => _client.LookupSchemaAsync(subject, ToConfluent(type, schema), ignoreDeletedSchemas: true, normalize: false), cancellationToken);
            return new RegistryLookup(true, ToVersion(found));
        }
        catch (RegistryRequestException exception) when (exception.ErrorCode == 40401)
        {
            return new RegistryLookup(false, null);
        }
        catch (RegistryRequestException exception) when (exception.ErrorCode == 40403)
        {
            return new RegistryLookup(true, null);
        }
    }

    /// <summary>The registry's verbose verdict on the schema as the subject's next version.</summary>
    public Task<RegistryVerdict> CheckAsync(string subject, RegistrySchemaType type, string schema, CancellationToken cancellationToken = default) =>
        CallAsync($"check '{subject}'", async () =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"compatibility/subjects/{Uri.EscapeDataString(subject)}/versions/latest?verbose=true")
            {
                Content = new StringContent(SchemaBody(type, schema), Encoding.UTF8),
            };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.schemaregistry.v1+json");
            using var response = await _http.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw HttpFailure(response.StatusCode, body);
            }

            return ReadVerdict(body);
        }, cancellationToken);

    /// <summary>Registers the schema under the subject (<c>POST /subjects/{subject}/versions</c>) and returns its id.</summary>
    public Task<int> RegisterAsync(string subject, RegistrySchemaType type, string schema, CancellationToken cancellationToken = default) =>
        CallAsync($"register '{subject}'", () => _client.RegisterSchemaAsync(subject, ToConfluent(type, schema), normalize: false), cancellationToken);

    /// <summary>One version of the subject, the latest when <paramref name="version"/> is null; null when there is none.</summary>
    public async Task<RegistryVersion?> GetAsync(string subject, int? version, CancellationToken cancellationToken = default)
    {
        try
        {
            var found = version is { } number
                ? await CallAsync($"read '{subject}' version {number}", () => _client.GetRegisteredSchemaAsync(subject, number, ignoreDeletedSchemas: true), cancellationToken)
                : await CallAsync($"read the latest '{subject}'", () => _client.GetLatestSchemaAsync(subject), cancellationToken);
            return ToVersion(found);
        }
        catch (RegistryRequestException exception) when (exception.ErrorCode is 40401 or 40402)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _client.Dispose();
        _http.Dispose();
    }

    private static ConfluentSchema ToConfluent(RegistrySchemaType type, string schema) => type switch
    {
        RegistrySchemaType.Json => new ConfluentSchema(schema, [], SchemaType.Json),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    private static RegistryVersion? ToVersion(Confluent.SchemaRegistry.RegisteredSchema? found) =>
        found is null ? null : new RegistryVersion(found.Subject, found.Version, found.Id, found.SchemaType.ToString().ToUpperInvariant(), found.SchemaString);

    private static string SchemaBody(RegistrySchemaType type, string schema)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("schema", schema);
            json.WriteString("schemaType", type.ToRegistryName());
            json.WriteStartArray("references");
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static RegistryVerdict ReadVerdict(string body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        var compatible = root.TryGetProperty("is_compatible", out var flag) && flag.ValueKind == JsonValueKind.True;
        var messages = root.TryGetProperty("messages", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(message => message.ValueKind == JsonValueKind.String ? message.GetString()! : message.GetRawText()).ToList()
            : [];
        return new RegistryVerdict(compatible, messages);
    }

    private static Exception HttpFailure(HttpStatusCode status, string body)
    {
        int? code = null;
        var message = body;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                code = document.RootElement.TryGetProperty("error_code", out var value) && value.TryGetInt32(out var number) ? number : null;
                message = document.RootElement.TryGetProperty("message", out var text) ? text.GetString() ?? body : body;
            }
        }
        catch (JsonException)
        {
        }

        return new SchemaRegistryException(message, status, code ?? -1);
    }

    // Every call goes through here: transient failures are retried with backoff, and what is thrown is a
    // RegistryRequestException whose message has no secret in it.
    private async Task<T> CallAsync<T>(string what, Func<Task<T>> call, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            Exception failure;
            try
            {
                if (_verifyTrust)
                {
                    using var probe = await _http.GetAsync("subjects", HttpCompletionOption.ResponseHeadersRead, cancellationToken);
                    _verifyTrust = false;
                }

                return await call();
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception exception) when (exception is SchemaRegistryException or HttpRequestException or TaskCanceledException or TimeoutException)
            {
                failure = exception;
            }
            catch (Exception exception) when (IsUnreadableAnswer(exception))
            {
                throw new RegistryRequestException(RegistryFailureKind.Refused,
                    Scrub($"registry {DisplayUrl}: could not {what}: the answer is not a schema registry's JSON; is {DisplayUrl} a schema registry?"));
            }

            var mapped = Map(what, failure);
            if (mapped.Kind != RegistryFailureKind.Unavailable || IsTrustFailure(failure) || attempt >= _options.Retry.Attempts)
            {
                throw mapped;
            }

            await Task.Delay(_options.Retry.Delay(attempt), cancellationToken);
        }
    }

    private Task CallAsync(string what, Func<Task> call, CancellationToken cancellationToken) =>
        CallAsync<bool>(what, async () =>
        {
            await call();
            return true;
        }, cancellationToken);

    private RegistryRequestException Map(string what, Exception failure)
    {
        var prefix = $"registry {DisplayUrl}: could not {what}";
        switch (failure)
        {
            case SchemaRegistryException { Status: HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden } refused:
                return new RegistryRequestException(RegistryFailureKind.Unauthorized,
                    Scrub($"{prefix}: {(int)refused.Status} {refused.Status}: the registry refused the credentials{CredentialHint()}"), (int)refused.Status, refused.ErrorCode);
            case SchemaRegistryException { Status: HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests } or SchemaRegistryException { Status: >= HttpStatusCode.InternalServerError }:
                var busy = (SchemaRegistryException)failure;
                return new RegistryRequestException(RegistryFailureKind.Unavailable, Scrub($"{prefix}: {(int)busy.Status}: {busy.Message}"), (int)busy.Status, busy.ErrorCode);
            case SchemaRegistryException answered:
                return new RegistryRequestException(RegistryFailureKind.Refused, Scrub($"{prefix}: {answered.Message}"), (int)answered.Status, answered.ErrorCode);
            // The client turns a 401 without a JSON body into a bare "Unauthorized".
            case HttpRequestException request when request.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden || request.Message.Contains("Unauthorized", StringComparison.Ordinal):
                return new RegistryRequestException(RegistryFailureKind.Unauthorized, Scrub($"{prefix}: 401 Unauthorized: the registry refused the credentials{CredentialHint()}"), 401);
            case var _ when IsTrustFailure(failure):
                return new RegistryRequestException(RegistryFailureKind.Unavailable,
                    Scrub($"{prefix}: {Describe(failure)}; the registry's TLS certificate is not trusted here: pass its certificate authority with --registry-ca FILE (or {RegistryEnvironment.CaFile})"));
            default:
                return new RegistryRequestException(RegistryFailureKind.Unavailable, Scrub($"{prefix}: {Describe(failure)}"));
        }
    }

    // A 200 with an HTML page (a console, a login page) breaks the client's JSON reading (Newtonsoft) or ours.
    private static bool IsUnreadableAnswer(Exception exception) =>
        exception is JsonException or InvalidOperationException or FormatException
        || exception.GetType().FullName?.StartsWith("Newtonsoft.Json.", StringComparison.Ordinal) == true;

    // A certificate that is not trusted stays untrusted: retrying would only wait.
    private static bool IsTrustFailure(Exception failure) =>
        failure is HttpRequestException { InnerException: System.Security.Authentication.AuthenticationException }
        || failure.Message.Contains("SSL connection could not be established", StringComparison.Ordinal);

    private string CredentialHint() => _secrets.Length == 0 ? " (none were given)" : string.Empty;

    private string Scrub(string text) => CredentialMask.Scrub(text, _secrets);

    // The client aggregates its attempts as "[url] HttpRequestException: reason; …": keep the reasons.
    private static string Describe(Exception failure) => failure switch
    {
        TaskCanceledException or TimeoutException => "no answer in time",
        _ => ClientNoise().Replace(failure.Message, string.Empty).Trim().TrimEnd('.', ';'),
    };

    [GeneratedRegex(@"\[[a-z]+://[^\]]*\]\s*|\b\w+Exception:\s*")]
    private static partial Regex ClientNoise();
}
