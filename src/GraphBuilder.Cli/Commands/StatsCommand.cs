using System.CommandLine;
using GraphBuilder.Cli.Infrastructure;
using GraphBuilder.Graph.Projection;
using GraphBuilder.Graph.Reporting;

namespace GraphBuilder.Cli.Commands;

/// <summary>
/// <c>graphbuilder stats KG...</c>: entity counts by type, view sizes, top entities by PageRank, communities and the
/// strongest interactions, as readable tables.
/// </summary>
public static class StatsCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var cmd = new Command("stats", "Summarise knowledge graphs: counts by type, top entities by PageRank, communities, strongest interactions.");
        var inputs = new Argument<string[]>("KG") { Description = "Knowledge-graph files (.ttl .nt .nq .trig) or folders of them", Arity = ArgumentArity.OneOrMore };
        var view = new Option<string>("--view", "-v") { Description = "View that ranks and communities come from: interactions, cooccurrence, roles or all", DefaultValueFactory = _ => "all" };
        var scope = new Option<string>("--scope") { Description = "Co-occurrence within: auto, sentence or document", DefaultValueFactory = _ => "auto" };
        var top = new Option<int>("--top") { Description = "Rows per list", DefaultValueFactory = _ => 10 };
        cmd.Arguments.Add(inputs);
        cmd.Options.Add(view);
        cmd.Options.Add(scope);
        cmd.Options.Add(top);
        cmd.SetAction(parse => CommandRunner.Run(() =>
        {
            var kind = ViewKinds.Parse(parse.GetValue(view)!);
            var sc = ViewKinds.ParseScope(parse.GetValue(scope)!);
            var n = parse.GetValue(top);
            if (n <= 0) throw new ArgumentException("--top must be positive");
            var kg = KgSnapshot.Read(ViewsCommand.LoadKg(parse.GetValue(inputs)!));
            // Through AtomicFile's "-" so a failed write (full disk, closed pipe) names standard output like the other commands.
            AtomicFile.WriteText("-", w => new StatsReport { Top = n }.Write(kg, w, kind, sc));
            return 0;
        }));
        return cmd;
    }
}
