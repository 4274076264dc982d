using GraphBuilder.Rdf.Sparql.Protocol;
using Microsoft.AspNetCore.Http;

namespace GraphBuilder.Cli.Serve;

/// <summary>
/// Open CORS, so browser tools on other origins (YASGUI and the like) can query the endpoint. Safe because the
/// endpoint is read-only and uses no cookies or credentials.
/// </summary>
internal static class CorsPolicy
{
    /// <summary>Adds the headers every response carries.</summary>
    public static void AddHeaders(HttpResponse response)
    {
        response.Headers["Access-Control-Allow-Origin"] = "*";
        response.Headers["Access-Control-Expose-Headers"] = SparqlEndpointOptions.TruncationHeader;
    }

    /// <summary>Answers a preflight request (OPTIONS) with 204 and the allowed methods and headers.</summary>
    public static void AnswerPreflight(HttpContext ctx)
    {
        var requested = ctx.Request.Headers["Access-Control-Request-Headers"].ToString();
        ctx.Response.StatusCode = StatusCodes.Status204NoContent;
        ctx.Response.Headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS";
        ctx.Response.Headers["Access-Control-Allow-Headers"] = string.IsNullOrWhiteSpace(requested) ? "Accept, Content-Type" : requested;
        ctx.Response.Headers["Access-Control-Max-Age"] = "86400";
        ctx.Response.Headers.Allow = "GET, POST, OPTIONS";
    }
}
