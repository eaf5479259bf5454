using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OnexSchemas.Registry.Tests;

/// <summary>
/// A reverse proxy on loopback in front of a real registry, that injects what production can do to a client: server
/// errors, a required login, slowness, TLS. Everything it does not inject is the registry's own answer.
/// </summary>
internal sealed class FaultProxy : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _upstream;
    private int _failuresLeft;
    private long _requests;
    private long _injected;
    private int _inFlight;
    private int _maxInFlight;

    private FaultProxy(WebApplication app, Uri upstream)
    {
        _app = app;
        _upstream = new HttpClient { BaseAddress = upstream };
    }

    public Uri Address { get; private set; } = null!;

    /// <summary>Requests the proxy received, failed ones included.</summary>
    public long RequestCount => Interlocked.Read(ref _requests);

    /// <summary>The most requests the proxy was answering at once.</summary>
    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    /// <summary>Requests answered with an injected failure.</summary>
    public long InjectedCount => Interlocked.Read(ref _injected);

    /// <summary>The next N requests are answered 500.</summary>
    public int FailNext { set => Volatile.Write(ref _failuresLeft, value); }

    /// <summary>When set, requests without this <c>Authorization</c> header value get 401.</summary>
    public string? RequiredAuthorization { get; set; }

    /// <summary>How long each forwarded request waits first.</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>When set, the registry is served under this path (for example <c>/sr</c>) and 404 elsewhere.</summary>
    public string? PathPrefix { get; set; }

    /// <summary>When set, every request is answered 200 with an HTML page, as a console or a login page would.</summary>
    public bool AnswerHtml { get; set; }

    /// <summary>Starts the proxy; with a certificate it serves TLS, presenting the certificate and its <paramref name="chain"/>.</summary>
    public static async Task<FaultProxy> StartAsync(Uri upstream, X509Certificate2? certificate = null, X509Certificate2Collection? chain = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen =>
        {
            if (certificate is not null)
            {
                listen.UseHttps(new Microsoft.AspNetCore.Server.Kestrel.Https.HttpsConnectionAdapterOptions { ServerCertificate = certificate, ServerCertificateChain = chain });
            }
        }));
        var app = builder.Build();
        var proxy = new FaultProxy(app, upstream);
        app.Run(proxy.Handle);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        proxy.Address = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
        return proxy;
    }

    public static string Basic(string user, string password) => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}"));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _upstream.Dispose();
    }

    private async Task Handle(HttpContext context)
    {
        var inFlight = Interlocked.Increment(ref _inFlight);
        for (var seen = Volatile.Read(ref _maxInFlight); inFlight > seen; seen = Volatile.Read(ref _maxInFlight))
        {
            Interlocked.CompareExchange(ref _maxInFlight, inFlight, seen);
        }

        try
        {
            await Forward(context);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private async Task Forward(HttpContext context)
    {
        Interlocked.Increment(ref _requests);
        if (RequiredAuthorization is { } required && context.Request.Headers.Authorization.ToString() != required)
        {
            Interlocked.Increment(ref _injected);
            await Answer(context, 401, """{"error_code":40101,"message":"Unauthorized"}""");
            return;
        }

        if (Interlocked.Decrement(ref _failuresLeft) >= 0)
        {
            Interlocked.Increment(ref _injected);
            await Answer(context, 500, """{"error_code":50001,"message":"injected failure"}""");
            return;
        }

        if (AnswerHtml)
        {
            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync("<html><body>Sign in</body></html>");
            return;
        }

        var path = context.Request.Path.ToString();
        if (PathPrefix is { } prefix)
        {
            if (!path.StartsWith(prefix + "/", StringComparison.Ordinal))
            {
                await Answer(context, 404, """{"error_code":404,"message":"no such path"}""");
                return;
            }

            path = path[prefix.Length..];
        }

        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay);
        }

        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), path + context.Request.QueryString);
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        if (body.Length > 0 || context.Request.ContentType is not null)
        {
            request.Content = new ByteArrayContent(body.ToArray());
            if (context.Request.ContentType is { } type)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", type);
            }
        }

        using var response = await _upstream.SendAsync(request);
        context.Response.StatusCode = (int)response.StatusCode;
        if (response.Content.Headers.ContentType is { } contentType)
        {
            context.Response.ContentType = contentType.ToString();
        }

        await response.Content.CopyToAsync(context.Response.Body);
    }

    private static async Task Answer(HttpContext context, int status, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/vnd.schemaregistry.v1+json";
        await context.Response.WriteAsync(body);
    }
}
