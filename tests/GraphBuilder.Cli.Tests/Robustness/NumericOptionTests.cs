using GraphBuilder.Cli.Tests.Infrastructure;

namespace GraphBuilder.Cli.Tests.Robustness;

/// <summary>Numbers no option means (NaN, infinities, negatives, absurdly long timeouts) are refused with one line before any work.</summary>
public sealed class NumericOptionTests : IDisposable
{
    private readonly TempFolder _tmp = new("gb-numbers-");

    public void Dispose() => _tmp.Dispose();

    private string Kg() => _tmp.Write("kg.nt", "<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n");

    [Theory]
    [InlineData("--min-weight", "NaN")]
    [InlineData("--min-weight", "Infinity")]
    [InlineData("--min-weight", "-1")]
    [InlineData("--depth", "-2")]
    public void Views_refuses_a_meaningless_number(string option, string value)
    {
        var output = Path.Combine(_tmp.Root, "v.graphml");
        var r = CliProcess.Run("views", Kg(), "-o", output, option, value);
        Assert.Equal(1, r.ExitCode);
        var line = Assert.Single(r.StdErr.Trim().Split('\n'));
        Assert.Contains(option + " must be", line);
        Assert.False(File.Exists(output));
    }

    [Theory]
    [InlineData("Infinity")]
    [InlineData("1e300")]
    [InlineData("NaN")]
    public void Serve_refuses_a_timeout_no_timer_can_hold(string value)
    {
        // Before the fix Infinity passed the "> 0" check, the file was loaded and TimeSpan overflowed: an internal error.
        var r = CliProcess.Run("serve", Kg(), "--port", "0", "--timeout", value);
        Assert.Equal(1, r.ExitCode);
        var line = Assert.Single(r.StdErr.Trim().Split('\n'));
        Assert.Contains("--timeout must be a number of seconds", line);
        Assert.DoesNotContain("internal error", line);
    }

    [Fact]
    public void Push_refuses_an_infinite_timeout()
    {
        var r = CliProcess.Run("push", Kg(), "--endpoint", "http://127.0.0.1:9/x", "-g", "http://example.org/g", "--timeout", "Infinity");
        Assert.Equal(1, r.ExitCode);
        var line = Assert.Single(r.StdErr.Trim().Split('\n'));
        Assert.Contains("--timeout must be a number of seconds", line);
    }

    [Theory]
    [InlineData("--max-step", "NaN")]
    [InlineData("--prune", "-1")]
    [InlineData("--min-count", "-3")]
    [InlineData("--patience", "-1")]
    public void Ner_train_refuses_a_meaningless_number(string option, string value)
    {
        var train = Path.Combine(_tmp.Root, "train.tsv");
        File.WriteAllText(train, "1\tAnna\tB-PER\tO\n2\tlacht\tO\tO\n\n");
        var model = Path.Combine(_tmp.Root, "m.model");
        var r = CliProcess.Run("ner", "train", "--train", train, "-o", model, "--epochs", "1", option, value);
        Assert.Equal(1, r.ExitCode);
        var line = Assert.Single(r.StdErr.Trim().Split('\n'));
        Assert.Contains(option + " must be", line);
        Assert.False(File.Exists(model));
    }
}
