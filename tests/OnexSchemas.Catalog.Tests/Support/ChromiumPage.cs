using System.Text.Json;
using System.Text.Json.Nodes;

namespace OnexSchemas.Catalog.Tests.Support;

/// <summary>One tab of <see cref="HeadlessChromium"/>.</summary>
internal sealed class ChromiumPage(HeadlessChromium browser, string session)
{
    public Task<JsonElement> SendAsync(string method, JsonObject? parameters = null) => browser.SendAsync(method, parameters, session);

    public async Task NavigateAsync(Uri url)
    {
        var loads = browser.EventsOf(session).Count(item => item.Method == "Page.loadEventFired");
        await SendAsync("Page.navigate", new JsonObject { ["url"] = url.AbsoluteUri });
        await browser.WaitForEventAsync(session, "Page.loadEventFired", loads, TimeSpan.FromSeconds(60));
    }

    /// <summary>Evaluates <paramref name="expression"/> and returns its value as JSON; a thrown error fails.</summary>
    public async Task<JsonElement> EvaluateAsync(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true, ["awaitPromise"] = true });
        if (result.TryGetProperty("exceptionDetails", out var exception))
        {
            throw new InvalidOperationException("script failed: " + exception.GetRawText());
        }

        return result.GetProperty("result").TryGetProperty("value", out var value) ? value : default;
    }

    /// <summary>Presses a key (Tab, Enter) as the keyboard would.</summary>
    public async Task PressAsync(string key, int code)
    {
        foreach (var type in new[] { "keyDown", "keyUp" })
        {
            await SendAsync("Input.dispatchKeyEvent", new JsonObject { ["type"] = type, ["key"] = key, ["code"] = key, ["windowsVirtualKeyCode"] = code });
        }
    }

    /// <summary>Writes the whole page as a PNG.</summary>
    public async Task ScreenshotAsync(string path)
    {
        var shot = await SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png", ["captureBeyondViewport"] = true });
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, Convert.FromBase64String(shot.GetProperty("data").GetString()!));
    }

    /// <summary>What the page's console, its uncaught exceptions and the browser's log reported as errors.</summary>
    public IReadOnlyList<string> Errors() =>
        browser.EventsOf(session)
            .Where(item => item.Method == "Runtime.exceptionThrown"
                || (item.Method == "Runtime.consoleAPICalled" && item.Params.GetProperty("type").GetString() is "error" or "assert")
                || (item.Method == "Log.entryAdded" && item.Params.GetProperty("entry").GetProperty("level").GetString() == "error"))
            .Select(item => item.Method + ": " + item.Params.GetRawText())
            .ToList();
}
