using System.IO.Compression;
using System.Xml.Linq;
using OnexSchemas.Build.Tests.Support;

namespace OnexSchemas.Build.Tests;

[CollectionDefinition(Name)]
public sealed class InstallCollection : ICollectionFixture<PackedSolutionFixture>
{
    public const string Name = "The README's install section";
}

/// <summary>
/// The README's install section, followed as written: the packages its pack command makes and what each carries,
/// a service restored from the folder feed through the section's nuget.config into an empty packages folder, built
/// and run against the embedded broker, and the tool installed from the feed and run.
/// </summary>
[Collection(InstallCollection.Name)]
public sealed class ReadmeInstallTests(PackedSolutionFixture packed)
{
    [Fact]
    public void The_pack_command_makes_every_shipped_package_and_no_other()
    {
        packed.EnsurePacked();

        Assert.Equal(PackedSolutionFixture.Shipped.Order(StringComparer.Ordinal), packed.Packages.Keys.Order(StringComparer.Ordinal));
        foreach (var id in PackedSolutionFixture.Shipped)
        {
            Assert.Contains($"`{id}`", ReadmeInstall.Text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(ShippedIds))]
    public void Each_package_carries_licence_readme_icon_urls_commit_tags_and_symbols(string id)
    {
        packed.EnsurePacked();
        using var zip = ZipFile.OpenRead(packed.Packages[id]);
        var entries = zip.Entries.Select(entry => entry.FullName).ToHashSet(StringComparer.Ordinal);
        var listing = string.Join("\n", entries.Order(StringComparer.Ordinal));
        var metadata = Metadata(zip, id);

        Assert.Equal("MIT", Element(metadata, "license").Value);
        Assert.Equal("expression", Element(metadata, "license").Attribute("type")?.Value);
        Assert.Equal("README.md", Element(metadata, "readme").Value);
        Assert.Equal("icon.png", Element(metadata, "icon").Value);
        Assert.True(entries.Contains("README.md") && entries.Contains("icon.png"), listing);
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "packages", id + ".md")), Read(zip, "README.md"));
        Assert.StartsWith("https://", Element(metadata, "projectUrl").Value, StringComparison.Ordinal);
        Assert.Contains("onex", Element(metadata, "tags").Value.Split(' '));
        var repository = Element(metadata, "repository");
        Assert.Equal("git", repository.Attribute("type")?.Value);
        Assert.StartsWith("https://", repository.Attribute("url")?.Value, StringComparison.Ordinal);
        Assert.Equal(GitHead(), repository.Attribute("commit")?.Value);
        Assert.False(string.IsNullOrWhiteSpace(Element(metadata, "description").Value));

        if (id == "OnexSchemas.Build")
        {
            // NuGet makes a .snupkg only of lib/ output; the task's PDBs travel beside its assemblies.
            Assert.True(entries.Contains("tasks/net10.0/OnexSchemas.Build.pdb") && entries.Contains("analyzers/dotnet/cs/OnexSchemas.Build.Generator.pdb"), listing);
        }
        else
        {
            var symbols = Path.ChangeExtension(packed.Packages[id], ".snupkg");
            Assert.True(File.Exists(symbols), $"{id} has no symbols package {symbols}");
            using var symbolZip = ZipFile.OpenRead(symbols);
            Assert.Contains(symbolZip.Entries, entry => entry.FullName.EndsWith(".pdb", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_internal_package_says_so_and_the_runtime_depends_on_the_contracts_and_it()
    {
        packed.EnsurePacked();
        using (var zip = ZipFile.OpenRead(packed.Packages["OnexSchemas.Conventions"]))
        {
            Assert.Contains("**Internal to OnexSchemas**", Read(zip, "README.md"), StringComparison.Ordinal);
        }

        using (var zip = ZipFile.OpenRead(packed.Packages["OnexSchemas.Runtime"]))
        {
            var dependencies = Metadata(zip, "OnexSchemas.Runtime").Descendants().Where(element => element.Name.LocalName == "dependency")
                .Select(element => element.Attribute("id")!.Value).ToHashSet(StringComparer.Ordinal);
            Assert.Contains("OnexSchemas.Events", dependencies);
            Assert.Contains("OnexSchemas.Conventions", dependencies);
            Assert.DoesNotContain("OnexSchemas.Build", dependencies);
        }
    }

    [Fact]
    public void A_service_restores_from_the_feed_through_the_readmes_nuget_config_into_an_empty_packages_folder_builds_and_publishes()
    {
        packed.EnsurePacked();
        var service = Path.Combine(packed.TempRoot, "service");
        var packages = Path.Combine(packed.TempRoot, "service-packages");
        Directory.CreateDirectory(service);
        Assert.False(Directory.Exists(packages));

        File.WriteAllText(Path.Combine(service, "nuget.config"), ReadmeInstall.NugetConfig(packed.Feed));
        var references = ReadmeInstall.Block("service").Replace("Version=\"0.1.0\"", $"Version=\"{packed.Version}\"", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(service, "Service.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
              </PropertyGroup>
              {references}
              <ItemGroup>
                <PackageReference Include="Microsoft.Extensions.Hosting" Version="10.0.12" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(service, "Program.cs"), """
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Hosting;
            using Omninode.Events;
            using Omninode.Events.Codegen;
            using OnexSchemas.Runtime;
            using OnexSchemas.Testing.Kafka;

            using var cluster = EmbeddedKafkaCluster.Start();
            cluster.CreateTopic(Topics.Codegen.Request.ValidateV1);
            var builder = Host.CreateApplicationBuilder(args);
            builder.Services.AddOnexEvents(options =>
            {
                options.ServiceName = "readme-service";
                options.BootstrapServers = cluster.BootstrapServers;
            });
            using var host = builder.Build();
            await host.StartAsync();
            var request = new ValidateRequestV1 { CodeContent = "print(\"hi\")", NodeType = ValidateRequestV1NodeType.Effect, Language = ValidateRequestV1Language.Python };
            var published = await host.Services.GetRequiredService<IEventPublisher>().PublishAsync(request);
            Console.WriteLine($"published {published.EventId} to {Topics.Codegen.Request.ValidateV1}");
            await host.StopAsync();
            """);
        // Directory.Build.* of the repository must not reach the service: it lives outside, as a user's does.
        Assert.False(service.StartsWith(RepositoryPaths.Root, StringComparison.Ordinal));

        var restore = ChildProcess.DotnetRestore(service, packages);
        Assert.True(restore.Succeeded, "restore failed:\n" + restore);
        foreach (var id in new[] { "onexschemas.runtime", "onexschemas.events", "onexschemas.conventions", "onexschemas.testing.kafka" })
        {
            Assert.True(Directory.Exists(Path.Combine(packages, id, packed.Version.ToLowerInvariant())), $"{id} {packed.Version} was not restored into {packages}");
        }

        var build = ChildProcess.DotnetBuild(service);
        ConsumerWorkspace.AssertBuildSucceeded(build);
        var run = ChildProcess.Run(ChildProcess.DotnetHost, [Path.Combine(service, "bin", "Debug", "net10.0", "Service.dll")], service, ChildProcess.DefaultTimeout);
        Assert.True(run.Succeeded, "the service failed:\n" + run);
        Assert.Contains("to omninode.codegen.request.validate.v1", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_tool_installs_from_the_feed_as_the_readme_says_and_validates_the_tree()
    {
        packed.EnsurePacked();
        var commands = ReadmeInstall.Commands("tool");
        var install = commands[0];
        Assert.Equal(["dotnet", "tool", "install", "--global", "OnexSchemas.Cli"], install.Take(5));
        var tools = Path.Combine(packed.TempRoot, "tools");
        // --tool-path instead of --global, so the test leaves the machine's tools as they were.
        var arguments = install.Skip(1).Select(word => word == "--global" ? "--tool-path" : word).ToList();
        arguments.Insert(arguments.IndexOf("--tool-path") + 1, tools);
        arguments[arguments.IndexOf("--version") + 1] = packed.Version;
        arguments[arguments.IndexOf("--add-source") + 1] = packed.Feed;
        var installed = ChildProcess.Dotnet(packed.TempRoot, [.. arguments]);
        Assert.True(installed.Succeeded, "tool install failed:\n" + installed);

        var validate = commands[1];
        Assert.Equal("onex-schemas", validate[0]);
        var run = ChildProcess.Run(Path.Combine(tools, "onex-schemas"), [.. validate.Skip(1)], RepositoryPaths.Root, ChildProcess.DefaultTimeout);
        Assert.True(run.Succeeded, "onex-schemas validate failed:\n" + run);
        Assert.Contains("0 error(s)", run.Output, StringComparison.Ordinal);
    }

    public static TheoryData<string> ShippedIds() => [.. PackedSolutionFixture.Shipped];

    private static XElement Metadata(ZipArchive zip, string id)
    {
        var nuspec = zip.GetEntry(id + ".nuspec");
        Assert.NotNull(nuspec);
        using var stream = nuspec.Open();
        return XDocument.Load(stream).Root!.Elements().Single(element => element.Name.LocalName == "metadata");
    }

    private static XElement Element(XElement metadata, string name) =>
        metadata.Elements().SingleOrDefault(element => element.Name.LocalName == name) ?? throw new Xunit.Sdk.XunitException($"the nuspec has no <{name}>");

    private static string Read(ZipArchive zip, string entry)
    {
        using var reader = new StreamReader(zip.GetEntry(entry)!.Open());
        return reader.ReadToEnd();
    }

    private static string GitHead()
    {
        var head = ChildProcess.Run("git", ["rev-parse", "HEAD"], RepositoryPaths.Root, TimeSpan.FromMinutes(1));
        Assert.True(head.Succeeded, head.ToString());
        return head.Output.Trim();
    }
}
