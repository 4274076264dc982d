using GraphBuilder.Cli.Tests.Infrastructure;

namespace GraphBuilder.Cli.Tests.Robustness;

/// <summary>The CSV export's two tables (nodes, edges) are written as one: both or neither.</summary>
public sealed class CsvPairTests : IDisposable
{
    private readonly TempFolder _tmp = new("gb-csv-");

    public void Dispose() => _tmp.Dispose();

    private string Kg() => _tmp.Write("kg.nt", "<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n");

    [SkippableFact]
    public void When_the_edge_table_cannot_be_written_the_node_table_is_not_written_either()
    {
        // The edge table goes to a full device (through a link, so /dev is never touched): it fails while writing.
        // Before, the node table had already been renamed into place by then.
        Skip.IfNot(File.Exists("/dev/full"), "needs /dev/full");
        var nodes = Path.Combine(_tmp.Root, "view.csv");
        File.CreateSymbolicLink(Path.Combine(_tmp.Root, "view.edges.csv"), "/dev/full");
        var r = CliProcess.Run("views", Kg(), "-o", nodes);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("view.edges.csv: cannot write", Assert.Single(r.StdErr.Trim().Split('\n')));
        Assert.False(File.Exists(nodes));
        Assert.Empty(Directory.GetFiles(_tmp.Root, ".*tmp*"));
    }

    [Fact]
    public void An_old_pair_is_kept_whole_when_the_new_one_fails()
    {
        var nodes = Path.Combine(_tmp.Root, "view.csv");
        File.WriteAllText(nodes, "old nodes\n");
        // An edge table that is a folder cannot be replaced: refused before either file is touched.
        Directory.CreateDirectory(Path.Combine(_tmp.Root, "view.edges.csv"));
        var r = CliProcess.Run("views", Kg(), "-o", nodes);
        Assert.Equal(1, r.ExitCode);
        Assert.Single(r.StdErr.Trim().Split('\n'));
        Assert.Equal("old nodes\n", File.ReadAllText(nodes));
    }

    [Fact]
    public void Both_tables_are_written()
    {
        var nodes = Path.Combine(_tmp.Root, "view.csv");
        var r = CliProcess.Run("views", Kg(), "-o", nodes);
        Assert.True(r.ExitCode == 0, r.StdErr);
        Assert.StartsWith("Id,", File.ReadAllText(nodes));
        Assert.True(File.Exists(Path.Combine(_tmp.Root, "view.edges.csv")));
    }
}
