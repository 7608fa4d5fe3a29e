using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A nationality in the role of a private person (a student, villager, shopkeeper, writer, teacher:
    /// speaker-nouns.txt 'private') says where the person is from, not whom they speak for: neither their
    /// quotations nor their claims take that side, a later "she" included. An official, soldier or spokesman of
    /// that nationality keeps it. Texts written for these tests (the manifest of <see cref="ClaimRuleTests"/>).
    /// </summary>
    public class PrivatePersonPartyTests
    {
        [Theory]
        [InlineData("A Southern graduate student at the debate, Mira Sol, asked why no one had apologised.", null)]
        [InlineData("Mira Sol, a Southern shopkeeper near the river, asked why no one had apologised.", null)]
        // near misses: a spokesman (even one of students) speaks for the side the nationality names
        [InlineData("A Southern military spokesman, Mira Sol, said the guns were silent.", "Southland")]
        [InlineData("Mira Sol, a Southern student spokesman, said the guns were silent.", "Southland")]
        public void APrivatePersonOfASidesNationalityIsOfNoSide(string introduction, string? party)
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, ClaimRuleTests.Manifest, introduction, "“The shelling was deliberate,” she said afterwards.");
            var claim = corpus.Claims.Single(c => c.Text.StartsWith("“The shelling", StringComparison.Ordinal));
            Assert.Equal("Mira Sol", claim.Speaker);
            Assert.Equal(party, claim.Party);
            // a claim of no side answers no question
            Assert.Equal(party == null ? null : "deliberate", claim.Question);
            Assert.Equal(party, corpus.Quotes.Single(q => q.Text.StartsWith("The shelling", StringComparison.Ordinal)).Party);
        }
    }
}
