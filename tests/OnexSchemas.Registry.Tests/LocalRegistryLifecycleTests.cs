using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Confluent.SchemaRegistry;

namespace OnexSchemas.Registry.Tests;

/// <summary>
/// The local registry's deletes, modes, schema references and schema-by-id views, through the real Confluent client
/// where it has the call and raw HTTP where it does not, with the codes both registries answer.
/// </summary>
public sealed class LocalRegistryLifecycleTests : IAsyncLifetime
{
    private const string Subject = "omninode.demo.event.pinged.v1-value";
    private const string Common = "omninode.common.shared.v1-value";
    private const string V1 = """{"type":"object","properties":{"a":{"type":"string"}}}""";
    private const string V2 = """{"type":"object","properties":{"a":{"type":"string"},"b":{"type":"integer"}}}""";
    private const string Shared = """{"definitions":{"id":{"type":"string","maxLength":36}}}""";
    private const string UsesShared = """{"type":"object","properties":{"id":{"$ref":"shared.json#/definitions/id"}}}""";

    private RunningRegistry _running = null!;

    private CachedSchemaRegistryClient Client => _running.Client;

    private HttpClient Http => _running.Http;

    public async Task InitializeAsync() => _running = await RunningRegistry.StartAsync("onex-local-registry-life-");

    public async Task DisposeAsync() => await _running.DisposeAsync();

    [Fact]
    public async Task A_version_is_soft_deleted_then_permanently_and_its_number_is_never_reused()
    {
        await Client.RegisterSchemaAsync(Subject, new Schema(V1, SchemaType.Json));
        await Client.RegisterSchemaAsync(Subject, new Schema(V2, SchemaType.Json));

        await Expect(HttpMethod.Delete, $"subjects/{Subject}/versions/2?permanent=true", 404, 40407);
        Assert.Equal("2", await Text(await Send(HttpMethod.Delete, $"subjects/{Subject}/versions/2")));
        Assert.Equal([1], await Client.GetSubjectVersionsAsync(Subject));
        Assert.Equal("[1,2]", await Text(await Send(HttpMethod.Get, $"subjects/{Subject}/versions?deleted=true")));
        await Expect(HttpMethod.Delete, $"subjects/{Subject}/versions/2", 404, 40406);
        await Expect(HttpMethod.Get, $"subjects/{Subject}/versions/2", 404, 40402);
        Assert.Equal(200, (int)(await Send(HttpMethod.Get, $"subjects/{Subject}/versions/2?deleted=true")).StatusCode);

        Assert.Equal("2", await Text(await Send(HttpMethod.Delete, $"subjects/{Subject}/versions/2?permanent=true")));
        await Expect(HttpMethod.Get, $"subjects/{Subject}/versions/2?deleted=true", 404, 40402);
        await Expect(HttpMethod.Delete, $"subjects/{Subject}/versions/two", 422, 42202);

        // V2 again is version 3: 2 is gone, and never handed out twice. (Raw: the client would answer from its cache.)
        await Send(HttpMethod.Post, $"subjects/{Subject}/versions", new JsonObject { ["schemaType"] = "JSON", ["schema"] = V2 }.ToJsonString());
        Assert.Equal([1, 3], await Client.GetSubjectVersionsAsync(Subject));
    }

    [Fact]
    public async Task A_subject_is_soft_deleted_then_permanently()
    {
        await Client.RegisterSchemaAsync(Subject, new Schema(V1, SchemaType.Json));
        await Client.RegisterSchemaAsync(Subject, new Schema(V2, SchemaType.Json));

        await Expect(HttpMethod.Delete, $"subjects/{Subject}?permanent=true", 404, 40405);
        Assert.Equal("[1,2]", await Text(await Send(HttpMethod.Delete, $"subjects/{Subject}")));
        Assert.DoesNotContain(Subject, await Client.GetAllSubjectsAsync());
        Assert.Contains(Subject, JsonNode.Parse(await Text(await Send(HttpMethod.Get, "subjects?deleted=true")))!.AsArray().Select(node => node!.GetValue<string>()));
        await Expect(HttpMethod.Delete, $"subjects/{Subject}", 404, 40404);

        Assert.Equal("[1,2]", await Text(await Send(HttpMethod.Delete, $"subjects/{Subject}?permanent=true")));
        await Expect(HttpMethod.Get, $"subjects/{Subject}/versions?deleted=true", 404, 40401);
        await Expect(HttpMethod.Delete, $"subjects/{Subject}", 404, 40401);
    }

    [Fact]
    public async Task Read_only_mode_refuses_writes_and_import_mode_keeps_the_given_id_and_version()
    {
        Assert.Equal("READWRITE", JsonNode.Parse(await Text(await Send(HttpMethod.Get, "mode")))!["mode"]!.GetValue<string>());
        await Expect(HttpMethod.Get, $"mode/{Subject}", 404, 40409);
        await Expect(HttpMethod.Put, "mode", 422, 42204, """{"mode":"READ_ONLY"}""");

        Assert.Equal("""{"mode":"READONLY"}""", await Text(await Send(HttpMethod.Put, $"mode/{Subject}", """{"mode":"READONLY"}""")));
        var refused = await Assert.ThrowsAsync<SchemaRegistryException>(() => Client.RegisterSchemaAsync(Subject, new Schema(V1, SchemaType.Json)));
        Assert.Equal(42205, refused.ErrorCode);
        Assert.Equal("""{"mode":"READONLY"}""", await Text(await Send(HttpMethod.Delete, $"mode/{Subject}")));

        // An id outside IMPORT mode is refused; inside, it is kept, with the version, and no compatibility check.
        await Expect(HttpMethod.Post, $"subjects/{Subject}/versions", 422, 42205, """{"schemaType":"JSON","schema":"{}","id":100}""");
        await Send(HttpMethod.Put, $"mode/{Subject}", """{"mode":"IMPORT"}""");
        Assert.Equal("""{"id":100}""", await Text(await Send(HttpMethod.Post, $"subjects/{Subject}/versions", new JsonObject { ["schemaType"] = "JSON", ["schema"] = V1, ["id"] = 100, ["version"] = 5 }.ToJsonString())));
        Assert.Equal("""{"id":101}""", await Text(await Send(HttpMethod.Post, $"subjects/{Subject}/versions", """{"schemaType":"JSON","schema":"{\"type\":\"integer\"}","id":101,"version":6}""")));
        await Expect(HttpMethod.Post, $"subjects/{Subject}/versions", 422, 42207, """{"schemaType":"JSON","schema":"{\"type\":\"boolean\"}","id":100,"version":7}""");
        Assert.Equal([5, 6], await Client.GetSubjectVersionsAsync(Subject));
        Assert.Equal(V1, (await Client.GetSchemaAsync(100)).SchemaString);
    }

    [Fact]
    public async Task Schema_references_resolve_refs_by_name_and_protect_what_they_name()
    {
        var sharedId = await Client.RegisterSchemaAsync(Common, new Schema(Shared, SchemaType.Json));
        var reference = new SchemaReference("shared.json", Common, 1);
        var id = await Client.RegisterSchemaAsync(Subject, new Schema(UsesShared, [reference], SchemaType.Json));

        var registered = await Client.GetLatestSchemaAsync(Subject);
        Assert.Equal(id, registered.Id);
        Assert.Equal("shared.json", Assert.Single(registered.References).Name);
        Assert.Equal($"[{id}]", await Text(await Send(HttpMethod.Get, $"subjects/{Common}/versions/1/referencedby")));
        Assert.NotEqual(sharedId, id);

        // The same text without the reference is another schema, and its $ref leads nowhere.
        await Expect(HttpMethod.Post, $"subjects/{Subject}/versions", 422, 422, new JsonObject { ["schemaType"] = "JSON", ["schema"] = UsesShared }.ToJsonString());
        await Expect(HttpMethod.Post, $"subjects/{Subject}/versions", 422, 422, new JsonObject
        {
            ["schemaType"] = "JSON", ["schema"] = UsesShared,
            ["references"] = new JsonArray(new JsonObject { ["name"] = "shared.json", ["subject"] = Common, ["version"] = 9 }),
        }.ToJsonString());
        await Expect(HttpMethod.Delete, $"subjects/{Common}/versions/1", 422, 42206);
        await Expect(HttpMethod.Delete, $"subjects/{Common}", 422, 42206);

        // The checker follows the reference: narrowing the shared id through it is breaking at BACKWARD.
        await Client.RegisterSchemaAsync(Common, new Schema("""{"definitions":{"id":{"type":"string","maxLength":8}}}""", SchemaType.Json));
        var narrowed = new Schema(UsesShared, [new SchemaReference("shared.json", Common, 2)], SchemaType.Json);
        Assert.False(await Client.IsCompatibleAsync(Subject, narrowed));
        Assert.True(await Client.IsCompatibleAsync(Subject, new Schema(UsesShared, [reference], SchemaType.Json)));
    }

    [Fact]
    public async Task Schemas_by_id_say_where_they_are_used_and_raw_schemas_are_served()
    {
        var id = await Client.RegisterSchemaAsync(Subject, new Schema(V1, SchemaType.Json));
        await Client.RegisterSchemaAsync("omninode.demo.event.other.v1-value", new Schema(V1, SchemaType.Json));

        Assert.Equal($$"""[{"subject":"omninode.demo.event.other.v1-value","version":1},{"subject":"{{Subject}}","version":1}]""", await Text(await Send(HttpMethod.Get, $"schemas/ids/{id}/versions")));
        Assert.Equal($$"""["omninode.demo.event.other.v1-value","{{Subject}}"]""", await Text(await Send(HttpMethod.Get, $"schemas/ids/{id}/subjects")));
        Assert.Equal(V1, await Text(await Send(HttpMethod.Get, $"schemas/ids/{id}/schema")));
        Assert.Equal(V1, await Text(await Send(HttpMethod.Get, $"subjects/{Subject}/versions/latest/schema")));
        await Expect(HttpMethod.Get, "schemas/ids/424242/versions", 404, 40403);
        await Expect(HttpMethod.Get, $"subjects/{Subject}/versions/9/schema", 404, 40402);
    }

    [Fact]
    public async Task A_subjects_level_is_deleted_back_to_the_global_one()
    {
        await Client.UpdateCompatibilityAsync(Confluent.SchemaRegistry.Compatibility.Full, Subject);

        Assert.Equal("""{"compatibilityLevel":"FULL"}""", await Text(await Send(HttpMethod.Delete, $"config/{Subject}")));
        await Expect(HttpMethod.Get, $"config/{Subject}", 404, 40408);

        // Deleting what is not set: Redpanda's 40401 (the default profile).
        await Expect(HttpMethod.Delete, $"config/{Subject}", 404, 40401);
        await Expect(HttpMethod.Post, "compatibility/subjects/omninode.none.event.x.v1-value/versions/latest", 404, 40402, """{"schemaType":"JSON","schema":"{}"}""");
        Assert.Equal("""{"compatibilityLevel":"BACKWARD"}""", await Text(await Send(HttpMethod.Get, $"config/{Subject}?defaultToGlobal=true")));
    }

    [Fact]
    public async Task A_thousand_concurrent_requests_are_all_answered_and_the_registry_keeps_serving()
    {
        var requests = Enumerable.Range(0, 1000).Select(async index =>
        {
            var subject = $"omninode.load.event.e{index / 4 % 50}.v1-value";
            var response = (index % 4) switch
            {
                0 => await Send(HttpMethod.Post, $"subjects/{subject}/versions", new JsonObject { ["schemaType"] = "JSON", ["schema"] = V1 }.ToJsonString()),
                1 => await Send(HttpMethod.Get, "subjects"),
                2 => await Send(HttpMethod.Post, $"subjects/{subject}/versions", "{not json"),
                _ => await Send(HttpMethod.Get, $"subjects/{subject}/versions/latest"),
            };
            return (index % 4, (int)response.StatusCode);
        });

        var answers = await Task.WhenAll(requests);

        Assert.All(answers.Where(answer => answer.Item1 is 0 or 1), answer => Assert.Equal(200, answer.Item2));
        Assert.All(answers.Where(answer => answer.Item1 == 2), answer => Assert.Equal(422, answer.Item2));
        Assert.All(answers.Where(answer => answer.Item1 == 3), answer => Assert.Contains(answer.Item2, new[] { 200, 404 }));
        Assert.Equal(50, (await Client.GetAllSubjectsAsync()).Count(subject => subject.StartsWith("omninode.load.", StringComparison.Ordinal)));
        Assert.Equal([1], await Client.GetSubjectVersionsAsync("omninode.load.event.e7.v1-value"));
    }

    [Fact]
    public async Task Bodies_of_a_type_no_registry_takes_are_refused_with_415()
    {
        using var plain = new StringContent("""{"schemaType":"JSON","schema":"{}"}""", Encoding.UTF8, "text/plain");
        var refused = await Http.PostAsync($"subjects/{Subject}/versions", plain);
        Assert.Equal(415, (int)refused.StatusCode);
        Assert.Equal(415, JsonNode.Parse(await Text(refused))!["error_code"]!.GetValue<int>());

        using var untyped = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"schemaType":"JSON","schema":"{}"}"""));
        Assert.Equal(415, (int)(await Http.PostAsync($"subjects/{Subject}/versions", untyped)).StatusCode);
        Assert.DoesNotContain(Subject, await Client.GetAllSubjectsAsync());

        using var json = new StringContent("""{"schemaType":"JSON","schema":"{}"}""", Encoding.UTF8, "application/json");
        Assert.Equal(200, (int)(await Http.PostAsync($"subjects/{Subject}/versions", json)).StatusCode);
    }

    [Fact]
    public async Task A_transitive_check_under_redpanda_judges_every_version_up_to_the_one_named()
    {
        await Send(HttpMethod.Put, $"config/{Subject}", """{"compatibility":"NONE"}""");
        await Client.RegisterSchemaAsync(Subject, new Schema("""{"type":"object","properties":{"a":{"type":"string"}}}""", SchemaType.Json));
        await Client.RegisterSchemaAsync(Subject, new Schema("""{"type":"object","properties":{"a":{"type":"integer"}}}""", SchemaType.Json));
        await Send(HttpMethod.Put, $"config/{Subject}", """{"compatibility":"BACKWARD_TRANSITIVE"}""");
        var wider = new JsonObject { ["schemaType"] = "JSON", ["schema"] = """{"type":"object","properties":{"a":{"type":["integer","null"]}}}""" }.ToJsonString();

        var transitive = JsonNode.Parse(await Text(await Send(HttpMethod.Post, $"compatibility/subjects/{Subject}/versions/latest", wider)))!;
        Assert.False(transitive["is_compatible"]!.GetValue<bool>());

        await Send(HttpMethod.Put, $"config/{Subject}", """{"compatibility":"BACKWARD"}""");
        var latestOnly = JsonNode.Parse(await Text(await Send(HttpMethod.Post, $"compatibility/subjects/{Subject}/versions/latest", wider)))!;
        Assert.True(latestOnly["is_compatible"]!.GetValue<bool>());
    }

    private async Task Expect(HttpMethod method, string path, int status, int code, string? body = null)
    {
        var response = await Send(method, path, body);
        var text = await Text(response);
        Assert.True((int)response.StatusCode == status, $"{method} {path}: {(int)response.StatusCode} {text}");
        Assert.Equal(code, JsonNode.Parse(text)!["error_code"]!.GetValue<int>());
    }

    private Task<HttpResponseMessage> Send(HttpMethod method, string path, string? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.schemaregistry.v1+json");
        }

        return Http.SendAsync(request);
    }

    private static Task<string> Text(HttpResponseMessage response) => response.Content.ReadAsStringAsync();
}
