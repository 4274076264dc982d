using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphBuilder.Cli.Tests.Push;

/// <summary>One request the fake store received.</summary>
public sealed record RecordedRequest(string Method, string? Graph, string? ContentType, string Body, string? Authorization, int Status);

/// <summary>
/// An in-process Kestrel server on 127.0.0.1 (any free port) that plays a Graph Store endpoint: it records every
/// request and answers 201, or <see cref="FailWith"/>, or a digest challenge when <see cref="DigestUser"/> is set.
/// </summary>
public sealed class RecordingGraphStore : IAsyncDisposable
{
    public const string Realm = "gb-test";
    public const string Nonce = "dcd98b7102dd2f0e8b11d0f600bfb0c093";

    private readonly WebApplication _app;
    private readonly List<RecordedRequest> _requests = [];

    private RecordingGraphStore(WebApplication app, string url)
    {
        _app = app;
        Endpoint = url + "/sparql-graph-crud";
    }

    /// <summary>The endpoint URL to push to.</summary>
    public string Endpoint { get; }

    /// <summary>Status code to answer every request with (0: succeed with 201).</summary>
    public int FailWith { get; set; }

    /// <summary>When set, requests need HTTP digest authentication as this user with <see cref="DigestPassword"/>.</summary>
    public string? DigestUser { get; set; }

    public string DigestPassword { get; set; } = "";

    /// <summary>The requests so far, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get { lock (_requests) return _requests.ToList(); }
    }

    public static async Task<RecordingGraphStore> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        RecordingGraphStore? self = null;
        app.Run(ctx => self!.HandleAsync(ctx));
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await app.StartAsync(cts.Token);
        var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        self = new RecordingGraphStore(app, url);
        return self;
    }

    private async Task HandleAsync(HttpContext ctx)
    {
        using var reader = new StreamReader(ctx.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(ctx.RequestAborted);
        string? auth = ctx.Request.Headers.Authorization.Count > 0 ? ctx.Request.Headers.Authorization.ToString() : null;
        int status = FailWith != 0 ? FailWith : 201;
        if (FailWith == 0 && DigestUser != null && !DigestValid(auth, ctx.Request.Method))
        {
            status = 401;
            ctx.Response.Headers.WWWAuthenticate = $"Digest realm=\"{Realm}\", nonce=\"{Nonce}\", qop=\"auth\", algorithm=MD5";
        }
        lock (_requests)
            _requests.Add(new RecordedRequest(ctx.Request.Method, ctx.Request.Query["graph"].FirstOrDefault(), ctx.Request.ContentType, body, auth, status));
        ctx.Response.StatusCode = status;
        if (status >= 500) await ctx.Response.WriteAsync("<html><body><h1>Internal failure</h1> SR325: store is broken</body></html>");
    }

    /// <summary>RFC 7616 digest with qop=auth and MD5: response = MD5(HA1:nonce:nc:cnonce:qop:HA2).</summary>
    private bool DigestValid(string? header, string method)
    {
        if (header == null || !header.StartsWith("Digest ", StringComparison.OrdinalIgnoreCase)) return false;
        var p = Regex.Matches(header[7..], @"(\w+)\s*=\s*(?:""([^""]*)""|([^,\s]*))")
            .ToDictionary(m => m.Groups[1].Value.ToLowerInvariant(), m => m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Value);
        if (p.GetValueOrDefault("username") != DigestUser || p.GetValueOrDefault("nonce") != Nonce || p.GetValueOrDefault("realm") != Realm) return false;
        string ha1 = Md5($"{DigestUser}:{Realm}:{DigestPassword}");
        string ha2 = Md5($"{method}:{p.GetValueOrDefault("uri")}");
        string expected = p.GetValueOrDefault("qop") is { Length: > 0 } qop
            ? Md5($"{ha1}:{Nonce}:{p.GetValueOrDefault("nc")}:{p.GetValueOrDefault("cnonce")}:{qop}:{ha2}")
            : Md5($"{ha1}:{Nonce}:{ha2}");
        return string.Equals(expected, p.GetValueOrDefault("response"), StringComparison.OrdinalIgnoreCase);
    }

    private static string Md5(string s) => System.Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(s)));

    public async ValueTask DisposeAsync()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try { await _app.StopAsync(cts.Token); } catch (OperationCanceledException) { }
        await _app.DisposeAsync();
    }
}
