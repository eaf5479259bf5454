using System.Text.Json;
using OnexSchemas.Catalog.Site;
using OnexSchemas.Catalog.Tests.Support;
using OnexSchemas.Cli;
using OnexSchemas.Loading;
using OnexSchemas.Tests.Support;
using Xunit.Abstractions;

namespace OnexSchemas.Catalog.Tests;

/// <summary>The repository's catalog as a site, written by the command and loaded from <c>file://</c> by headless Chromium.</summary>
public sealed class SiteFixture : IAsyncLifetime
{
    public string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "catalog-site");

    internal HeadlessChromium Browser { get; private set; } = null!;

    public Model.EventCatalog Catalog { get; } = EventCatalogBuilder.Build(SchemaTreeLoader.Load(RepositoryPaths.Schemas));

    public Uri Page(string relative) => new(Path.Combine(Directory, relative));

    public async Task InitializeAsync()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }

        var result = CliRunner.Run(RepositoryPaths.Root, "catalog", "--root", RepositoryPaths.Schemas, "--out", Directory);
        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Browser = await HeadlessChromium.StartAsync();
    }

    public async Task DisposeAsync() => await Browser.DisposeAsync();
}

public sealed class SiteTests(SiteFixture site, ITestOutputHelper output) : IClassFixture<SiteFixture>
{
    [Fact]
    public void The_command_writes_an_index_a_page_per_topic_and_its_assets()
    {
        Assert.True(File.Exists(Path.Combine(site.Directory, HtmlSiteWriter.IndexFile)));
        Assert.All(site.Catalog.Topics, topic => Assert.True(File.Exists(Path.Combine(site.Directory, "topics", topic.Name.Value + ".html")), topic.Name.Value));
        Assert.True(File.Exists(Path.Combine(site.Directory, "assets", "site.css")));
        var html = string.Join("\n", System.IO.Directory.EnumerateFiles(site.Directory, "*", SearchOption.AllDirectories).Select(File.ReadAllText));
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", string.Empty, StringComparison.Ordinal).Replace("http://json-schema.org/", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://cdn", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_page_loads_from_file_without_a_console_error_or_a_broken_internal_link()
    {
        var pages = System.IO.Directory.EnumerateFiles(site.Directory, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(site.Catalog.Topics.Count() + 1, pages.Count);
        var links = 0;
        foreach (var path in pages)
        {
            var page = await site.Browser.OpenAsync(new Uri(path));
            var targets = await page.EvaluateAsync("""
                Array.from(document.querySelectorAll('a[href]')).map(a => new URL(a.getAttribute('href'), document.baseURI).href)
                  .concat(Array.from(document.querySelectorAll('link[href]')).map(l => l.href))
                  .concat(Array.from(document.querySelectorAll('script[src]')).map(s => s.src))
                """);
            foreach (var target in targets.EnumerateArray().Select(item => item.GetString()!).Where(item => item.StartsWith("file:", StringComparison.Ordinal)))
            {
                links++;
                var uri = new Uri(target);
                Assert.True(File.Exists(uri.LocalPath), $"{Path.GetRelativePath(site.Directory, path)} links to {uri.LocalPath}, which does not exist");
                if (uri.Fragment.Length > 1 && uri.LocalPath == path)
                {
                    Assert.True((await page.EvaluateAsync($"document.getElementById({JsonSerializer.Serialize(uri.Fragment[1..])}) !== null")).GetBoolean(), target);
                }
            }

            Assert.True(page.Errors().Count == 0, $"{path}: {string.Join("\n", page.Errors())}");
            var resources = await page.EvaluateAsync("performance.getEntriesByType('resource').map(e => e.name)");
            Assert.All(resources.EnumerateArray(), resource => Assert.StartsWith("file:", resource.GetString(), StringComparison.Ordinal));
        }

        output.WriteLine($"{pages.Count} pages, {links} internal links checked");
    }

    [Fact]
    public async Task The_search_and_the_filters_narrow_the_topics_table()
    {
        var page = await site.Browser.OpenAsync(site.Page(HtmlSiteWriter.IndexFile));
        var all = site.Catalog.Topics.ToList();

        Assert.Equal(all.Count, await Visible(page));
        await Set(page, "#domain", "codegen", "change");
        Assert.Equal(all.Count(topic => topic.Name.Domain == "codegen"), await Visible(page));
        await Set(page, "#pattern", "request", "change");
        Assert.Equal(all.Count(topic => topic.Name.Domain == "codegen" && topic.Name.Pattern == Naming.EventPattern.Request), await Visible(page));
        Assert.Equal($"{await Visible(page)} of {all.Count} topics", (await page.EvaluateAsync("document.getElementById('count').textContent")).GetString());
        await Set(page, "#domain", string.Empty, "change");
        await Set(page, "#pattern", string.Empty, "change");

        // A field's name finds the topics that have it.
        await Set(page, "#search", "code_content", "input");
        var withField = all.Count(topic => topic.Fields.Any(field => field.Path.Contains("code_content", StringComparison.Ordinal)));
        Assert.True(withField > 0);
        Assert.Equal(withField, await Visible(page));
        await Set(page, "#search", "no-such-thing-anywhere", "input");
        Assert.Equal(0, await Visible(page));
        await Set(page, "#search", string.Empty, "input");
        var owner = all[0].Owner;
        await Set(page, "#owner", owner, "change");
        Assert.Equal(all.Count(topic => topic.Owner == owner), await Visible(page));
    }

    [Fact]
    public async Task The_keyboard_reaches_the_skip_link_first_and_then_the_page()
    {
        var page = await site.Browser.OpenAsync(site.Page(HtmlSiteWriter.IndexFile));

        await page.PressAsync("Tab", 9);
        Assert.Equal("skip", (await page.EvaluateAsync("document.activeElement.className")).GetString());
        await page.PressAsync("Tab", 9);
        Assert.NotEqual("BODY", (await page.EvaluateAsync("document.activeElement.tagName")).GetString());
    }

    [Theory]
    [InlineData(HtmlSiteWriter.IndexFile)]
    [InlineData("topics/omninode.codegen.request.validate.v1.html")]
    public async Task Text_meets_WCAG_AA_contrast_and_every_page_has_one_h1_and_named_links(string relative)
    {
        var page = await site.Browser.OpenAsync(site.Page(relative));
        var measured = await page.EvaluateAsync("""
            (() => {
              const rgb = c => c.match(/[\d.]+/g).slice(0, 3).map(Number);
              const lum = c => { const [r, g, b] = rgb(c).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
              const background = e => { for (; e; e = e.parentElement) { const c = getComputedStyle(e).backgroundColor; if (!c.startsWith('rgba(0, 0, 0, 0)') && c !== 'transparent') return c; } return 'rgb(255, 255, 255)'; };
              const worst = [];
              for (const e of document.querySelectorAll('p, td, th, a, label, code, h1, h2, h3, li, caption, summary, footer, nav')) {
                if (!e.offsetParent && e.tagName !== 'BODY') continue;
                const fg = lum(getComputedStyle(e).color), bg = lum(background(e));
                const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
                if (ratio < 4.5) worst.push(e.tagName + ' ' + ratio.toFixed(2) + ' ' + e.textContent.slice(0, 40));
              }
              const unnamed = Array.from(document.querySelectorAll('a')).filter(a => a.textContent.trim().length === 0 && !a.getAttribute('aria-label')).length;
              return { low: worst, h1: document.querySelectorAll('h1').length, unnamed, lang: document.documentElement.lang };
            })()
            """);

        Assert.Empty(measured.GetProperty("low").EnumerateArray());
        Assert.Equal(1, measured.GetProperty("h1").GetInt32());
        Assert.Equal(0, measured.GetProperty("unnamed").GetInt32());
        Assert.Equal("en", measured.GetProperty("lang").GetString());
    }

    [Fact]
    public async Task No_two_labels_of_the_flow_picture_overlap_and_screenshots_are_written()
    {
        var page = await site.Browser.OpenAsync(site.Page(HtmlSiteWriter.IndexFile));
        var measured = await page.EvaluateAsync("""
            (() => {
              const boxes = Array.from(document.querySelectorAll('svg.flow text')).map(t => { const r = t.getBoundingClientRect(); return { text: t.textContent, l: r.left, t: r.top, r: r.right, b: r.bottom }; });
              const overlaps = [];
              for (let i = 0; i < boxes.length; i++)
                for (let j = i + 1; j < boxes.length; j++) {
                  const a = boxes[i], b = boxes[j];
                  if (a.l < b.r && b.l < a.r && a.t < b.b && b.t < a.b) overlaps.push(a.text + ' / ' + b.text);
                }
              const outside = Array.from(document.querySelectorAll('svg.flow g.node')).filter(g => {
                const text = g.querySelector('text').getBBox(), rect = g.querySelector('rect').getBBox();
                return text.x + text.width > rect.x + rect.width || text.x < rect.x;
              }).map(g => g.textContent);
              return { labels: boxes.length, overlaps, outside };
            })()
            """);

        var services = site.Catalog.Topics.SelectMany(topic => topic.Producers).Distinct().Count() + site.Catalog.Topics.SelectMany(topic => topic.Consumers).Distinct().Count();
        Assert.Equal(site.Catalog.Topics.Count() + services + 3, measured.GetProperty("labels").GetInt32()); // + the three column headings
        Assert.Empty(measured.GetProperty("overlaps").EnumerateArray());
        Assert.Empty(measured.GetProperty("outside").EnumerateArray());

        var shots = Path.Combine(AppContext.BaseDirectory, "catalog-screenshots");
        await page.ScreenshotAsync(Path.Combine(shots, "index.png"));
        var topicPage = await site.Browser.OpenAsync(site.Page(HtmlText.TopicPage("omninode.codegen.request.validate.v1")));
        await topicPage.ScreenshotAsync(Path.Combine(shots, "omninode.codegen.request.validate.v1.png"));
        foreach (var shot in System.IO.Directory.EnumerateFiles(shots, "*.png"))
        {
            var bytes = await File.ReadAllBytesAsync(shot);
            Assert.True(bytes.Length > 10_000 && bytes[1] == (byte)'P' && bytes[2] == (byte)'N' && bytes[3] == (byte)'G', shot);
            output.WriteLine($"{shot}: {bytes.Length} bytes");
        }
    }

    private static async Task<int> Visible(ChromiumPage page) =>
        (await page.EvaluateAsync("Array.from(document.querySelectorAll('#topics tbody tr')).filter(r => !r.hidden).length")).GetInt32();

    private static Task Set(ChromiumPage page, string selector, string value, string eventName) =>
        page.EvaluateAsync($"(() => {{ const e = document.querySelector({JsonSerializer.Serialize(selector)}); e.value = {JsonSerializer.Serialize(value)}; e.dispatchEvent(new Event({JsonSerializer.Serialize(eventName)}, {{ bubbles: true }})); }})()");
}
