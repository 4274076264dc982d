using GraphBuilder.Cli.Tests.Infrastructure;

namespace GraphBuilder.Cli.Tests.Robustness;

/// <summary>Inputs that once escaped as internal errors (exceptions nobody expected) now work or fail with a plain message.</summary>
public sealed class InternalErrorTests : IDisposable
{
    private readonly TempFolder _tmp = new("gb-internal-");

    public void Dispose() => _tmp.Dispose();

    [Fact]
    public void Ner_train_on_data_the_model_never_errs_on_writes_a_model()
    {
        // One sentence: the inner level is right from the first epoch, so it keeps no weights at all. Building a
        // model without weights read past the end of an empty array.
        var train = Path.Combine(_tmp.Root, "train.tsv");
        File.WriteAllText(train, "1\tAnna\tB-PER\tO\n2\tlacht\tO\tO\n\n");
        var model = Path.Combine(_tmp.Root, "m.model");
        var r = CliProcess.Run("ner", "train", "--train", train, "-o", model, "--epochs", "1");
        Assert.True(r.ExitCode == 0, r.StdErr);
        Assert.DoesNotContain("internal error", r.StdErr);
        var tag = CliProcess.Run("ner", "tag", train, "--model", model);
        Assert.True(tag.ExitCode == 0, tag.StdErr);
    }

    [Fact]
    public void A_limit_beyond_64_bits_means_no_limit()
    {
        // The parser's long.Parse overflowed: "internal error: OverflowException".
        var kg = Path.Combine(_tmp.Root, "kg.nt");
        File.WriteAllText(kg, "<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n");
        var r = CliProcess.Run("query", "-d", kg, "-e", "SELECT * { ?s ?p ?o } LIMIT 99999999999999999999999", "-r", "tsv");
        Assert.True(r.ExitCode == 0, r.StdErr);
        Assert.Equal(2, r.StdOut.Trim().Split('\n').Length);
    }
}
