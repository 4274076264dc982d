using GraphBuilder.Extraction.Documents;

namespace GraphBuilder.Extraction.Tests.Documents;

/// <summary>Page furniture is blanked, content is kept, offsets stay.</summary>
public class PageNoiseFilterTests
{
    [Theory]
    [InlineData("Von Anna Müller und Peter Schmidt, dpa")]
    [InlineData("Von Anna Müller, Peter Schmidt und Jan Weber, dpa-AFX")]
    [InlineData("Von Jan Weber")]
    [InlineData("Foto: Michael Kappeler/dpa")]
    public void Author_lines_and_credits_are_blanked(string line)
    {
        var text = "Titel\n\n" + line + "\n\nBERLIN (dpa) - Olaf Scholz kam nach Berlin.";
        var clean = PageNoiseFilter.Default.Clean(text);
        Assert.Equal(text.Length, clean.Length);
        Assert.Equal(new string(' ', line.Length), clean.Substring(7, line.Length));
        Assert.EndsWith("Olaf Scholz kam nach Berlin.", clean);
    }

    [Theory]
    [InlineData("Von der Leyen und Macron beraten über Hilfen für die Ukraine, heißt es")]
    [InlineData("Von Berlin aus reiste Olaf Scholz nach Kiew.")]
    public void Content_starting_with_von_is_kept(string line)
    {
        var text = "Titel\n\n" + line + "\n";
        Assert.Equal(text, PageNoiseFilter.Default.Clean(text));
    }
}
