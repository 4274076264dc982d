using System.CommandLine;
using GraphBuilder.Cli.Commands;
using GraphBuilder.Cli.Infrastructure;

namespace GraphBuilder.Cli;

/// <summary>Entry point: one subcommand per file under <c>Commands/</c>.</summary>
public static class Program
{
    /// <summary>Builds the command tree (also used by tests to run commands in-process).</summary>
    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("GraphBuilder: German news articles to an RDF knowledge graph, SPARQL and graph views.");
        // Each command registers itself here; keep one line per command.
        root.Subcommands.Add(ConvertCommand.Create());
        root.Subcommands.Add(QueryCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(NerCommand.Create());
        root.Subcommands.Add(ViewsCommand.Create());
        root.Subcommands.Add(DrawCommand.Create());
        root.Subcommands.Add(StatsCommand.Create());
        root.Subcommands.Add(BuildCommand.Create());
        root.Subcommands.Add(PushCommand.Create());
        return root;
    }

    /// <summary>Runs the tool.</summary>
    public static int Main(string[] args)
    {
        var parse = BuildRoot().Parse(args);
        return UsageErrors.Apply(parse) ? UsageErrors.Report(parse, Console.Error) : parse.Invoke();
    }
}
