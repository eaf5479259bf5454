using System.Net;

namespace OnexSchemas.Catalog.Site;

/// <summary>Escaping and file names for the site's pages.</summary>
internal static class HtmlText
{
    /// <summary>Text or an attribute value, HTML-escaped (quotes included).</summary>
    public static string Escape(string text) => WebUtility.HtmlEncode(text);

    /// <summary>A topic's page, relative to the site's root: <c>topics/omninode.codegen.request.validate.v1.html</c>.</summary>
    public static string TopicPage(string topic) => "topics/" + topic + ".html";
}
