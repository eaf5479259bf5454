using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Confluent.SchemaRegistry;
using OnexSchemas.Compatibility;
using OnexSchemas.Registry.Server;

namespace OnexSchemas.Registry.Tests;

/// <summary>
/// The local registry over real HTTP on loopback, driven by the real Confluent.SchemaRegistry client and by raw
/// requests for the status codes and bodies the client hides.
/// </summary>
public sealed class LocalRegistryTests : IAsyncLifetime
{
    private const string Subject = "omninode.demo.event.pinged.v1-value";
    private const string V1 = """{"$schema":"http://json-schema.org/draft-07/schema#","type":"object","properties":{"a":{"type":"string"}}}""";
    private const string V2 = """{"$schema":"http://json-schema.org/draft-07/schema#","type":"object","properties":{"a":{"type":"string"},"b":{"type":"integer"}}}""";
    private const string Breaking = """{"$schema":"http://json-schema.org/draft-07/schema#","type":"object","properties":{"a":{"type":"integer"}}}""";

    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("onex-local-registry-");
    private LocalRegistry _registry = null!;
    private CachedSchemaRegistryClient _client = null!;
    private readonly HttpClient _http = new();

    public async Task InitializeAsync()
    {
        _registry = await LocalRegistry.StartAsync(new LocalRegistryOptions { DataDirectory = _data.FullName, Port = 0 });
        _client = new CachedSchemaRegistryClient(new SchemaRegistryConfig { Url = _registry.Address.ToString() });
        _http.BaseAddress = _registry.Address;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        _http.Dispose();
        await _registry.DisposeAsync();
        _data.Delete(recursive: true);
    }

    [Fact]
    public async Task The_Confluent_client_registers_looks_up_and_reads_back_by_id()
    {
        var id = await _client.RegisterSchemaAsync(Subject, new Schema(V1, SchemaType.Json));
        var again = await _client.RegisterSchemaAsync(Subject, new Schema(V1.Replace(",", ", ", StringComparison.Ordinal), SchemaType.Json));
        var looked = await _client.LookupSchemaAsync(Subject, new Schema(V1, SchemaType.Json), ignoreDeletedSchemas: true);
        var byId = await _client.GetSchemaAsync(id);

        Assert.Equal(id, again);
        Assert.Equal(id, looked.Id);
        Assert.Equal(1, looked.Version);
        Assert.Equal(SchemaType.Json, byId.SchemaType);
        Assert.Equal(V1, byId.SchemaString);
        Assert.Equal([1], await _client.GetSubjectVersionsAsync(Subject));
        Assert.Contains(Subject, await _client.GetAllSubjectsAsync());
    }

    [Fact]
    public async Task A_compatible_update_is_a_new_version_and_identical_schemas_share_an_id_across_subjects()
    {
        var first = await _client.RegisterSchemaAsync(Subject, new Schema(V1, SchemaType.Json));
        var second = await _client.RegisterSchemaAsync(Subject, new Schema(V2, SchemaType.Json));
        var elsewhere = await _client.RegisterSchemaAsync("omninode.demo.event.other.v1-value", new Schema(V1, SchemaType.Json));

        Assert.NotEqual(first, second);
        Assert.Equal(first, elsewhere);
        Assert.Equal([1, 2], await _client.GetSubjectVersionsAsync(Subject));
        var latest = await _client.GetLatestSchemaAsync(Subject);
        Assert.Equal(2, latest.Version);
        Assert.Equal(second, latest.Id);
    }

    [Fact]
    public async Task An_incompatible_update_is_refused_with_409_and_the_checkers_messages()
    {
        await _client.RegisterSchemaAsync(Subject, new Schema(V1, SchemaType.Json));

        var refused = await Assert.ThrowsAsync<SchemaRegistryException>(() => _client.RegisterSchemaAsync(Subject, new Schema(Breaking, SchemaType.Json)));

        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Equal(409, refused.ErrorCode);
        Assert.Contains("TYPE_CHANGED", refused.Message, StringComparison.Ordinal);
        Assert.Contains("#/properties/a", refused.Message, StringComparison.Ordinal);
        Assert.Equal([1], await _client.GetSubjectVersionsAsync(Subject));
        Assert.False(await _client.IsCompatibleAsync(Subject, new Schema(Breaking, SchemaType.Json)));
        Assert.True(await _client.IsCompatibleAsync(Subject, new Schema(V2, SchemaType.Json)));
    }

    [Fact]
    public async Task The_verbose_compatibility_check_gives_the_registry_verdict_of_the_profile()
    {
        await _client.RegisterSchemaAsync(Subject, new Schema("""{"type":"string"}""", SchemaType.Json));

        // Redpanda (the default) reads minLength 0 as no bound; Confluent reports MIN_LENGTH_ADDED.
        var response = await Post($"compatibility/subjects/{Subject}/versions/latest?verbose=true", """{"type":"string","minLength":0}""");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body["is_compatible"]!.GetValue<bool>());
        Assert.Empty(body["messages"]!.AsArray());

        var breaking = JsonNode.Parse(await (await Post($"compatibility/subjects/{Subject}/versions/1?verbose=true", """{"type":"integer"}""")).Content.ReadAsStringAsync())!;
        Assert.False(breaking["is_compatible"]!.GetValue<bool>());
        Assert.Contains("TYPE_CHANGED", breaking["messages"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Levels_are_set_per_subject_and_globally_and_a_subject_without_one_says_so()
    {
        await _client.RegisterSchemaAsync(Subject, new Schema(V1, SchemaType.Json));

        var missing = await Assert.ThrowsAsync<SchemaRegistryException>(() => _client.GetCompatibilityAsync(Subject));
        Assert.Equal(40408, missing.ErrorCode);
        Assert.Equal(Confluent.SchemaRegistry.Compatibility.Backward, await _client.GetCompatibilityAsync());

        await _client.UpdateCompatibilityAsync(Confluent.SchemaRegistry.Compatibility.None, Subject);
        Assert.Equal(Confluent.SchemaRegistry.Compatibility.None, await _client.GetCompatibilityAsync(Subject));

        // At NONE the breaking schema is a new version.
        await _client.RegisterSchemaAsync(Subject, new Schema(Breaking, SchemaType.Json));
        Assert.Equal([1, 2], await _client.GetSubjectVersionsAsync(Subject));

        var bad = await Put("config", """{"compatibility":"SIDEWAYS"}""");
        Assert.Equal((HttpStatusCode)422, bad.StatusCode);
        Assert.Equal(42203, JsonNode.Parse(await bad.Content.ReadAsStringAsync())!["error_code"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("subjects/nobody-value/versions", 404, 40401)]
    [InlineData("subjects/omninode.demo.event.pinged.v1-value/versions/7", 404, 40402)]
    [InlineData("subjects/omninode.demo.event.pinged.v1-value/versions/abc", 422, 42202)]
    [InlineData("subjects/omninode.demo.event.pinged.v1-value/versions/0", 422, 42202)]
    [InlineData("schemas/ids/999", 404, 40403)]
    public async Task Unknown_subjects_versions_and_ids_get_the_registrys_codes(string path, int status, int code)
    {
        await _client.RegisterSchemaAsync(Subject, new Schema(V1, SchemaType.Json));

        var response = await _http.GetAsync(path);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(code, JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error_code"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("""{ not json""", "Malformed request body")]
    [InlineData("""{"schemaType":"JSON","schema":"{ not json"}""", "not JSON")]
    [InlineData("""{"schemaType":"JSON","schema":"{\"type\":\"strin\"}"}""", "not valid for its draft")]
    [InlineData("""{"schemaType":"JSON","schema":"{\"$ref\":\"https://example.com/remote.json\"}"}""", "remote references are never fetched")]
    [InlineData("""{"schema":"{\"type\":\"string\"}"}""", "Invalid schema type 'AVRO'")]
    public async Task Bad_input_is_refused_with_422_and_the_registry_keeps_serving(string body, string expected)
    {
        var response = await Send(HttpMethod.Post, $"subjects/{Subject}/versions", body);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        Assert.Equal(422, error["error_code"]!.GetValue<int>());
        Assert.Contains(expected, error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(1, await _client.RegisterSchemaAsync(Subject, new Schema(V1, SchemaType.Json)));
    }

    [Fact]
    public async Task What_the_dotnet_client_sends_is_accepted_metadata_null_included()
    {
        var response = await Send(HttpMethod.Post, $"subjects/{Subject}/versions?normalize=False",
            """{"schema":"{\"type\":\"string\"}","references":[],"schemaType":"JSON","metadata":null,"ruleSet":null}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_oversized_body_is_refused_with_413()
    {
        await using var small = await LocalRegistry.StartAsync(new LocalRegistryOptions { DataDirectory = Path.Combine(_data.FullName, "small"), Port = 0, MaxRequestBytes = 1024 });
        using var http = new HttpClient { BaseAddress = small.Address };
        var schema = "{\\\"description\\\":\\\"" + new string('x', 4096) + "\\\"}";
        using var content = new StringContent("{\"schemaType\":\"JSON\",\"schema\":\"" + schema + "\"}", Encoding.UTF8, "application/vnd.schemaregistry.v1+json");

        var response = await http.PostAsync($"subjects/{Subject}/versions", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task What_was_acknowledged_survives_a_restart()
    {
        var id = await _client.RegisterSchemaAsync(Subject, new Schema(V1, SchemaType.Json));
        await _client.UpdateCompatibilityAsync(Confluent.SchemaRegistry.Compatibility.Full, Subject);
        await _registry.DisposeAsync();

        _registry = await LocalRegistry.StartAsync(new LocalRegistryOptions { DataDirectory = _data.FullName, Port = 0 });
        using var client = new CachedSchemaRegistryClient(new SchemaRegistryConfig { Url = _registry.Address.ToString() });

        Assert.Equal(V1, (await client.GetSchemaAsync(id)).SchemaString);
        Assert.Equal(Confluent.SchemaRegistry.Compatibility.Full, await client.GetCompatibilityAsync(Subject));
        Assert.Equal(id, await client.RegisterSchemaAsync(Subject, new Schema(V1, SchemaType.Json)));
    }

    [Fact]
    public async Task Under_the_Confluent_profile_the_codes_and_verdicts_are_Confluents()
    {
        await using var confluent = await LocalRegistry.StartAsync(new LocalRegistryOptions { DataDirectory = Path.Combine(_data.FullName, "confluent"), Port = 0, Profile = RegistryProfile.Confluent });
        using var http = new HttpClient { BaseAddress = confluent.Address };
        using var client = new CachedSchemaRegistryClient(new SchemaRegistryConfig { Url = confluent.Address.ToString() });
        await client.RegisterSchemaAsync(Subject, new Schema("""{"type":"string"}""", SchemaType.Json));

        Assert.False(await client.IsCompatibleAsync(Subject, new Schema("""{"type":"string","minLength":0}""", SchemaType.Json)));
        using var invalid = new StringContent("""{"schemaType":"JSON","schema":"{ not json"}""", Encoding.UTF8, "application/vnd.schemaregistry.v1+json");
        var response = await http.PostAsync($"subjects/{Subject}/versions", invalid);
        Assert.Equal(42201, JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error_code"]!.GetValue<int>());
    }

    [Fact]
    public async Task Concurrent_registrations_of_one_schema_make_one_version()
    {
        var ids = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(async () =>
        {
            using var client = new CachedSchemaRegistryClient(new SchemaRegistryConfig { Url = _registry.Address.ToString() });
            return await client.RegisterSchemaAsync(Subject, new Schema(V1, SchemaType.Json));
        })));

        Assert.Single(ids.Distinct());
        Assert.Equal([1], await _client.GetSubjectVersionsAsync(Subject));
    }

    private Task<HttpResponseMessage> Post(string path, string schema) =>
        Send(HttpMethod.Post, path, new JsonObject { ["schemaType"] = "JSON", ["schema"] = schema }.ToJsonString());

    private Task<HttpResponseMessage> Put(string path, string body) => Send(HttpMethod.Put, path, body);

    private Task<HttpResponseMessage> Send(HttpMethod method, string path, string body)
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.schemaregistry.v1+json");
        return _http.SendAsync(new HttpRequestMessage(method, path) { Content = content });
    }
}
