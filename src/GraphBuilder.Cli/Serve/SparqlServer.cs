using System.Diagnostics;
using System.Globalization;
using System.Text;
using GraphBuilder.Rdf.Sparql.Protocol;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphBuilder.Cli.Serve;

/// <summary>
/// Hosts a <see cref="SparqlEndpoint"/> on Kestrel: <c>/</c> is a page about the endpoint, <c>/sparql</c> the query
/// service. The protocol itself lives in GraphBuilder.Rdf; this class only moves requests and responses.
/// </summary>
public sealed class SparqlServer
{
    private static readonly Encoding Utf8 = new UTF8Encoding(false);
    private const long MaxRequestBytes = 10 * 1024 * 1024;

    private readonly SparqlEndpoint _endpoint;
    private readonly string _page;
    private readonly TextWriter? _log;

    /// <summary>Creates the server.</summary>
    /// <param name="endpoint">Answers queries.</param>
    /// <param name="page">The HTML page served at <c>/</c>.</param>
    /// <param name="log">Receives one line per request, or null.</param>
    public SparqlServer(SparqlEndpoint endpoint, string page, TextWriter? log)
    {
        _endpoint = endpoint;
        _page = page;
        _log = log;
    }

    /// <summary>Starts listening; returns the running app and the base URL actually bound (so port 0 reports its port).</summary>
    public async Task<(WebApplication App, string BaseUrl)> StartAsync(ServeSettings settings, CancellationToken ct = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Listen(settings.Address, settings.Port);
            // The result writers are synchronous TextWriter code; the response is written from a worker thread.
            k.AllowSynchronousIO = true;
            k.Limits.MaxRequestBodySize = MaxRequestBytes;
            k.AddServerHeader = false;
        });
        var app = builder.Build();
        app.Run(HandleAsync);
        await app.StartAsync(ct).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? $"http://{settings.Host}:{settings.Port}";
        return (app, address.TrimEnd('/'));
    }

    private async Task HandleAsync(HttpContext ctx)
    {
        var watch = Stopwatch.StartNew();
        CorsPolicy.AddHeaders(ctx.Response);
        var req = ctx.Request;
        try
        {
            if (HttpMethods.IsOptions(req.Method))
            {
                CorsPolicy.AnswerPreflight(ctx);
            }
            else if (req.Path == "/" || (req.Path == ServeSettings.EndpointPath && HttpMethods.IsGet(req.Method) && !req.Query.ContainsKey("query")
                     && !req.Query.ContainsKey("update") && req.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase)))
            {
                if (!HttpMethods.IsGet(req.Method) && !HttpMethods.IsHead(req.Method))
                {
                    await WriteAsync(ctx, SparqlProtocolResponse.Error(405, "use GET for this page; queries go to " + ServeSettings.EndpointPath)).ConfigureAwait(false);
                }
                else
                {
                    await WriteAsync(ctx, new SparqlProtocolResponse { StatusCode = 200, ContentType = "text/html; charset=utf-8", WriteBody = w => w.Write(_page) }).ConfigureAwait(false);
                }
            }
            else if (req.Path == ServeSettings.EndpointPath)
            {
                string body = string.Empty;
                if (HttpMethods.IsPost(req.Method))
                {
                    using var reader = new StreamReader(req.Body, Utf8);
                    body = await reader.ReadToEndAsync(ctx.RequestAborted).ConfigureAwait(false);
                }
                var request = new SparqlProtocolRequest(req.Method, req.QueryString.Value ?? string.Empty, req.ContentType, body, req.Headers.Accept.ToString());
                var response = await _endpoint.HandleAsync(request, ctx.RequestAborted).ConfigureAwait(false);
                await WriteAsync(ctx, response).ConfigureAwait(false);
            }
            else
            {
                await WriteAsync(ctx, SparqlProtocolResponse.Error(404, $"not found: {req.Path} (the query service is at {ServeSettings.EndpointPath})")).ConfigureAwait(false);
            }
        }
        catch (BadHttpRequestException e)
        {
            if (!ctx.Response.HasStarted) await WriteAsync(ctx, SparqlProtocolResponse.Error(e.StatusCode, e.Message)).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ctx.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nothing to answer.
        }
        _log?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{req.Method} {req.Path}{req.QueryString.Value?.Length switch { > 0 => " (query)", _ => "" }} -> {ctx.Response.StatusCode} in {watch.ElapsedMilliseconds} ms"));
    }

    private static async Task WriteAsync(HttpContext ctx, SparqlProtocolResponse r)
    {
        ctx.Response.StatusCode = r.StatusCode;
        ctx.Response.ContentType = r.ContentType;
        foreach (var (k, v) in r.Headers) ctx.Response.Headers[k] = v;
        if (HttpMethods.IsHead(ctx.Request.Method)) return;
        // Writing happens off the request thread: the writers are synchronous and may stream a large body.
        await Task.Run(() =>
        {
            using var w = new StreamWriter(ctx.Response.Body, Utf8, 1 << 16, leaveOpen: true) { NewLine = "\n" };
            r.WriteBody(w);
            w.Flush();
        }, ctx.RequestAborted).ConfigureAwait(false);
    }
}
