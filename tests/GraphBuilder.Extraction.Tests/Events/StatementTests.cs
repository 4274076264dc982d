using GraphBuilder.Extraction.Tests.Fixtures;

namespace GraphBuilder.Extraction.Tests.Events;

/// <summary>Statements and quotations next to other acts of the same speaker.</summary>
public class StatementTests
{
    private static List<(string Actor, string Cameo, string? Target)> E(string text) => TestKb.Events(text);

    [Fact]
    public void A_quotation_reporting_an_act_is_that_acts_wording()
    {
        var doc = TestKb.Analyse("„Wir stehen an der Seite Kiews“, sagte Olaf Scholz und drohte Russland mit Konsequenzen.");
        var threat = Assert.Single(doc.Events, e => e.Cameo == "13");
        Assert.Equal("Wir stehen an der Seite Kiews", threat.Quote);
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "01");
        var alone = TestKb.Analyse("„Wir stehen an der Seite Kiews“, sagte Olaf Scholz.");
        Assert.Equal("Wir stehen an der Seite Kiews", Assert.Single(alone.Events, e => e.Cameo == "01").Quote);
    }

    [Fact]
    public void A_verb_after_und_starts_a_second_predicate_not_a_second_subject()
    {
        var e = E("„Wir stehen an der Seite Kiews“, sagte Olaf Scholz und drohte Russland mit Konsequenzen.");
        Assert.Contains(("olaf-scholz", "13", "russia"), e);
        Assert.DoesNotContain(e, x => x.Actor == "russia");
    }

    [Theory]
    [InlineData("Olaf Scholz drohte Russland mit Konsequenzen: „Wir stehen an der Seite Kiews.“")]
    [InlineData("Olaf Scholz drohte Russland mit Konsequenzen: „Wir stehen an der Seite Kiews.“\n\nDas sagte er in Berlin.")]
    public void A_line_ending_in_a_quoted_sentence_is_no_headline(string text) =>
        Assert.Contains(("olaf-scholz", "13", "russia"), E(text));

    [Fact]
    public void An_unnamed_spokesperson_speaks_for_the_body_in_the_genitive()
    {
        var e = E("Ein Sprecher der Bundesregierung warf Frankreich vor, die Lage zu verschärfen.");
        Assert.DoesNotContain(e, x => x.Actor == "france");
        var doc = TestKb.Analyse("Ein Sprecher der Nato warf Russland Provokationen vor.");
        Assert.Contains(doc.Events, x => x.ActorKey == "nato" && x.Cameo == "11" && x.TargetKey == "russia");
    }

    [Fact]
    public void A_speakers_own_statements_become_quotations_when_the_document_reports_an_addressed_act_of_theirs()
    {
        var doc = TestKb.Analyse("Olaf Scholz drohte Russland mit Konsequenzen.\n\n„Wir stehen an der Seite Kiews“, sagte Scholz am Montag.");
        Assert.Contains(doc.Events, e => e.ActorKey == "olaf-scholz" && e.Cameo == "13" && e.TargetKey == "russia");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "01");
        var q = Assert.Single(doc.Quotations);
        Assert.Equal(("olaf-scholz", "Wir stehen an der Seite Kiews"), (q.SpeakerKey, q.Text));
        Assert.Equal(doc.Sentences.Count - 1, q.Sentence);
    }

    [Fact]
    public void A_speaker_with_no_addressed_act_keeps_the_statement_as_an_event()
    {
        var doc = TestKb.Analyse("Olaf Scholz kam nach Berlin.\n\n„Wir stehen an der Seite Kiews“, sagte Scholz am Montag.");
        Assert.Single(doc.Events, e => e.ActorKey == "olaf-scholz" && e.Cameo == "01");
        Assert.Empty(doc.Quotations);
    }

    [Fact]
    public void Another_speakers_addressed_act_does_not_fold_a_statement()
    {
        var doc = TestKb.Analyse("Olaf Scholz drohte Russland mit Konsequenzen.\n\n„Wir stehen an der Seite Kiews“, sagte Antony Miller.");
        Assert.Single(doc.Events, e => e.Cameo == "01" && e.TargetKey is null && e.ActorKey != "olaf-scholz");
        Assert.Empty(doc.Quotations);
    }

    [Fact]
    public void A_bare_name_after_a_verb_of_saying_is_the_addressee_when_the_subject_came_first()
    {
        Assert.Contains(("olaf-scholz", "01", "antony-miller"), E("Olaf Scholz hat Antony Miller am Telefon versichert, dass Deutschland keine Waffen liefere."));
        Assert.DoesNotContain(E("„Wir liefern keine Waffen“, sagte Olaf Scholz."), x => x.Target != null);
    }
}
