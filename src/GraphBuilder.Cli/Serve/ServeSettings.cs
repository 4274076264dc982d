using System.Net;

namespace GraphBuilder.Cli.Serve;

/// <summary>Where and how the SPARQL server listens.</summary>
/// <param name="Host">An IP address or <c>localhost</c>; loopback by default so nothing is exposed by accident.</param>
/// <param name="Port">TCP port; 0 picks a free one (printed at start).</param>
public sealed record ServeSettings(string Host = "127.0.0.1", int Port = 7878)
{
    /// <summary>The path of the query service.</summary>
    public const string EndpointPath = "/sparql";

    /// <summary>The address to bind.</summary>
    /// <exception cref="ArgumentException">When the host is neither an IP address nor localhost.</exception>
    public IPAddress Address => Host.ToLowerInvariant() switch
    {
        "localhost" => IPAddress.Loopback,
        "*" or "+" => IPAddress.Any,
        _ => IPAddress.TryParse(Host, out var ip) ? ip : throw new ArgumentException($"--host must be an IP address or localhost, not '{Host}'"),
    };
}
