using System.Text;
using GraphBuilder.Extraction.Ner;

namespace GraphBuilder.Extraction.Tests.Ner;

/// <summary>A small hand-written training set in the GermEval TSV layout (token, outer tag, inner tag).</summary>
internal static class NerFixture
{
    // Each sentence: tokens separated by spaces, a token's tags after '|' (outer[/inner]); no '|' means O.
    private static readonly string[] Sentences =
    [
        "Angela|B-PER Merkel|I-PER besuchte Paris|B-LOC .",
        "Der Nato-Gipfel|B-ORGpart findet in Brüssel|B-LOC statt .",
        "Die deutschen|B-LOCderiv Truppen bleiben in Mali|B-LOC .",
        "Olaf|B-PER Scholz|I-PER traf Emmanuel|B-PER Macron|I-PER in Berlin|B-LOC .",
        "Die Vereinten|B-ORG Nationen|I-ORG kritisierten Russland|B-LOC .",
        "Siemens|B-ORG baut ein Werk in München|B-LOC .",
        "Der FC|B-ORG Kickers|I-ORG Darmstadt|I-ORG/B-LOC gewann gestern .",
        "Das Buch Der|B-OTH Prozess|I-OTH stammt von Franz|B-PER Kafka|I-PER .",
        "Die Regierung in Wien|B-LOC lehnte den Plan ab .",
        "Der Präsident der USA|B-LOC sprach mit Journalisten .",
        "Die Berliner|B-LOCderiv Polizei sperrte die Straße .",
        "Die EU-Kommission|B-ORGpart legte einen Entwurf vor .",
        "Im Haus wohnen drei Familien .",
        "Morgen regnet es in Hamburg|B-LOC und Köln|B-LOC .",
        "Die Bundeswehr|B-ORG übt in Norwegen|B-LOC .",
        "Der Vertrag wurde gestern unterzeichnet .",
        "Wladimir|B-PER Putin|I-PER drohte der Ukraine|B-LOC .",
        "Die französische|B-LOCderiv Regierung schweigt .",
        "Kinder spielen im Garten .",
        "Die Universität|B-ORG Hamburg|I-ORG/B-LOC forscht an Viren .",
    ];

    /// <summary>The fixture as TSV text with comment lines, like the GermEval dev file.</summary>
    public static string Tsv(bool comments = true)
    {
        var sb = new StringBuilder();
        for (var s = 0; s < Sentences.Length; s++)
        {
            if (comments) sb.Append("#\thttp://example.org/").Append(s).Append("\t[2024-01-01]\t\n");
            var tokens = Sentences[s].Split(' ');
            for (var i = 0; i < tokens.Length; i++)
            {
                var parts = tokens[i].Split('|');
                var tags = parts.Length > 1 ? parts[1].Split('/') : ["O"];
                sb.Append(i + 1).Append('\t').Append(parts[0]).Append('\t').Append(tags[0]).Append('\t').Append(tags.Length > 1 ? tags[1] : "O").Append('\n');
            }
            sb.Append('\n');
        }
        return sb.ToString();
    }

    public static List<NerSentence> Read() => GermEvalFormat.Read(new StringReader(Tsv()), "fixture", requireTags: true);

    /// <summary>
    /// Trains on the fixture with settings that make the perceptron fit it (no jack-knifing: with 20 sentences the
    /// held-out folds would leave the lexicon features of training and tagging too different).
    /// </summary>
    public static NerModel Train(int seed = 7) => NerTrainer.Train(Read(), null, new NerTrainingOptions { MaxEpochs = 40, Seed = seed, Threads = 1, PruneBelow = 0, LexiconFolds = 1 });
}
