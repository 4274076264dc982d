using System.Diagnostics;
using System.Text;

namespace GraphBuilder.Cli.Tests.Serve;

/// <summary>
/// <c>graphbuilder serve</c> running as a separate process on a free loopback port (it is started with
/// <c>--port 0</c> and prints the address it bound). Disposing kills it.
/// </summary>
public sealed class ServerProcess : IDisposable
{
    private static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "graphbuilder.dll");
    private readonly Process _process;
    private readonly StringBuilder _stderr = new();

    private ServerProcess(Process process, string endpoint)
    {
        _process = process;
        Endpoint = endpoint;
    }

    /// <summary>The query service URL, e.g. <c>http://127.0.0.1:41234/sparql</c>.</summary>
    public string Endpoint { get; }

    /// <summary>The server root URL.</summary>
    public string Root => Endpoint[..Endpoint.LastIndexOf('/')];

    /// <summary>What the server wrote on stderr so far (for failure messages).</summary>
    public string StdErr { get { lock (_stderr) return _stderr.ToString(); } }

    /// <summary>Starts <c>graphbuilder serve ARGS --port 0</c> and waits until it prints its endpoint (at most <paramref name="timeoutSeconds"/>).</summary>
    public static ServerProcess Start(IEnumerable<string> args, int timeoutSeconds = 90)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
            WorkingDirectory = AppContext.BaseDirectory,
        };
        psi.ArgumentList.Add(Dll);
        psi.ArgumentList.Add("serve");
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.ArgumentList.Add("--port");
        psi.ArgumentList.Add("0");
        var p = Process.Start(psi)!;
        var endpoint = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var stderr = new StringBuilder();
        p.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) { endpoint.TrySetException(new InvalidOperationException("server closed its output before printing its endpoint")); return; }
            int i = e.Data.IndexOf("http://", StringComparison.Ordinal);
            if (i >= 0) endpoint.TrySetResult(e.Data[i..].Trim());
        };
        p.ErrorDataReceived += (_, e) => { if (e.Data != null) lock (stderr) stderr.AppendLine(e.Data); };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        if (!endpoint.Task.Wait(TimeSpan.FromSeconds(timeoutSeconds)) || endpoint.Task.IsFaulted)
        {
            try { p.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            string err;
            lock (stderr) err = stderr.ToString();
            throw new InvalidOperationException("graphbuilder serve did not start: " + err);
        }
        var server = new ServerProcess(p, endpoint.Task.Result);
        lock (stderr) server._stderr.Append(stderr);
        p.ErrorDataReceived += (_, e) => { if (e.Data != null) lock (server._stderr) server._stderr.AppendLine(e.Data); };
        return server;
    }

    /// <summary>Kills the server.</summary>
    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException) { }
        _process.Dispose();
    }
}
