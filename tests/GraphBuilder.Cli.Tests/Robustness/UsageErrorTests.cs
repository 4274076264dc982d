using GraphBuilder.Cli.Tests.Infrastructure;

namespace GraphBuilder.Cli.Tests.Robustness;

/// <summary>Command-line mistakes get one error line with a pointer to --help, not the whole help text.</summary>
public sealed class UsageErrorTests
{
    [Theory]
    [InlineData(new[] { "convert", "in.nt" }, "'--output' is required", "graphbuilder convert --help")]
    [InlineData(new[] { "convert", "in.nt", "-o", "out.ttl", "--bogus" }, "'--bogus'", "graphbuilder convert --help")]
    [InlineData(new[] { "build" }, "Required argument missing", "graphbuilder build --help")]
    [InlineData(new[] { "views", "kg.ttl", "-o", "v.graphml", "--top", "many" }, "'many'", "graphbuilder views --help")]
    [InlineData(new[] { "ner", "train", "-o", "m.model" }, "'--train' is required", "graphbuilder ner train --help")]
    [InlineData(new[] { "frobnicate" }, "'frobnicate'", "graphbuilder --help")]
    [InlineData(new string[0], "Required command", "graphbuilder --help")]
    public void A_usage_error_is_one_line_and_fails(string[] args, string message, string hint)
    {
        var r = CliProcess.Run(args);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("", r.StdOut);
        var line = Assert.Single(r.StdErr.Trim().Split('\n'));
        Assert.StartsWith("graphbuilder: ", line);
        Assert.Contains(message, line);
        Assert.Contains(hint, line);
    }

    [Fact]
    public void Help_still_prints_the_help()
    {
        var r = CliProcess.Run("convert", "--help");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("--output", r.StdOut);
    }
}
