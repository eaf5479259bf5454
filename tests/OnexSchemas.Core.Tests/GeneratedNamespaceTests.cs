using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using OnexSchemas.Loading;
using OnexSchemas.Naming;
using OnexSchemas.Tests.Support;

namespace OnexSchemas.Core.Tests;

/// <summary>
/// A generated namespace never shadows a root namespace that code inside it uses: inside
/// <c>Omninode.Events.*</c>, a nested <c>System</c> would capture every <c>System.Guid</c> of the user's own code.
/// </summary>
public sealed class GeneratedNamespaceTests
{
    [Theory]
    [InlineData("system", "Omninode.Events.SystemEvents")]
    [InlineData("microsoft", "Omninode.Events.MicrosoftEvents")]
    [InlineData("confluent", "Omninode.Events.ConfluentEvents")]
    [InlineData("codegen", "Omninode.Events.Codegen")]
    [InlineData("system_health", "Omninode.Events.SystemHealth")]
    public void A_domain_named_like_a_root_namespace_gets_a_suffix_and_others_keep_their_name(string domain, string expected) =>
        Assert.Equal(expected, CSharpNames.DomainNamespace("Omninode.Events", domain));

    [Fact]
    public void Every_root_namespace_of_the_shared_framework_is_guarded()
    {
        // Read from the framework's own assemblies, so a root namespace added by a future .NET fails here first.
        var roots = PublicRootNamespaces(Path.GetDirectoryName(typeof(object).Assembly.Location)!);

        Assert.Contains("System", roots);
        Assert.All(roots, root => Assert.Contains(root, CSharpNames.ShadowedRootNamespaces));
    }

    [Fact]
    public void No_domain_namespace_ends_in_a_guarded_root_namespace()
    {
        foreach (var root in CSharpNames.ShadowedRootNamespaces)
        {
            var domain = string.Concat(root.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
            var segment = CSharpNames.DomainNamespace("Omninode.Events", domain).Split('.')[^1];
            Assert.NotEqual(root, segment);
        }

        var tree = SchemaTreeLoader.Load(RepositoryPaths.Schemas);
        Assert.Contains(tree.Topics, topic => topic.Name.Domain == "system");
        Assert.All(tree.Topics, topic => Assert.DoesNotContain(
            CSharpNames.PayloadTypeFullName(topic.Name).Split('.')[2], CSharpNames.ShadowedRootNamespaces));
    }

    private static SortedSet<string> PublicRootNamespaces(string directory)
    {
        var roots = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(directory, "*.dll"))
        {
            using var pe = new PEReader(File.OpenRead(path));
            if (!pe.HasMetadata)
            {
                continue;
            }

            var metadata = pe.GetMetadataReader();
            foreach (var handle in metadata.TypeDefinitions)
            {
                var type = metadata.GetTypeDefinition(handle);
                var name = metadata.GetString(type.Namespace);
                if ((type.Attributes & TypeAttributes.VisibilityMask) == TypeAttributes.Public && name.Length > 0)
                {
                    roots.Add(name.Split('.')[0]);
                }
            }
        }

        return roots;
    }
}
