namespace OnexSchemas.Catalog.Site;

/// <summary>The site's one stylesheet and one script, written beside the pages: nothing is loaded from elsewhere.</summary>
internal static class SiteAssets
{
    // Colours meet WCAG AA contrast on their backgrounds (body text #1b1f24 on #ffffff is 16:1, links #0b5cad 6.6:1).
    public const string Stylesheet = """
        :root { color-scheme: light; --text: #1b1f24; --muted: #4a525c; --line: #c9d1d9; --link: #0b5cad; --accent: #eef3f8; }
        * { box-sizing: border-box; }
        body { margin: 0 auto; max-width: 90rem; padding: 1rem 1.5rem 3rem; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--text); background: #ffffff; }
        a { color: var(--link); }
        a:focus-visible, input:focus-visible, select:focus-visible, [tabindex]:focus-visible, summary:focus-visible { outline: 3px solid #d97706; outline-offset: 2px; }
        code, pre, .flow text { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; }
        pre { background: var(--accent); padding: .75rem; overflow: auto; border-radius: 4px; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1.5rem; }
        th, td { text-align: left; vertical-align: top; padding: .35rem .6rem; border-bottom: 1px solid var(--line); }
        thead th, .settings th { background: var(--accent); }
        .settings { width: auto; }
        .skip { position: absolute; left: -999px; }
        .skip:focus { left: 1rem; top: 1rem; background: #ffffff; padding: .5rem; z-index: 1; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        .filters { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; margin: .5rem 0; }
        .filters input { min-width: 18rem; }
        input, select { font: inherit; padding: .25rem .4rem; border: 1px solid var(--muted); border-radius: 3px; }
        .badge, .deprecated strong { background: #fde68a; color: #3f2d00; padding: 0 .35rem; border-radius: 3px; }
        .title { color: var(--muted); margin-top: -.5rem; }
        .flow-frame { overflow: auto; border: 1px solid var(--line); border-radius: 4px; }
        .flow text { font-size: 12px; fill: var(--text); }
        .flow text.column { font-weight: 600; fill: var(--muted); }
        .flow rect { fill: #ffffff; stroke: #57606a; }
        .flow .topic rect { fill: var(--accent); }
        .flow .request rect { stroke: #0b5cad; }
        .flow .response rect { stroke: #1a7f37; }
        .flow .deprecated rect { stroke-dasharray: 3 2; }
        .flow .edge { fill: none; stroke: #8c959f; stroke-width: 1; }
        .flow .pair { fill: none; stroke: #0b5cad; stroke-width: 1.5; stroke-dasharray: 4 3; }
        .flow a:focus-visible rect { stroke: #d97706; stroke-width: 3; }
        footer { margin-top: 2rem; color: var(--muted); font-size: .9rem; }

        """;

    // Filters and search over the rows' data attributes; the page works without it, showing every topic.
    public const string Script = """
        "use strict";
        (function () {
          var table = document.getElementById("topics");
          if (!table) { return; }
          var search = document.getElementById("search");
          var filters = ["domain", "pattern", "owner"].map(function (id) { return document.getElementById(id); });
          var count = document.getElementById("count");
          var rows = Array.prototype.slice.call(table.tBodies[0].rows);
          function apply() {
            var words = search.value.toLowerCase().split(/\s+/).filter(function (word) { return word.length > 0; });
            var shown = 0;
            rows.forEach(function (row) {
              var visible = filters.every(function (select) { return select.value === "" || row.dataset[select.id] === select.value; })
                && words.every(function (word) { return row.dataset.text.indexOf(word) >= 0; });
              row.hidden = !visible;
              if (visible) { shown++; }
            });
            count.textContent = shown === rows.length
              ? rows.length + (rows.length === 1 ? " topic" : " topics")
              : shown + " of " + rows.length + " topics";
          }
          search.addEventListener("input", apply);
          filters.forEach(function (select) { select.addEventListener("change", apply); });
          document.querySelector("form.filters").addEventListener("submit", function (event) { event.preventDefault(); });
          apply();
        })();

        """;
}
