using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OnexSchemas.Catalog.Tests.Support;

/// <summary>
/// Debian's Chromium, headless, driven over the DevTools protocol on loopback: open a page, evaluate script in it,
/// press keys, take a screenshot, and collect what its console and the browser logged as errors.
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ClientWebSocket _socket;
    private readonly string _profile;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly ConcurrentQueue<(string? Session, string Method, JsonElement Params)> _events = new();
    private readonly SemaphoreSlim _send = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _reader;
    private int _nextId;

    private HeadlessChromium(Process process, ClientWebSocket socket, string profile)
    {
        _process = process;
        _socket = socket;
        _profile = profile;
        _reader = Task.Run(ReadAsync);
    }

    public static string Executable =>
        new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("Chromium is not installed: 'apt-get install chromium' (.ci/run installs it)");

    public static async Task<HeadlessChromium> StartAsync()
    {
        var profile = Path.Combine(Path.GetTempPath(), "onex-chromium-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        var start = new ProcessStartInfo(Executable)
        {
            WorkingDirectory = profile,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var argument in new[]
        {
            "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", "--user-data-dir=" + profile,
            "--window-size=1400,1000", "about:blank",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        var endpoint = await ReadEndpointAsync(process).WaitAsync(TimeSpan.FromSeconds(60));
        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
        await socket.ConnectAsync(endpoint, CancellationToken.None);
        return new HeadlessChromium(process, socket, profile);
    }

    private static async Task<Uri> ReadEndpointAsync(Process process)
    {
        while (await process.StandardError.ReadLineAsync() is { } line)
        {
            const string marker = "DevTools listening on ";
            var at = line.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                var endpoint = new Uri(line[(at + marker.Length)..].Trim());
                _ = DrainAsync(process.StandardError);
                return endpoint;
            }
        }

        throw new InvalidOperationException($"Chromium exited (code {(process.HasExited ? process.ExitCode : -1)}) without a DevTools endpoint");
    }

    private static async Task DrainAsync(StreamReader reader)
    {
        while (await reader.ReadLineAsync() is not null)
        {
        }
    }

    /// <summary>Opens <paramref name="url"/> in a new tab and waits for its load event.</summary>
    public async Task<ChromiumPage> OpenAsync(Uri url)
    {
        var target = await SendAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank" });
        var attached = await SendAsync("Target.attachToTarget", new JsonObject { ["targetId"] = target.GetProperty("targetId").GetString(), ["flatten"] = true });
        var page = new ChromiumPage(this, attached.GetProperty("sessionId").GetString()!);
        await page.SendAsync("Page.enable");
        await page.SendAsync("Runtime.enable");
        await page.SendAsync("Log.enable");
        await page.NavigateAsync(url);
        return page;
    }

    internal async Task<JsonElement> SendAsync(string method, JsonObject? parameters = null, string? session = null)
    {
        var id = Interlocked.Increment(ref _nextId);
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        if (session is not null)
        {
            message["sessionId"] = session;
        }

        var reply = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = reply;
        var bytes = Encoding.UTF8.GetBytes(message.ToJsonString());
        await _send.WaitAsync();
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        }
        finally
        {
            _send.Release();
        }

        return await reply.Task.WaitAsync(TimeSpan.FromSeconds(60));
    }

    internal IEnumerable<(string Method, JsonElement Params)> EventsOf(string session) =>
        _events.Where(item => item.Session == session).Select(item => (item.Method, item.Params)).ToList();

    internal async Task WaitForEventAsync(string session, string method, int seen, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (EventsOf(session).Count(item => item.Method == method) <= seen)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"no {method} within {timeout}");
            }

            await Task.Delay(20);
        }
    }

    private async Task ReadAsync()
    {
        var buffer = new byte[1 << 16];
        using var message = new MemoryStream();
        try
        {
            while (!_stop.IsCancellationRequested && _socket.State == WebSocketState.Open)
            {
                var result = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage)
                {
                    continue;
                }

                using var document = JsonDocument.Parse(message.ToArray());
                message.SetLength(0);
                var root = document.RootElement.Clone();
                if (root.TryGetProperty("id", out var id) && _pending.TryRemove(id.GetInt32(), out var reply))
                {
                    if (root.TryGetProperty("error", out var error))
                    {
                        reply.SetException(new InvalidOperationException("DevTools: " + error.GetRawText()));
                    }
                    else
                    {
                        reply.SetResult(root.GetProperty("result"));
                    }
                }
                else if (root.TryGetProperty("method", out var method))
                {
                    var session = root.TryGetProperty("sessionId", out var value) ? value.GetString() : null;
                    _events.Enqueue((session, method.GetString()!, root.TryGetProperty("params", out var parameters) ? parameters : default));
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await SendAsync("Browser.close").WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception exception) when (exception is TimeoutException or InvalidOperationException or WebSocketException)
        {
        }

        await _stop.CancelAsync();
        await _reader.WaitAsync(TimeSpan.FromSeconds(5)).ContinueWith(_ => { }, TaskScheduler.Default);
        if (!_process.WaitForExit(5000))
        {
            _process.Kill(entireProcessTree: true);
        }

        _socket.Dispose();
        _process.Dispose();
        _stop.Dispose();
        _send.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
