using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Confluent.SchemaRegistry;
using OnexSchemas.Registry.Server;
using OnexSchemas.Tests.Support;

namespace OnexSchemas.Registry.Tests;

/// <summary>
/// The registrar under what a release pipeline meets: a run killed halfway, a registry behind TLS with its own
/// certificate authority, a bearer token.
/// </summary>
public sealed class RegistrarResilienceTests : IDisposable
{
    private readonly TreeCopy _tree = new();
    private readonly List<DirectoryInfo> _directories = [];

    public void Dispose()
    {
        _tree.Dispose();
        foreach (var directory in _directories)
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_run_killed_halfway_and_run_again_reaches_the_state_of_an_uninterrupted_run()
    {
        await using var interrupted = await StartRegistry();
        await using var slow = await FaultProxy.StartAsync(interrupted.Address);
        slow.Delay = TimeSpan.FromMilliseconds(25);
        using (var child = StartCli("register", "--root", _tree.Root, "--registry", slow.Address.ToString(), "--concurrency", "2"))
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (interrupted.WriteCount < 20 && !child.HasExited && DateTime.UtcNow < deadline)
            {
                await Task.Delay(5);
            }

            Assert.False(child.HasExited, "the registrar finished before it could be killed; the test needs a slower registry");
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync();
        }

        var partial = interrupted.WriteCount;
        Assert.InRange(partial, 20, 91);
        var resumed = CliRunner.Run(_tree.Root, "register", "--root", _tree.Root, "--registry", interrupted.Address.ToString());
        Assert.Equal(0, resumed.ExitCode);
        Assert.Equal(92, interrupted.WriteCount);

        await using var uninterrupted = await StartRegistry();
        Assert.Equal(0, CliRunner.Run(_tree.Root, "register", "--root", _tree.Root, "--registry", uninterrupted.Address.ToString()).ExitCode);
        Assert.Equal(await State(uninterrupted.Address), await State(interrupted.Address));
    }

    [Fact]
    public async Task A_registry_behind_tls_is_reached_with_its_certificate_authority_and_refused_without()
    {
        await using var registry = await StartRegistry();
        var (root, intermediate, server) = Certificates();

        // The issuer of the registry's certificate first (Confluent.SchemaRegistry trusts exactly that one), then the root.
        var caFile = Path.Combine(_tree.Root, "..", $"ca-{Guid.NewGuid():N}.pem");
        await File.WriteAllTextAsync(caFile, intermediate.ExportCertificatePem() + "\n" + root.ExportCertificatePem());
        try
        {
            // The registry presents its intermediate, as TLS servers do; roots are never sent.
            await using var tls = await FaultProxy.StartAsync(registry.Address, server, [intermediate]);
            var url = tls.Address.ToString().Replace("http://", "https://", StringComparison.Ordinal);

            var trusted = CliRunner.Run(_tree.Root, "register", "--root", _tree.Root, "--registry", url, "--registry-ca", caFile, "--subject", "omninode.search.");
            Assert.True(trusted.ExitCode == 0, trusted.ToString());
            Assert.Contains("3 create", trusted.Output, StringComparison.Ordinal);

            // A changed schema takes the verbose compatibility check, which goes over the registrar's own HTTP client.
            _tree.Edit("events/search/event/document_indexed.v1.json", schema => schema["properties"]!["collection"]!["maxLength"] = 512);
            var changed = CliRunner.Run(_tree.Root, "register", "--root", _tree.Root, "--registry", url, "--registry-ca", caFile, "--subject", "omninode.search.");
            Assert.True(changed.ExitCode == 0, changed.ToString());
            Assert.Contains("1 new version", changed.Output, StringComparison.Ordinal);

            var untrusted = CliRunner.Run(_tree.Root, "register", "--root", _tree.Root, "--registry", url, "--subject", "omninode.search.");
            Assert.Equal(4, untrusted.ExitCode);
            Assert.Contains("--registry-ca", untrusted.Error, StringComparison.Ordinal);
            untrusted.AssertNoCrash();
        }
        finally
        {
            File.Delete(caFile);
        }
    }

    [Fact]
    public async Task A_bearer_token_is_sent_and_a_wrong_one_is_refused_without_being_printed()
    {
        await using var registry = await StartRegistry();
        await using var proxy = await FaultProxy.StartAsync(registry.Address);
        proxy.RequiredAuthorization = "Bearer tok-right-123";
        var tokenFile = Path.Combine(_tree.Root, "..", $"token-{Guid.NewGuid():N}");
        try
        {
            await File.WriteAllTextAsync(tokenFile, "tok-wrong-456\n");
            var refused = CliRunner.Run(_tree.Root, "register", "--root", _tree.Root, "--registry", proxy.Address.ToString(), "--registry-token-file", tokenFile, "--subject", "omninode.search.");
            Assert.Equal(4, refused.ExitCode);
            Assert.Contains("refused the credentials", refused.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("tok-wrong-456", refused.Output + refused.Error, StringComparison.Ordinal);

            await File.WriteAllTextAsync(tokenFile, "tok-right-123\n");
            var accepted = CliRunner.Run(_tree.Root, "register", "--root", _tree.Root, "--registry", proxy.Address.ToString(), "--registry-token-file", tokenFile, "--subject", "omninode.search.");
            Assert.Equal(0, accepted.ExitCode);
        }
        finally
        {
            File.Delete(tokenFile);
        }
    }

    private async Task<LocalRegistry> StartRegistry()
    {
        var data = Directory.CreateTempSubdirectory("onex-registrar-state-");
        _directories.Add(data);
        return await LocalRegistry.StartAsync(new LocalRegistryOptions { DataDirectory = data.FullName, Port = 0 });
    }

    // What a registry holds, by content: ids are assigned in whatever order concurrent requests arrive.
    private static async Task<string> State(Uri address)
    {
        using var client = new CachedSchemaRegistryClient(new SchemaRegistryConfig { Url = address.ToString() });
        var lines = new List<string>();
        foreach (var subject in (await client.GetAllSubjectsAsync()).Order(StringComparer.Ordinal))
        {
            var level = await client.GetCompatibilityAsync(subject);
            foreach (var version in await client.GetSubjectVersionsAsync(subject))
            {
                var schema = await client.GetRegisteredSchemaAsync(subject, version, ignoreDeletedSchemas: true);
                lines.Add($"{subject} {level} v{version} {RegistryStoreHash(schema.SchemaString)}");
            }
        }

        return string.Join("\n", lines);
    }

    private static string RegistryStoreHash(string text) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));

    private static Process StartCli(params string[] args)
    {
        var process = CliProcess.Start(new System.Text.StringBuilder(), args);
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        return process;
    }

    // A private PKI as registries run it: a root, an intermediate it signed, and the registry's certificate for
    // 127.0.0.1 signed by the intermediate.
    private static (X509Certificate2 Root, X509Certificate2 Intermediate, X509Certificate2 Server) Certificates()
    {
        using var rootKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var rootRequest = new CertificateRequest("CN=OnexSchemas test root", rootKey, HashAlgorithmName.SHA256);
        AddAuthority(rootRequest);
        var root = rootRequest.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));

        using var intermediateKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var intermediateRequest = new CertificateRequest("CN=OnexSchemas test intermediate", intermediateKey, HashAlgorithmName.SHA256);
        AddAuthority(intermediateRequest);
        using var intermediateSigned = intermediateRequest.Create(root, DateTimeOffset.UtcNow.AddHours(-2), DateTimeOffset.UtcNow.AddHours(20), [5, 6, 7, 8]);
        var intermediate = intermediateSigned.CopyWithPrivateKey(intermediateKey);

        using var serverKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var serverRequest = new CertificateRequest("CN=127.0.0.1", serverKey, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        serverRequest.CertificateExtensions.Add(names.Build());
        serverRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        serverRequest.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var signed = serverRequest.Create(intermediate, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddHours(12), [1, 2, 3, 4]);
        using var withKey = signed.CopyWithPrivateKey(serverKey);
        var server = X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pfx), null);
        return (root, intermediate, server);
    }

    private static void AddAuthority(CertificateRequest request)
    {
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
    }
}
