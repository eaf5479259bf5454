using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using OnexSchemas.Tests.Support;

namespace OnexSchemas.Registry.Tests;

/// <summary>
/// <c>onex-schemas registry serve</c> as its own process, killed with SIGKILL while clients are registering: after a
/// restart on the same data, every acknowledged registration is there and nothing half-written is.
/// </summary>
public sealed class LocalRegistryCrashTests : IDisposable
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("onex-registry-crash-");

    public void Dispose() => _data.Delete(recursive: true);

    [Fact]
    public async Task Killed_during_writes_it_loses_no_acknowledged_write_and_holds_no_partial_one()
    {
        var acknowledged = new ConcurrentDictionary<string, int>();
        using (var server = await Serve())
        {
            using var http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(10) };
            using var stop = new CancellationTokenSource();
            var writers = Enumerable.Range(0, 8).Select(writer => Task.Run(async () =>
            {
                for (var index = 0; !stop.IsCancellationRequested; index++)
                {
                    var subject = $"omninode.crash.event.w{writer}_{index}.v1-value";
                    try
                    {
                        using var response = await http.PostAsync($"subjects/{subject}/versions", Body($$"""{"type":"object","title":"w{{writer}} {{index}}"}"""));
                        if (response.IsSuccessStatusCode)
                        {
                            acknowledged[subject] = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!.GetValue<int>();
                        }
                    }
                    catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
                    {
                        return; // the server is gone
                    }
                }
            })).ToList();

            while (acknowledged.Count < 150)
            {
                await Task.Delay(10);
            }

            server.Process.Kill(); // SIGKILL: no shutdown, no flush
            await server.Process.WaitForExitAsync();
            await stop.CancelAsync();
            await Task.WhenAll(writers);
        }

        using (var restarted = await Serve())
        {
            using var http = new HttpClient { BaseAddress = restarted.Address };
            foreach (var (subject, id) in acknowledged)
            {
                var latest = JsonNode.Parse(await http.GetStringAsync($"subjects/{subject}/versions/latest"))!;
                Assert.Equal(id, latest["id"]!.GetValue<int>());
                Assert.Equal(1, latest["version"]!.GetValue<int>());
            }

            // Whatever was written past the last acknowledgement is whole: each version has its schema.
            foreach (var subject in JsonNode.Parse(await http.GetStringAsync("subjects"))!.AsArray().Select(node => node!.GetValue<string>()))
            {
                using var response = await http.GetAsync($"subjects/{subject}/versions/latest/schema");
                Assert.True(response.IsSuccessStatusCode, subject);
            }
        }

        using var connection = new SqliteConnection($"Data Source={Path.Combine(_data.FullName, "registry.db")};Mode=ReadOnly;Pooling=false");
        connection.Open();
        using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        Assert.Equal("ok", check.ExecuteScalar());
        check.CommandText = "SELECT count(*) FROM versions v LEFT JOIN schemas s ON s.id = v.schema_id WHERE s.id IS NULL";
        Assert.Equal(0L, check.ExecuteScalar());
    }

    private static StringContent Body(string schema)
    {
        var content = new StringContent(new JsonObject { ["schemaType"] = "JSON", ["schema"] = schema }.ToJsonString(), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.schemaregistry.v1+json");
        return content;
    }

    private async Task<ServedRegistry> Serve()
    {
        var process = CliProcess.Start(new StringBuilder(), "registry", "serve", "--port", "0", "--data", _data.FullName, "--registry-profile", "redpanda");
        var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60)) ?? throw new InvalidOperationException("registry serve printed nothing");
        var address = line.Split(' ').First(word => word.StartsWith("http://", StringComparison.Ordinal));
        return new ServedRegistry(process, new Uri(address));
    }

    private sealed record ServedRegistry(Process Process, Uri Address) : IDisposable
    {
        public void Dispose()
        {
            if (!Process.HasExited)
            {
                Process.Kill(entireProcessTree: true);
                Process.WaitForExit();
            }

            Process.Dispose();
        }
    }
}
