using System.Text.Json.Nodes;
using Confluent.SchemaRegistry;
using OnexSchemas.Registry.Server;
using OnexSchemas.Tests.Support;

namespace OnexSchemas.Registry.Tests;

/// <summary>
/// <c>onex-schemas register</c> and <c>registry diff|pull</c> against the local registry over HTTP: each outcome of
/// the plan, dry runs, idempotence, and what a user sees when the registry is down, failing or refusing them.
/// </summary>
public sealed class RegistrarTests : IAsyncLifetime
{
    private const string Indexed = "events/search/event/document_indexed.v1.json";
    private const string IndexedSubject = "omninode.search.event.document_indexed.v1-value";

    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("onex-registrar-");
    private readonly TreeCopy _tree = new();
    private LocalRegistry _registry = null!;

    public async Task InitializeAsync() =>
        _registry = await LocalRegistry.StartAsync(new LocalRegistryOptions { DataDirectory = _data.FullName, Port = 0 });

    public async Task DisposeAsync()
    {
        await _registry.DisposeAsync();
        _tree.Dispose();
        _data.Delete(recursive: true);
    }

    private string Url => _registry.Address.ToString();

    private CliResult Register(params string[] extra) => CliRunner.Run(_tree.Root, ["register", "--root", _tree.Root, "--registry", Url, .. extra]);

    [Fact]
    public void A_first_run_creates_every_subject_with_its_level_and_a_re_run_is_all_unchanged_with_no_write()
    {
        var first = Register("--format", "json");
        Assert.Equal(0, first.ExitCode);
        var plan = JsonNode.Parse(first.Output)!;
        Assert.Equal(46, plan["summary"]!["create"]!.GetValue<int>());
        Assert.Equal(92, plan["summary"]!["writes"]!.GetValue<int>());
        Assert.All(plan["subjects"]!.AsArray(), subject => Assert.Equal("create", subject!["outcome"]!.GetValue<string>()));
        var writes = _registry.WriteCount;
        Assert.Equal(92, writes);

        var second = Register();
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("46 subject(s): 0 create, 0 new version, 46 unchanged, 0 blocked; 0 level change(s).", second.Output, StringComparison.Ordinal);
        Assert.Equal(writes, _registry.WriteCount);
    }

    [Fact]
    public void A_dry_run_prints_the_plan_and_sends_no_write()
    {
        var before = _registry.RequestCount;
        var result = Register("--dry-run");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"create       {IndexedSubject}  level (none) -> BACKWARD", result.Output, StringComparison.Ordinal);
        Assert.Contains("Dry run: nothing was written (92 write(s) planned).", result.Output, StringComparison.Ordinal);
        Assert.True(_registry.RequestCount > before);
        Assert.Equal(0, _registry.WriteCount);
        var diff = CliRunner.Run(_tree.Root, "registry", "diff", "--root", _tree.Root, "--registry", Url);
        Assert.Equal(1, diff.ExitCode);
        Assert.Contains($"missing        {IndexedSubject}", diff.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_compatible_change_is_a_new_version_and_a_breaking_one_is_blocked_with_the_registrys_messages()
    {
        Assert.Equal(0, Register().ExitCode);
        _tree.Edit(Indexed, schema => schema["properties"]!["collection"]!["maxLength"] = 512);
        var compatible = Register();
        Assert.Equal(0, compatible.ExitCode);
        Assert.Contains($"new version  {IndexedSubject}", compatible.Output, StringComparison.Ordinal);
        Assert.Contains("0 create, 1 new version, 45 unchanged, 0 blocked", compatible.Output, StringComparison.Ordinal);

        _tree.Edit(Indexed, schema => schema["properties"]!["collection"]!["maxLength"] = 20);
        var writes = _registry.WriteCount;
        var breaking = Register();
        Assert.Equal(1, breaking.ExitCode);
        Assert.Contains($"blocked      {IndexedSubject}", breaking.Output, StringComparison.Ordinal);
        Assert.Contains("maxLength", breaking.Output, StringComparison.Ordinal);
        Assert.Contains("needs a new topic version", breaking.Output, StringComparison.Ordinal);
        Assert.Equal(writes, _registry.WriteCount);
        using var client = new CachedSchemaRegistryClient(new SchemaRegistryConfig { Url = Url });
        Assert.Equal([1, 2], await client.GetSubjectVersionsAsync(IndexedSubject));
    }

    [Fact]
    public void A_formatting_or_tooling_only_edit_stays_unchanged()
    {
        Assert.Equal(0, Register().ExitCode);
        _tree.Edit(Indexed, schema =>
        {
            schema["x-onex"]!["consumers"] = new JsonArray("archon-bridge");
            schema["examples"]!.AsArray().RemoveAt(1);
            var reordered = new JsonObject();
            foreach (var (name, value) in schema.Reverse().ToList())
            {
                reordered[name] = value?.DeepClone();
            }

            schema.Clear();
            foreach (var (name, value) in reordered.ToList())
            {
                schema[name] = value?.DeepClone();
            }
        });
        _tree.Write(Indexed, _tree.Read(Indexed).Replace("\n", "\n\n", StringComparison.Ordinal));

        var result = Register();
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("46 unchanged", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_registry_that_fails_twice_with_500_is_retried_and_the_run_succeeds()
    {
        await using var proxy = await FaultProxy.StartAsync(_registry.Address);
        proxy.FailNext = 2;
        var result = CliRunner.Run(_tree.Root, "register", "--root", _tree.Root, "--registry", proxy.Address.ToString(), "--subject", "omninode.search.");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2, proxy.InjectedCount);
        Assert.Contains("3 create", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_registry_that_is_down_is_a_clear_error_with_exit_code_4()
    {
        var result = CliRunner.Run(_tree.Root, "register", "--root", _tree.Root, "--registry", "http://127.0.0.1:9", "--subject", "omninode.search.event.document_indexed");

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("registry http://127.0.0.1:9/: could not", result.Error, StringComparison.Ordinal);
        Assert.Contains("Connection refused", result.Error, StringComparison.Ordinal);
        Assert.Contains("onex-schemas registry serve", result.Error, StringComparison.Ordinal);
        result.AssertNoCrash();
    }

    [Fact]
    public async Task Bad_credentials_are_a_clear_error_that_never_shows_the_secret()
    {
        await using var proxy = await FaultProxy.StartAsync(_registry.Address);
        proxy.RequiredAuthorization = FaultProxy.Basic("ci", "right-secret");
        var wrong = new UriBuilder(proxy.Address) { UserName = "ci", Password = "wr0ng-s3cret" }.Uri.ToString();

        var refused = CliRunner.Run(_tree.Root, "register", "--root", _tree.Root, "--registry", wrong, "--subject", "omninode.search.");
        Assert.Equal(4, refused.ExitCode);
        Assert.Contains("401", refused.Error, StringComparison.Ordinal);
        Assert.Contains("refused the credentials", refused.Error, StringComparison.Ordinal);
        Assert.Contains("ci:***@", refused.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("wr0ng-s3cret", refused.Output + refused.Error, StringComparison.Ordinal);
        refused.AssertNoCrash();

        var right = new UriBuilder(proxy.Address) { UserName = "ci", Password = "right-secret" }.Uri.ToString();
        var accepted = CliRunner.Run(_tree.Root, "register", "--root", _tree.Root, "--registry", right, "--subject", "omninode.search.");
        Assert.Equal(0, accepted.ExitCode);
        Assert.DoesNotContain("right-secret", accepted.Output + accepted.Error, StringComparison.Ordinal);
        Assert.Contains("ci:***@", accepted.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_registry_the_commands_say_how_to_start_the_local_one()
    {
        if (Environment.GetEnvironmentVariable("ONEX_REGISTRY_URL") is not null)
        {
            return; // the environment names a registry; the message under test is for when nothing does
        }

        foreach (var command in new[] { new[] { "register", "--root", _tree.Root }, ["registry", "diff", "--root", _tree.Root], ["registry", "pull", "--subject", IndexedSubject] })
        {
            var result = CliRunner.Run(_tree.Root, command);
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("no schema registry: pass --registry URL or set ONEX_REGISTRY_URL", result.Error, StringComparison.Ordinal);
            Assert.Contains("onex-schemas registry serve", result.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Subject_prefixes_narrow_the_run_and_one_that_matches_nothing_is_a_usage_error()
    {
        var narrowed = Register("--subject", "omninode.search.", "omninode.audit.");
        Assert.Equal(0, narrowed.ExitCode);
        using var client = new CachedSchemaRegistryClient(new SchemaRegistryConfig { Url = Url });
        var subjects = await client.GetAllSubjectsAsync();
        Assert.NotEmpty(subjects);
        Assert.All(subjects, subject => Assert.True(subject.StartsWith("omninode.search.", StringComparison.Ordinal) || subject.StartsWith("omninode.audit.", StringComparison.Ordinal), subject));

        var typo = Register("--subject", "omninode.serch.");
        Assert.Equal(2, typo.ExitCode);
        Assert.Contains("--subject 'omninode.serch.' matches no subject", typo.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tree_with_errors_is_not_sent()
    {
        _tree.Edit(Indexed, schema => schema["required"] = new JsonArray("no_such_property"));
        var before = _registry.RequestCount;

        var result = Register();

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("nothing was sent to the registry", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, _registry.RequestCount);
    }

    [Fact]
    public async Task Diff_reports_missing_differing_extra_and_level_drift_and_exits_1()
    {
        Assert.Equal(0, Register("--subject", "omninode.search.").ExitCode);
        var clean = CliRunner.Run(_tree.Root, "registry", "diff", "--root", _tree.Root, "--registry", Url, "--subject", "omninode.search.");
        Assert.Equal(0, clean.ExitCode);
        Assert.Contains("no drift", clean.Output, StringComparison.Ordinal);

        using var client = new CachedSchemaRegistryClient(new SchemaRegistryConfig { Url = Url });
        await client.RegisterSchemaAsync("omninode.search.event.stray.v1-value", new Schema("""{"type":"object"}""", SchemaType.Json));
        await client.UpdateCompatibilityAsync(Confluent.SchemaRegistry.Compatibility.Full, "omninode.search.event.vector_optimized.v1-value");
        _tree.Edit(Indexed, schema => schema["properties"]!["collection"]!["maxLength"] = 512);

        var drift = CliRunner.Run(_tree.Root, "registry", "diff", "--root", _tree.Root, "--registry", Url, "--format", "json");
        Assert.Equal(1, drift.ExitCode);
        var kinds = JsonNode.Parse(drift.Output)!["drift"]!.AsArray().Select(item => $"{item!["kind"]} {item["subject"]}").ToList();
        Assert.Contains($"differs {IndexedSubject}", kinds);
        Assert.Contains("extra omninode.search.event.stray.v1-value", kinds);
        Assert.Contains("level_differs omninode.search.event.vector_optimized.v1-value", kinds);
        Assert.Contains(kinds, kind => kind.StartsWith("missing omninode.audit.", StringComparison.Ordinal));
        Assert.DoesNotContain(kinds, kind => kind.StartsWith("missing omninode.search.", StringComparison.Ordinal));
    }

    [Fact]
    public void Pull_downloads_a_version_and_names_what_is_missing()
    {
        Assert.Equal(0, Register("--subject", IndexedSubject).ExitCode);

        var latest = CliRunner.Run(_tree.Root, "registry", "pull", "--registry", Url, "--subject", IndexedSubject);
        Assert.Equal(0, latest.ExitCode);
        Assert.Equal("omninode.search.event.document_indexed.v1", JsonNode.Parse(latest.Output)!["properties"]!["event_type"]!["const"]!.GetValue<string>());

        var json = JsonNode.Parse(CliRunner.Run(_tree.Root, "registry", "pull", "--registry", Url, "--subject", IndexedSubject, "--version", "1", "--format", "json").Output)!;
        Assert.Equal(1, json["version"]!.GetValue<int>());
        Assert.Equal("JSON", json["schemaType"]!.GetValue<string>());

        var missing = CliRunner.Run(_tree.Root, "registry", "pull", "--registry", Url, "--subject", IndexedSubject, "--version", "7");
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains($"has no version 7 of subject '{IndexedSubject}'", missing.Error, StringComparison.Ordinal);

        var invalid = CliRunner.Run(_tree.Root, "registry", "pull", "--registry", Url, "--subject", IndexedSubject, "--version", "one");
        Assert.Equal(2, invalid.ExitCode);
        Assert.Contains("--version 'one' is not a version", invalid.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tree_that_went_back_to_an_earlier_version_is_blocked_not_silently_unchanged()
    {
        var original = _tree.Read(Indexed);
        Assert.Equal(0, Register("--subject", IndexedSubject).ExitCode);
        _tree.Edit(Indexed, schema => schema["properties"]!["collection"]!["maxLength"] = 512);
        Assert.Equal(0, Register("--subject", IndexedSubject).ExitCode);
        _tree.Write(Indexed, original);

        var result = Register("--subject", IndexedSubject);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("the tree's schema is version 1", result.Output, StringComparison.Ordinal);
        Assert.Contains("the latest is version 2", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_read_only_registry_fails_the_run_with_exit_4_instead_of_blocking_the_schema()
    {
        Assert.Equal(0, Register("--subject", IndexedSubject).ExitCode);
        using var http = new HttpClient { BaseAddress = _registry.Address };
        using var body = new StringContent("""{"mode":"READONLY"}""", System.Text.Encoding.UTF8, "application/vnd.schemaregistry.v1+json");
        (await http.PutAsync("mode", body)).EnsureSuccessStatusCode();
        _tree.Edit(Indexed, schema => schema["properties"]!["collection"]!["maxLength"] = 512);

        var result = Register("--subject", IndexedSubject);

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("read-only mode", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("blocked", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_registry_under_a_path_is_reached_there_by_the_client_and_by_the_verbose_check()
    {
        await using var proxy = await FaultProxy.StartAsync(_registry.Address);
        proxy.PathPrefix = "/sr";
        var url = proxy.Address + "sr";
        Assert.Equal(0, CliRunner.Run(_tree.Root, "register", "--root", _tree.Root, "--registry", url, "--subject", IndexedSubject).ExitCode);
        _tree.Edit(Indexed, schema => schema["properties"]!["collection"]!["maxLength"] = 20);

        var blocked = CliRunner.Run(_tree.Root, "register", "--root", _tree.Root, "--registry", url, "--subject", IndexedSubject);

        Assert.Equal(1, blocked.ExitCode);
        Assert.Contains("maxLength", blocked.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_address_that_is_not_a_registry_is_a_clear_error_not_a_crash()
    {
        await using var proxy = await FaultProxy.StartAsync(_registry.Address);
        proxy.AnswerHtml = true;

        var result = CliRunner.Run(_tree.Root, "register", "--root", _tree.Root, "--registry", proxy.Address.ToString(), "--subject", IndexedSubject);

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("is not a schema registry's JSON", result.Error, StringComparison.Ordinal);
        result.AssertNoCrash();
    }

    [Fact]
    public void Credential_mistakes_are_usage_errors_and_never_echo_the_secret()
    {
        if (Environment.GetEnvironmentVariable("ONEX_REGISTRY_PASSWORD") is null)
        {
            var noPassword = Register("--registry-user", "ci");
            Assert.Equal(2, noPassword.ExitCode);
            Assert.Contains("without a password", noPassword.Error, StringComparison.Ordinal);
        }

        var unparsable = CliRunner.Run(_tree.Root, "register", "--root", _tree.Root, "--registry", "ci:s3cr3t-pw@127.0.0.1:80x");
        Assert.Equal(2, unparsable.ExitCode);
        Assert.DoesNotContain("s3cr3t-pw", unparsable.Error, StringComparison.Ordinal);

        var missingCa = Register("--registry-ca", Path.Combine(_tree.Root, "no-such-ca.pem"));
        Assert.Equal(2, missingCa.ExitCode);
        Assert.Contains("no-such-ca.pem", missingCa.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task At_most_the_given_number_of_subjects_are_sent_at_once()
    {
        await using var proxy = await FaultProxy.StartAsync(_registry.Address);
        proxy.Delay = TimeSpan.FromMilliseconds(20);

        var result = CliRunner.Run(_tree.Root, "register", "--root", _tree.Root, "--registry", proxy.Address.ToString(), "--concurrency", "2", "--subject", "omninode.codegen.", "omninode.search.");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2, proxy.MaxInFlight);
    }

    [Fact]
    public async Task A_4xx_answer_is_not_retried()
    {
        await using var proxy = await FaultProxy.StartAsync(_registry.Address);
        proxy.RequiredAuthorization = FaultProxy.Basic("ci", "right-secret");

        var result = CliRunner.Run(_tree.Root, "register", "--root", _tree.Root, "--registry", proxy.Address.ToString(), "--concurrency", "1", "--subject", IndexedSubject);

        Assert.Equal(4, result.ExitCode);
        Assert.Equal(1, proxy.RequestCount);
    }

    [Fact]
    public async Task A_registry_that_comes_up_during_the_run_is_reached_by_retrying_the_connection()
    {
        var port = FreePort();
        var run = Task.Run(() => CliRunner.Run(_tree.Root, "register", "--root", _tree.Root, "--registry", $"http://127.0.0.1:{port}", "--subject", IndexedSubject));
        await Task.Delay(300);
        var data = Directory.CreateTempSubdirectory("onex-registrar-late-");
        try
        {
            await using (var late = await LocalRegistry.StartAsync(new LocalRegistryOptions { DataDirectory = data.FullName, Port = port }))
            {
                var result = await run;
                Assert.True(result.ExitCode == 0, result.ToString());
                Assert.Contains("1 create", result.Output, StringComparison.Ordinal);
            }
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
