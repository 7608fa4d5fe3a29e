using System.Collections.Generic;
using IncidentTools.Attribution;
using IncidentTools.Corpus;
using Xunit;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "Helena Marsh, who studied ferry safety with the coastguard as a researcher at a think tank in Bergen, said": a role that a
    /// relative clause brings in with "as" and an indefinite article, at a body of research, says where the speaker works or
    /// worked, whatever the clause's verb, so the speaker speaks for no side (MentionFacts.RoleAsAtResearchBody, read by
    /// TeachesAtResearchBody). Not a private person's role ("as a student at a university"), nor a role at no body of research
    /// ("as an officer at the navy's staff college", "as a reporter at a newspaper").
    /// </summary>
    public class RoleAsAtResearchBodyTests
    {
        private static readonly PartyDefinition[] Sides = TestSides.NorthernSouthernAndIndependent;

        private static IReadOnlyList<IncidentQuote> Quotes(string body) => QuoteTestText.Quotes("Ferry talks stall at the border", body, Sides);

        [Theory]
        [InlineData("Helena Marsh, who studied ferry safety with the coastguard as a researcher at a think tank in Bergen, said the talks would drag on. “Nobody will blink first,” she said.")]
        [InlineData("Helena Marsh, who worked for years as a senior fellow at the Institute of Maritime Studies, said the talks would drag on. “Nobody will blink first,” she said.")]
        public void ARoleAtABodyOfResearchAfterAsSpeaksForNoSide(string paragraph)
        {
            var qs = Quotes("OSLO -- Ferries stayed in port for a third day.\n\n" + paragraph);
            Assert.Equal("Helena Marsh", QuoteTestText.Q(qs, "Nobody will blink first").Speaker);
            Assert.Equal("Independent", QuoteTestText.Q(qs, "Nobody will blink first").Party);
        }

        [Theory]
        [InlineData("who studied ferry safety as a researcher at a think tank in Bergen", true)]
        [InlineData("who has worked as an analyst at a university in Lund", true)]
        [InlineData("who enrolled as a student at a university in Bergen", false)]
        [InlineData("who served as an officer at the navy's staff college", false)]
        [InlineData("who started as a reporter at a newspaper in Bergen", false)]
        [InlineData("who met the minister at a university in Bergen", false)]
        public void OnlyARoleAtABodyOfResearchCounts(string role, bool atResearch) =>
            Assert.Equal(atResearch, MentionFacts.TeachesAtResearchBody(role));
    }
}
