using System.Linq;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Subjects of reported speech that are more than a name or a bare description: a phrase after the head up to the
    /// verb, a restrictive relative clause, a participle phrase, a second apposition, a share of a group, two names,
    /// a possessor's spokesman (an invented harbour town). The source is the whole noun phrase; the speaker is the
    /// person or group it describes, never a noun inside its phrase.
    /// </summary>
    public class SubjectPhraseTests
    {
        private static Found Only(string body, string cue) => ByCue(Run(body, new CueThenContent()), cue);

        [Theory]
        [InlineData("Residents close to the harbour said the ferry would stop.", "Residents close to the harbour")]
        [InlineData("A spokeswoman for the Kestrel Ferry Company said the crossings would resume.", "A spokeswoman for the Kestrel Ferry Company")]
        [InlineData("Engineers familiar with the wreck say the hull has split.", "Engineers familiar with the wreck")]
        [InlineData("Pilots privy to the talks say the strike is over.", "Pilots privy to the talks")]
        public void APhraseAfterTheHeadReachesTheVerb(string sentence, string source)
        {
            var f = Only(sentence, sentence.Contains(" say ") ? "say" : "said");
            Assert.Equal(source, f.Source);
            // the speaker is the people described, not the last noun of the phrase ("harbour", "talks")
            Assert.Equal(source.Substring(source.IndexOf(' ') < 3 ? source.IndexOf(' ') + 1 : 0), f.Record.Speaker?.Display);
        }

        [Theory]
        [InlineData("A US official travelling with the mayor arrived at the pier. He said the ferries would run.", "A US official")]
        [InlineData("The UK envoy left the talks early. He said the ferries would run.", "The UK envoy")]
        public void ACountryInCapitalsBeforeANounIsNoPronoun(string body, string subject)
        {
            // "A US official …": "US" in capitals is the country, a word of the subject, not the pronoun "us"; so the subject is
            // read, and the "he" after it is that official
            Run(body, out var ctx);
            var p = ctx.Document.Paragraphs.Last();
            Assert.Equal(subject, ctx.SubjectOf(p, 0)?.Text);
            var f = Run(body).Single(x => x.Source == "He");
            Assert.Equal(subject.Substring(subject.IndexOf(' ') + 1), f.Record.Speaker?.Display);
        }

        [Fact]
        public void AVerbRightAfterAPrepositionIsANoun()
        {
            // "of state ferries": "state" is no verb that ends the apposition
            var f = Only("Ines Vale, the director of state ferries, said the hulls were sound.", "said");
            Assert.Equal("Ines Vale", f.Source);
            // "centers on comments Ortiz made": neither "comments" nor the verb of the name after it ends a subject phrase
            var none = Run("The dispute centers on comments Ortiz made on Tuesday.", new CueThenContent());
            Assert.DoesNotContain(none, x => x.Source != null && x.Source.StartsWith("The dispute"));
        }

        [Fact]
        public void ASecondAppositionBeforeTheVerbBelongsToTheName()
        {
            var f = Only("Ines Vale, chief engineer of Kestrel Ferries, a firm based in Dunmore, said the hulls were sound.", "said");
            Assert.Equal("Ines Vale", f.Source);
            Assert.Equal("Ines Vale", f.Record.Speaker?.Display);
        }

        [Theory]
        [InlineData("Fishermen who have worked the bay for decades say the catch has collapsed.", "say", "Fishermen who have worked the bay for decades", "the catch has collapsed")]
        [InlineData("Officials who spoke on condition of anonymity said the pier would close.", "said", "Officials who spoke on condition of anonymity", "the pier would close")]
        public void ARestrictiveRelativeClauseBetweenTheSubjectAndTheVerb(string sentence, string cue, string source, string content)
        {
            var f = Only(sentence, cue);
            Assert.Equal(source, f.Source);
            Assert.Equal(content, f.Content);
            Assert.StartsWith(source.Split(' ')[0], f.Record.Speaker?.Display);
        }

        [Theory]
        [InlineData("The council praised the fishermen who say the catch has collapsed.", "say")]          // the relative clause's own verb
        [InlineData("They are the ones who warned the council and say the pier is unsafe.", "say")]       // a verb coordinated inside it
        [InlineData("These are the themes that marketers hope to sell this summer.", "hope")]               // an object relative
        public void AVerbOfTheRelativeClauseItselfHasNoRelativeSubject(string sentence, string cue)
        {
            var found = Run(sentence, new CueThenContent());
            Assert.DoesNotContain(found, f => f.Cue == cue && f.Source != null && f.Source.Contains(" who ") | f.Source.Contains(" that "));
            Assert.DoesNotContain(found, f => f.Cue == cue && f.Source != null && (f.Source.StartsWith("The council") || f.Source.StartsWith("the ones") || f.Source.StartsWith("the themes")));
        }

        [Fact]
        public void AParticiplePhraseAfterTheSpeakers()
        {
            var f = Only("Protesters marching along the quay said that the mayor must resign.", "said");
            Assert.Equal("Protesters marching along the quay", f.Source);
            Assert.Equal("Protesters marching along the quay", f.Record.Speaker?.Display);
            var d = Only("A survey conducted last week found that most islanders oppose the toll.", "found");
            Assert.Equal("A survey conducted last week", d.Source);
            Assert.DoesNotContain("week", d.Record.Speaker?.Display);
        }

        [Fact]
        public void AParticipleSubjectThatIsNoSpeakerReportsNothing()
        {
            // prices are no speakers: the participle is no phrase of a speaker's description (the words stay a plain noun phrase, its
            // head for agreement its last word, so a verb in the present finds no plural speaker in it); the phrase is shown whole
            // (ReportedSpeech.TakePluralHead), not as "island"; after people a form in -ed may be their own verb ("tuned in")
            Assert.Empty(Run("Prices rising across the island worry the council.", new CueThenContent()));
            var past = Run("Prices rising across the island worried the council.", new CueThenContent());
            Assert.NotEmpty(past);
            Assert.All(past, f =>
            {
                Assert.Equal("island", f.Record.Source?.Head);
                Assert.Equal("Prices rising across the island", f.Record.Speaker?.Display);
            });
            Assert.DoesNotContain(Run("Thousands of islanders tuned in to watch the mayor accept the award.", new CueThenContent()), f => f.Cue == "accept");
        }

        [Fact]
        public void AShareOfAGroup()
        {
            var f = Only("One of the harbour pilots said the channel was too shallow.", "said");
            Assert.Equal("One of the harbour pilots", f.Source);
            Assert.Contains("harbour pilot", f.Record.Speaker?.Display);
        }

        [Fact]
        public void TwoNamesAreBothTheSpeaker()
        {
            var found = Run("Councillor Ben Haddad spoke first. Ortiz and Haddad said the vote was rigged.", new CueThenContent());
            var f = ByCue(found, "said");
            Assert.Equal("Ortiz and Haddad", f.Source);
            Assert.Equal("Ortiz and Haddad", f.Record.Speaker?.Display);
        }

        [Fact]
        public void APossessorsSpokesmanIsADescriptionNotThePossessor()
        {
            var f = Only("Mayor Lena Ortiz toured the pier. The mayor's spokesman said the bridge would reopen in May.", "said");
            Assert.Equal("The mayor's spokesman", f.Source);
            Assert.NotEqual("Lena Ortiz", f.Record.Speaker?.Display);
            Assert.Contains("spokesman", f.Record.Speaker?.Display);
            // "Ortiz's wall said to cost millions": a possessed thing with a passive "said to" reports nothing
            Assert.DoesNotContain(Run("Ortiz's wall said to cost millions is the island's pride.", new CueThenContent()), x => x.Cue == "said");
        }

        [Fact]
        public void APluralWithAPhraseOfItsOwnIsNotTheGroupNamedBefore()
        {
            var found = Run("Officials in the capital said the ferry was safe. Officials who spoke on condition of anonymity said the pier would close.", new CueThenContent());
            var second = found.Single(f => f.Content == "the pier would close");
            Assert.NotEqual("Officials in the capital", second.Record.Speaker?.Display);
        }
    }
}
