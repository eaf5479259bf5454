using System.Globalization;
using System.Net;
using System.Text;
using OnexSchemas.Catalog.Model;
using OnexSchemas.Naming;

namespace OnexSchemas.Catalog.Site;

/// <summary>
/// The event flow as inline SVG, in a layered layout written here: producers on the left, topics in the middle (each
/// response right under its request, joined by a dashed bracket), consumers on the right, an edge per declared producer
/// and consumer. Every label sits on its own row of its own column, in a monospaced font whose advance is known, and
/// each column starts after the widest label of the one before it, so no two labels can overlap; services are ordered
/// by the mean row of their topics (one barycentre pass), which removes most crossings. A layout engine (Graphviz,
/// ELK) would mean a native binary or a large script for a picture whose shape is always these three layers.
/// </summary>
internal static class FlowDiagram
{
    private const double RowHeight = 26;
    private const double BoxHeight = 20;
    private const double CharWidth = 7.3; // 12 px monospace: about 0.6 em per character
    private const double Padding = 8;
    private const double ColumnGap = 150;
    private const double Margin = 12;

    public static string Render(EventCatalog catalog, Func<CatalogTopic, string> topicLink)
    {
        var topics = Ordered(catalog.Topics.ToList());
        var row = topics.Select((topic, index) => (topic.Name.Value, index)).ToDictionary(pair => pair.Value, pair => pair.index, StringComparer.Ordinal);
        var producers = Services(topics, topic => topic.Producers, row);
        var consumers = Services(topics, topic => topic.Consumers, row);

        var producerWidth = Width(producers.Select(service => service.Name));
        var topicWidth = Width(topics.Select(topic => topic.Name.Value));
        var consumerWidth = Width(consumers.Select(service => service.Name));
        var x0 = Margin;
        var x1 = x0 + producerWidth + ColumnGap;
        var x2 = x1 + topicWidth + ColumnGap;
        var height = Margin * 2 + 24 + Math.Max(topics.Count, Math.Max(producers.Count, consumers.Count)) * RowHeight;
        var width = x2 + consumerWidth + Margin;
        var topicTop = Top(topics.Count, height);
        var producerY = Spread(producers.Count, height);
        var consumerY = Spread(consumers.Count, height);

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"flow\" viewBox=\"0 0 {width:0.#} {height:0.#}\" width=\"{width:0.#}\" height=\"{height:0.#}\" role=\"group\" aria-labelledby=\"flow-title\" aria-describedby=\"flow-desc\">\n");
        svg.Append("<title id=\"flow-title\">Event flow</title>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"flow-desc\">{Escape(catalog.Summary)}: producers on the left, topics in the middle, consumers on the right; a dashed bracket joins a request and its response.</desc>\n");
        Header(svg, x0, "producers");
        Header(svg, x1, "topics");
        Header(svg, x2, "consumers");

        svg.Append("<g class=\"edges\">\n");
        foreach (var (service, index) in producers.Select((service, index) => (service, index)))
        {
            foreach (var topic in service.Topics)
            {
                Edge(svg, x0 + producerWidth, producerY[index], x1, topicTop + row[topic] * RowHeight + BoxHeight / 2);
            }
        }

        foreach (var (service, index) in consumers.Select((service, index) => (service, index)))
        {
            foreach (var topic in service.Topics)
            {
                Edge(svg, x1 + topicWidth, topicTop + row[topic] * RowHeight + BoxHeight / 2, x2, consumerY[index]);
            }
        }

        svg.Append("</g>\n<g class=\"pairs\">\n");
        foreach (var topic in topics.Where(topic => topic.Response is not null && row.ContainsKey(topic.Response.Value)))
        {
            var from = topicTop + row[topic.Name.Value] * RowHeight + BoxHeight / 2;
            var to = topicTop + row[topic.Response!.Value] * RowHeight + BoxHeight / 2;
            svg.Append(CultureInfo.InvariantCulture, $"<path class=\"pair\" d=\"M {x1 - 2:0.#} {from:0.#} C {x1 - 26:0.#} {from:0.#}, {x1 - 26:0.#} {to:0.#}, {x1 - 2:0.#} {to:0.#}\"><title>{Escape(topic.Name.Value)} is answered on {Escape(topic.Response.Value)}</title></path>\n");
        }

        svg.Append("</g>\n<g class=\"nodes\">\n");
        foreach (var (service, index) in producers.Select((service, index) => (service, index)))
        {
            Node(svg, "service producer", x0, producerY[index] - BoxHeight / 2, producerWidth, service.Name, null);
        }

        foreach (var topic in topics)
        {
            var kind = "topic " + topic.Name.Pattern.Segment() + (topic.Deprecated ? " deprecated" : string.Empty);
            Node(svg, kind, x1, topicTop + row[topic.Name.Value] * RowHeight, topicWidth, topic.Name.Value, topicLink(topic));
        }

        foreach (var (service, index) in consumers.Select((service, index) => (service, index)))
        {
            Node(svg, "service consumer", x2, consumerY[index] - BoxHeight / 2, consumerWidth, service.Name, null);
        }

        svg.Append("</g>\n</svg>\n");
        return svg.ToString();
    }

    // Domain and name order, with each response moved right under its request so the pair's bracket is short.
    private static List<CatalogTopic> Ordered(List<CatalogTopic> topics)
    {
        var responses = topics.Where(topic => topic.Request is not null).Select(topic => topic.Name.Value).ToHashSet(StringComparer.Ordinal);
        var byName = topics.ToDictionary(topic => topic.Name.Value, StringComparer.Ordinal);
        var ordered = new List<CatalogTopic>(topics.Count);
        var placed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var topic in topics.Where(topic => !responses.Contains(topic.Name.Value)))
        {
            ordered.Add(topic);
            placed.Add(topic.Name.Value);
            if (topic.Response is { } response && byName.TryGetValue(response.Value, out var answer) && placed.Add(answer.Name.Value))
            {
                ordered.Add(answer);
            }
        }

        // A response whose request is not in the catalog keeps its own place at the end.
        ordered.AddRange(topics.Where(topic => !placed.Contains(topic.Name.Value)));
        return ordered;
    }

    private sealed record ServiceNode(string Name, IReadOnlyList<string> Topics, double Barycentre);

    private static List<ServiceNode> Services(List<CatalogTopic> topics, Func<CatalogTopic, IReadOnlyList<string>> services, Dictionary<string, int> row) =>
        topics.SelectMany(topic => services(topic).Select(service => (service, topic: topic.Name.Value)))
            .GroupBy(pair => pair.service, StringComparer.Ordinal)
            .Select(group => new ServiceNode(group.Key, group.Select(pair => pair.topic).ToList(), group.Average(pair => row[pair.topic])))
            .OrderBy(service => service.Barycentre)
            .ThenBy(service => service.Name, StringComparer.Ordinal)
            .ToList();

    private static double Width(IEnumerable<string> labels) => labels.Select(label => label.Length).DefaultIfEmpty(8).Max() * CharWidth + Padding * 2;

    private static double Top(int rows, double height) => Margin + 24 + (height - Margin * 2 - 24 - rows * RowHeight) / 2;

    // Services spread over the height of the topics column, one row apart at least, so they face their topics.
    private static double[] Spread(int count, double height)
    {
        var top = Margin + 24;
        var span = height - Margin - top;
        var step = count <= 1 ? 0 : Math.Max(RowHeight, (span - RowHeight) / (count - 1));
        var start = top + (span - step * Math.Max(0, count - 1)) / 2;
        return Enumerable.Range(0, count).Select(index => start + index * step).ToArray();
    }

    private static void Header(StringBuilder svg, double x, string text) =>
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"column\" x=\"{x:0.#}\" y=\"{Margin + 12:0.#}\">{text}</text>\n");

    private static void Edge(StringBuilder svg, double fromX, double fromY, double toX, double toY)
    {
        var middle = (fromX + toX) / 2;
        svg.Append(CultureInfo.InvariantCulture, $"<path class=\"edge\" d=\"M {fromX:0.#} {fromY:0.#} C {middle:0.#} {fromY:0.#}, {middle:0.#} {toY:0.#}, {toX:0.#} {toY:0.#}\"/>\n");
    }

    private static void Node(StringBuilder svg, string kind, double x, double y, double width, string label, string? href)
    {
        svg.Append("<g class=\"node ").Append(kind).Append("\">");
        if (href is not null)
        {
            svg.Append("<a href=\"").Append(Escape(href)).Append("\">");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.#}\" y=\"{y:0.#}\" width=\"{width:0.#}\" height=\"{BoxHeight:0.#}\" rx=\"3\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"label\" x=\"{x + Padding:0.#}\" y=\"{y + BoxHeight / 2 + 4:0.#}\">{Escape(label)}</text>");
        if (href is not null)
        {
            svg.Append("</a>");
        }

        svg.Append("</g>\n");
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
