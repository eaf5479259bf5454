using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using OnexSchemas.Catalog.Model;
using OnexSchemas.Compatibility;
using OnexSchemas.Naming;

namespace OnexSchemas.Catalog.Site;

/// <summary>
/// The catalog as a static site: <c>index.html</c> (the flow picture, every topic with filters by domain, pattern and
/// owner and a text search) and a page per topic (its settings, pairing, fields, examples and registered form), with
/// one stylesheet and one script beside them. Self-contained: no CDN, no request to any network, relative links only,
/// so it works from <c>file://</c> and from any static host.
/// </summary>
public static class HtmlSiteWriter
{
    /// <summary>The site's entry page.</summary>
    public const string IndexFile = "index.html";

    /// <summary>Writes the site into <paramref name="directory"/> (created if missing) and returns the files written, relative to it.</summary>
    public static IReadOnlyList<string> Write(EventCatalog catalog, string directory)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [IndexFile] = Index(catalog),
            ["assets/site.css"] = SiteAssets.Stylesheet,
            ["assets/site.js"] = SiteAssets.Script,
        };
        foreach (var topic in catalog.Topics)
        {
            files[HtmlText.TopicPage(topic.Name.Value)] = TopicPage(topic);
        }

        foreach (var (name, text) in files)
        {
            var path = Path.Combine(directory, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        // A topic removed from the tree loses its page: a site written over an older one must not keep it.
        foreach (var page in Directory.EnumerateFiles(Path.Combine(directory, "topics"), "*.html"))
        {
            if (!files.ContainsKey("topics/" + Path.GetFileName(page)))
            {
                File.Delete(page);
            }
        }

        return files.Keys.Order(StringComparer.Ordinal).ToList();
    }

    private static string Index(EventCatalog catalog)
    {
        var topics = catalog.Topics.ToList();
        var w = new StringBuilder();
        Begin(w, "Event catalog", string.Empty);
        w.Append("<header><h1>Event catalog</h1>\n<p>").Append(HtmlText.Escape(catalog.Summary))
            .Append(". Every topic has a dead-letter topic, <code>{topic}.dlq</code>, and every message travels in the envelope.</p></header>\n");
        w.Append("<main id=\"main\">\n<section aria-labelledby=\"flow-heading\">\n<h2 id=\"flow-heading\">Event flow</h2>\n<div class=\"flow-frame\" role=\"region\" tabindex=\"0\" aria-label=\"Event flow picture, scrollable\">\n");
        w.Append(FlowDiagram.Render(catalog, topic => HtmlText.TopicPage(topic.Name.Value)));
        w.Append("</div>\n</section>\n<section aria-labelledby=\"topics-heading\">\n<h2 id=\"topics-heading\">Topics</h2>\n");
        w.Append("<form class=\"filters\" role=\"search\" aria-label=\"Filter the topics\">\n");
        w.Append("<label for=\"search\">Search</label> <input id=\"search\" type=\"search\" placeholder=\"topic, field or description\" autocomplete=\"off\">\n");
        Select(w, "domain", "Domain", catalog.Domains.Select(domain => domain.Name));
        Select(w, "pattern", "Pattern", topics.Select(topic => topic.Name.Pattern.Segment()).Distinct().Order(StringComparer.Ordinal));
        Select(w, "owner", "Owner", topics.Select(topic => topic.Owner).Distinct().Order(StringComparer.Ordinal));
        w.Append("</form>\n<p id=\"count\" role=\"status\" aria-live=\"polite\">").Append(CatalogWords.Count(topics.Count, "topic")).Append("</p>\n");
        w.Append("<table id=\"topics\">\n<caption class=\"visually-hidden\">Every topic, filtered by the form above</caption>\n");
        w.Append("<thead><tr><th scope=\"col\">topic</th><th scope=\"col\">pattern</th><th scope=\"col\">version</th><th scope=\"col\">owner</th><th scope=\"col\">producers</th><th scope=\"col\">consumers</th></tr></thead>\n<tbody>\n");
        foreach (var topic in topics)
        {
            var text = string.Join(' ', new[] { topic.Name.Value, topic.Title, topic.Description }.Concat(topic.Fields.Select(field => field.Path + " " + field.Description))).ToLowerInvariant();
            w.Append("<tr data-domain=\"").Append(HtmlText.Escape(topic.Name.Domain)).Append("\" data-pattern=\"").Append(topic.Name.Pattern.Segment())
                .Append("\" data-owner=\"").Append(HtmlText.Escape(topic.Owner)).Append("\" data-text=\"").Append(HtmlText.Escape(text)).Append("\">");
            w.Append("<td><a href=\"").Append(HtmlText.TopicPage(topic.Name.Value)).Append("\">").Append(HtmlText.Escape(topic.Name.Value)).Append("</a>")
                .Append(topic.Deprecated ? " <span class=\"badge\">deprecated</span>" : string.Empty).Append("</td>");
            w.Append("<td>").Append(topic.Name.Pattern.Segment()).Append("</td><td>").Append(HtmlText.Escape(topic.Version)).Append("</td><td>")
                .Append(HtmlText.Escape(topic.Owner)).Append("</td><td>").Append(HtmlText.Escape(string.Join(", ", topic.Producers))).Append("</td><td>")
                .Append(HtmlText.Escape(string.Join(", ", topic.Consumers))).Append("</td></tr>\n");
        }

        w.Append("</tbody>\n</table>\n</section>\n</main>\n");
        End(w, string.Empty);
        return w.ToString();
    }

    private static void Select(StringBuilder w, string id, string label, IEnumerable<string> values)
    {
        w.Append("<label for=\"").Append(id).Append("\">").Append(label).Append("</label> <select id=\"").Append(id).Append("\"><option value=\"\">all</option>");
        foreach (var value in values)
        {
            w.Append("<option>").Append(HtmlText.Escape(value)).Append("</option>");
        }

        w.Append("</select>\n");
    }

    private static string TopicPage(CatalogTopic topic)
    {
        const string up = "../";
        var settings = topic.Schema.Settings;
        var w = new StringBuilder();
        Begin(w, topic.Name.Value + " · Event catalog", up);
        w.Append("<nav aria-label=\"Breadcrumb\"><a href=\"").Append(up).Append(IndexFile).Append("\">Event catalog</a> › ")
            .Append(HtmlText.Escape(topic.Name.Domain)).Append("</nav>\n");
        w.Append("<header><h1>").Append(HtmlText.Escape(topic.Name.Value)).Append("</h1>\n<p class=\"title\">").Append(HtmlText.Escape(topic.Title)).Append("</p>\n");
        if (topic.Deprecated)
        {
            w.Append("<p class=\"deprecated\"><strong>Deprecated</strong>")
                .Append(CatalogWords.Sunset(topic.Sunset)).Append(".</p>\n");
        }

        w.Append("</header>\n<main id=\"main\">\n");
        if (topic.Description.Length > 0)
        {
            w.Append("<p>").Append(HtmlText.Escape(topic.Description)).Append("</p>\n");
        }

        w.Append("<section aria-labelledby=\"settings-heading\">\n<h2 id=\"settings-heading\">Topic</h2>\n<table class=\"settings\">\n<tbody>\n");
        Row(w, "pattern", topic.Name.Pattern.Segment());
        Row(w, "version", HtmlText.Escape(topic.Version));
        Row(w, "owner", HtmlText.Escape(topic.Owner));
        Row(w, "producers", HtmlText.Escape(CatalogWords.Services(topic.Producers)));
        Row(w, "consumers", HtmlText.Escape(CatalogWords.Services(topic.Consumers)));
        Row(w, "partitions", settings.Partitions.ToString(CultureInfo.InvariantCulture));
        Row(w, "replication", settings.ReplicationFactor.ToString(CultureInfo.InvariantCulture));
        Row(w, "retention", HtmlText.Escape(CatalogWords.Retention(settings.RetentionMs)));
        Row(w, "compatibility", settings.Compatibility.ToRegistryName());
        Row(w, "dead-letter topic", "<code>" + HtmlText.Escape(topic.Name.DeadLetterTopic) + "</code>");
        if (topic.Response is { } response)
        {
            Row(w, "response", TopicLink(response, up));
        }

        if (topic.Request is { } request)
        {
            Row(w, "answers", TopicLink(request, up));
        }

        Row(w, "schema file", "<code>" + HtmlText.Escape(topic.File) + "</code>");
        w.Append("</tbody>\n</table>\n</section>\n");

        w.Append("<section aria-labelledby=\"fields-heading\">\n<h2 id=\"fields-heading\">Fields</h2>\n");
        if (topic.Fields.Count == 0)
        {
            w.Append("<p>The payload has no declared fields.</p>\n");
        }
        else
        {
            w.Append("<table class=\"fields\">\n<thead><tr><th scope=\"col\">field</th><th scope=\"col\">type</th><th scope=\"col\">required</th><th scope=\"col\">description</th></tr></thead>\n<tbody>\n");
            foreach (var field in topic.Fields)
            {
                w.Append("<tr><td><code>").Append(HtmlText.Escape(field.Path)).Append("</code></td><td>").Append(HtmlText.Escape(field.Type)).Append("</td><td>")
                    .Append(field.Required ? "yes" : "no").Append("</td><td>").Append(HtmlText.Escape(field.Description)).Append("</td></tr>\n");
            }

            w.Append("</tbody>\n</table>\n");
        }

        w.Append("</section>\n");
        var examples = Examples(topic);
        if (examples.Count > 0)
        {
            w.Append("<section aria-labelledby=\"examples-heading\">\n<h2 id=\"examples-heading\">Examples</h2>\n");
            foreach (var example in examples)
            {
                w.Append("<pre tabindex=\"0\"><code>").Append(HtmlText.Escape(example)).Append("</code></pre>\n");
            }

            w.Append("</section>\n");
        }

        if (topic.Registered is { } registered)
        {
            w.Append("<section aria-labelledby=\"registered-heading\">\n<h2 id=\"registered-heading\">Registered form</h2>\n<p>Subject <code>")
                .Append(HtmlText.Escape(registered.Subject)).Append("</code>: the envelope with <code>payload</code> bound to this topic's schema, as the registry holds it.</p>\n");
            w.Append("<details><summary>Show the registered schema</summary>\n<pre tabindex=\"0\"><code>").Append(HtmlText.Escape(Indented(registered.Schema))).Append("</code></pre>\n</details>\n</section>\n");
        }

        History(w, topic);
        w.Append("</main>\n");
        End(w, up);
        return w.ToString();
    }

    private static void History(StringBuilder w, CatalogTopic topic)
    {
        w.Append("<section aria-labelledby=\"history-heading\">\n<h2 id=\"history-heading\">Version history</h2>\n");
        if (topic.History is not { } history)
        {
            w.Append("<p>The catalog was written without git history.</p>\n</section>\n");
            return;
        }

        if (history.Count == 0)
        {
            w.Append("<p>No committed version yet.</p>\n</section>\n");
            return;
        }

        w.Append("<ol class=\"history\" reversed>\n");
        foreach (var entry in history.Reverse())
        {
            w.Append("<li><h3>").Append(HtmlText.Escape(entry.Version)).Append("</h3>\n<p>")
                .Append(entry.Date.ToString("yyyy-MM-dd HH:mm 'UTC'zzz", CultureInfo.InvariantCulture)).Append(", commit <code>")
                .Append(HtmlText.Escape(entry.Commit[..Math.Min(12, entry.Commit.Length)])).Append("</code></p>\n");
            if (entry.FromPrevious is { } step)
            {
                var verdict = !step.Compared ? "not compared" : step.Compatible ? "compatible" : "incompatible";
                w.Append("<p class=\"verdict ").Append(verdict.Replace(' ', '-')).Append("\">").Append(verdict)
                    .Append(step.Compared ? ", needs a " + HtmlText.Escape(step.RequiredBump) + " bump" : string.Empty).Append("</p>\n");
                if (step.Changes.Count > 0)
                {
                    w.Append("<ul class=\"changes\">");
                    foreach (var change in step.Changes)
                    {
                        w.Append("<li><code>").Append(HtmlText.Escape(change)).Append("</code></li>");
                    }

                    w.Append("</ul>\n");
                }

                foreach (var message in step.Messages)
                {
                    w.Append("<p>").Append(HtmlText.Escape(message)).Append("</p>\n");
                }
            }
            else
            {
                w.Append("<p>The first version.</p>\n");
            }

            w.Append("</li>\n");
        }

        w.Append("</ol>\n</section>\n");
    }

    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static List<string> Examples(CatalogTopic topic) =>
        topic.Schema.Document.Root.TryGetProperty("examples", out var examples) && examples.ValueKind == JsonValueKind.Array
            ? examples.EnumerateArray().Select(example => JsonSerializer.Serialize(example, Pretty)).ToList()
            : [];

    private static string Indented(string json)
    {
        using var document = JsonDocument.Parse(json);
        return JsonSerializer.Serialize(document.RootElement, Pretty);
    }

    private static void Row(StringBuilder w, string label, string html) =>
        w.Append("<tr><th scope=\"row\">").Append(label).Append("</th><td>").Append(html).Append("</td></tr>\n");

    private static string TopicLink(TopicName topic, string up) =>
        "<a href=\"" + up + HtmlText.TopicPage(topic.Value) + "\">" + HtmlText.Escape(topic.Value) + "</a>";

    private static void Begin(StringBuilder w, string title, string up)
    {
        w.Append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        w.Append("<title>").Append(HtmlText.Escape(title)).Append("</title>\n<link rel=\"stylesheet\" href=\"").Append(up).Append("assets/site.css\">\n</head>\n<body>\n");
        w.Append("<a class=\"skip\" href=\"#main\">Skip to the content</a>\n");
    }

    private static void End(StringBuilder w, string up) =>
        w.Append("<footer><p>Generated from the schema tree by <code>onex-schemas catalog</code>: edit the schemas, not these pages.</p></footer>\n<script src=\"")
            .Append(up).Append("assets/site.js\"></script>\n</body>\n</html>\n");
}
