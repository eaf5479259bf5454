using OnexSchemas.Catalog.Markdown;
using OnexSchemas.Catalog.Site;
using OnexSchemas.Tests.Support;

namespace OnexSchemas.Catalog.Tests;

/// <summary>What the site and the Markdown make of hostile or odd schema text, and of a site written over an older one.</summary>
public sealed class SiteWriterTests
{
    private const string Hostile = "<script>alert(\"x\")</script> & 'quoted'";

    [Fact]
    public void Schema_text_is_escaped_in_every_place_the_site_shows_it()
    {
        using var tree = TreeBuilder.Valid().Edit(ValidTree.RequestPath, schema =>
        {
            schema["title"] = Hostile;
            schema["description"] = Hostile;
            schema["properties"]!["count"]!["description"] = Hostile;
        });
        var site = Path.Combine(tree.Workspace, "site");

        HtmlSiteWriter.Write(EventCatalogBuilder.Build(tree.Load()), site);

        foreach (var page in new[] { HtmlSiteWriter.IndexFile, HtmlText.TopicPage(ValidTree.RequestTopic) })
        {
            var html = File.ReadAllText(Path.Combine(site, page));
            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_site_written_over_an_older_one_drops_the_pages_of_topics_that_are_gone()
    {
        using var tree = TreeBuilder.Valid();
        var site = Path.Combine(tree.Workspace, "site");
        Directory.CreateDirectory(Path.Combine(site, "topics"));
        var stale = Path.Combine(site, HtmlText.TopicPage("omninode.demo.event.gone.v1"));
        File.WriteAllText(stale, "<!doctype html>");

        var written = HtmlSiteWriter.Write(EventCatalogBuilder.Build(tree.Load()), site);

        Assert.False(File.Exists(stale));
        Assert.Contains(HtmlText.TopicPage(ValidTree.RequestTopic), written);
    }

    [Theory]
    [InlineData("# Not a heading", "\\# Not a heading")]
    [InlineData("- not a list", "\\- not a list")]
    [InlineData("1. not a list", "1\\. not a list")]
    [InlineData("fish & chips ~ not struck ~", "fish \\& chips \\~ not struck \\~")]
    public void A_description_stays_a_paragraph_of_text_in_the_markdown(string description, string written)
    {
        using var tree = TreeBuilder.Valid().Edit(ValidTree.RequestPath, schema => schema["description"] = description);

        var markdown = MarkdownCatalogWriter.Write(EventCatalogBuilder.Build(tree.Load()), "schemas");

        Assert.Contains("\n\n" + written + "\n\n", markdown, StringComparison.Ordinal);
    }
}
