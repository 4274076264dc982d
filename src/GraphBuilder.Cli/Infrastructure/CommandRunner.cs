using GraphBuilder.Rdf;

namespace GraphBuilder.Cli.Infrastructure;

/// <summary>Runs a command body and turns every expected failure into one line on stderr and a non-zero exit code.</summary>
public static class CommandRunner
{
    /// <summary>Exit code for bad input data or a failed operation.</summary>
    public const int Failure = 1;

    /// <summary>Environment variable that, set to 1, adds the stack trace to an internal error (for bug reports).</summary>
    public const string TraceVariable = "GRAPHBUILDER_TRACE";

    /// <summary>Runs <paramref name="body"/>; returns its exit code, or <see cref="Failure"/> after printing one error line.</summary>
    public static int Run(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (RdfParseException e)
        {
            Console.Error.WriteLine(e.ToDiagnostic());
        }
        catch (Exception e) when (e is RdfException or IOException or UnauthorizedAccessException or InvalidDataException or FormatException or ArgumentException or NotSupportedException)
        {
            Console.Error.WriteLine("graphbuilder: " + e.Message);
        }
        catch (Exception e)
        {
            // Unexpected: still one line, but say it is a bug so users report it; the trace only on request.
            Console.Error.WriteLine(Environment.GetEnvironmentVariable(TraceVariable) is "1"
                ? "graphbuilder: internal error: " + e
                : "graphbuilder: internal error: " + e.GetType().Name + ": " + e.Message + $" (set {TraceVariable}=1 for the stack trace)");
        }
        return Failure;
    }
}
