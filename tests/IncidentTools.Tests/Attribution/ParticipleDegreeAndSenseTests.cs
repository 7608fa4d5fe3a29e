using Xunit;
using IncidentTools.Attribution;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Words that look like a report and are none (claims94, read on PolNeAR train's claims that match no annotation): a past form
    /// set off by commas after a noun phrase with a finite verb after its closing comma is a passive participle that describes the
    /// phrase ("The new contract, announced Friday, would last …"); a phrase that ends in a degree word after "the" grades the word
    /// after it ("the most elaborate scheme"); a state after "in Town," is no subject ("in Dover, Ohio, a nurse explained"); "find" of oneself, a home, a job or a way, and "accept" of money, a gift, an honour
    /// or an invitation, "welcome" of a child (sense-objects.txt).
    /// </summary>
    public class ParticipleDegreeAndSenseTests
    {
        [Theory]
        [InlineData("The new ferry contract, announced Friday, would last three years and must be approved by the crews.", "announced")]
        [InlineData("Her plan to close the pier, denounced as reckless and cruel, has wide support among the captains.", "denounced")]
        [InlineData("The harbour board leans on its senior pilots, called elders, and is slow to change its rules.", "called")]
        [InlineData("It may be the most elaborate scheme the harbour board has ever tried.", "elaborate")]
        [InlineData("Together they are the least favoured candidates the port has ever seen.", "favoured")]
        [InlineData("The harbour bank found itself at the centre of the crisis last winter.", "found")]
        [InlineData("Many refugees find a home in the valley towns.", "find")]
        [InlineData("Young dockers often cannot find jobs in the port.", "find")]
        [InlineData("Mayor Ines Tovar has not accepted money from the ferry lobby.", "accepted")]
        [InlineData("The two captains accepted awards for their rescue work.", "accepted")]
        [InlineData("Bram Okafor accepted the invitation from the harbour board.", "accepted")]
        [InlineData("The harbour master and her husband welcomed a baby girl last week.", "welcomed")]
        public void NoReportByTheVerb(string body, string cue)
        {
            var found = Run(body);
            Assert.DoesNotContain(found, f => f.Cue == cue);
        }

        [Theory]
        [InlineData("At a rally in Dover, Ohio, a retired nurse also railed against the ferry plan, and explained how much it worried her.")]
        [InlineData("On Sunday, Pastor Ed Lund stood at his pulpit in Burlington, Iowa, and, citing the harbour charter, urged the crews to vote.")]
        public void NoPlaceAsSource(string body)
        {
            var found = Run(body);
            Assert.DoesNotContain(found, f => f.Source == "Ohio" || f.Source == "Iowa");
        }

        [Theory]
        [InlineData("A reader in Norfolk, Va., who signs himself “Old Salt,” writes: “The pier should stay open.”", "Va.", "A reader")]
        [InlineData("A pilot in Dover, Del., who has worked the harbour for years, said: “The channel is too shallow.”", "Del.", null)]
        public void NoStateAbbreviationAsSpeaker(string body, string state, string? source)
        {
            // a state's abbreviation with its period, set off by commas after "in Town," before a relative clause is the second
            // part of a place's name, never the speaker (Clauses.SubjectCueBeforeFrom): the noun before the place is, where a
            // rule reads it, and none rather than the place where none does
            var found = Run(body);
            Assert.DoesNotContain(found, f => f.Source == state);
            if (source != null) Assert.Contains(found, f => f.Kind == AttributionKind.Direct && f.Source == source);
        }

        [Theory]
        // the same verbs where they report
        [InlineData("Speaking in Dover, Lund says the pier is safe.", "says", "Lund", "the pier is safe")]
        [InlineData("In an interview with the Harbour Times, Lund said the pier is safe.", "said", "Lund", "the pier is safe")]
        [InlineData("Friday, Texas, leading a coalition of ports, asked a judge to block the rules.", "asked", "Texas", "to block the rules")]
        [InlineData("Ada Lund, the harbour master, said Friday that the pier would close.", "said", "Ada Lund", "the pier would close")]
        [InlineData("Ada Lund, the harbour master, said Friday the pier would close.", "said", "Ada Lund", "the pier would close")]
        [InlineData("The inquiry found that the books were cooked.", "found", "The inquiry", "the books were cooked")]
        [InlineData("Mayor Ines Tovar accepted that the plan had failed.", "accepted", "Mayor Ines Tovar", "the plan had failed")]
        [InlineData("Most believe the ferry will be late.", "believe", "Most", "the ferry will be late")]
        [InlineData("Mayor Ines Tovar welcomed the decision of the harbour board.", "welcomed", "Mayor Ines Tovar", "the decision of the harbour board")]
        public void StillReports(string body, string cue, string source, string content)
        {
            var f = ByCue(Run(body), cue);
            Assert.Equal(source, f.Source);
            Assert.Equal(content, f.Content);
        }
    }
}
