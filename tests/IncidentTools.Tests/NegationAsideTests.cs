using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// A negator or a "whether" before a that-clause still reaches the clause's predicate across an aside set off by commas in
    /// the clause's subject ("could not accept that the shelling, which went on for an hour, was an accident"); and "not in a
    /// position to" refuses a long that-clause as "cannot" does. Sentences and sides of the tests' own.
    /// </summary>
    public class NegationAsideTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) =>
            AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, paragraphs);

        private static IncidentClaim Claim(IncidentCorpus corpus, string content) =>
            corpus.Claims.Single(c => c.Content.StartsWith(content, StringComparison.Ordinal) && c.Rule == "CueThenContent");

        [Fact]
        public void ARefusalReachesThePredicateAcrossTheSubjectsAside()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "Anna Berg said Northland could not accept that the shelling, which went on for an hour, was an accident.",
                "Omar Diaz said the bombardment, which went on for an hour, was an accident.",
                "Omar Diaz later said the barrage, which did not last long, was an accident.");
            var refused = Claim(corpus, "Northland could not accept");
            Assert.Equal("Anna Berg", refused.Speaker);
            Assert.Equal("Northland", refused.Party);
            Assert.Equal("CueThenContent", refused.Rule);
            Assert.Equal("deliberate", refused.Question);
            Assert.Equal("Deliberate", refused.Position);
            Assert.Equal("accident", refused.PositionCue);
            // the near misses: no negator before the aside, and one inside the aside, deny nothing
            var said = Claim(corpus, "the bombardment, which went on");
            Assert.Equal("Southland", said.Party);
            Assert.Equal("Not deliberate", said.Position);
            Assert.Equal("Not deliberate", Claim(corpus, "the barrage, which did not").Position);
        }

        [Fact]
        public void AQuestionAskedReachesThePredicateAcrossTheSubjectsAside()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Northern officer asked whether the shelling, which went on for an hour, was deliberate.");
            // (without the aside read across, the comma hid the "whether" and the question read as "Deliberate")
            var asked = Claim(corpus, "whether the shelling");
            Assert.Equal("Northern officer", asked.Speaker);
            Assert.Equal("Northland", asked.Party);
            Assert.Null(asked.Question);
            Assert.Null(asked.Position);
        }

        [Fact]
        public void NotInAPositionToAcceptRefusesALongThatClause()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "Omar Diaz said Southland was not in a position to accept that shelling which went on for most of the night over the villages was an accident.",
                "Anna Berg said Northland was in a position to accept that shelling which went on for most of the night over the villages was an accident.");
            var refused = Claim(corpus, "Southland was not in a position");
            Assert.Equal("Omar Diaz", refused.Speaker);
            Assert.Equal("Southland", refused.Party);
            Assert.Equal("deliberate", refused.Question);
            Assert.Equal("Deliberate", refused.Position);
            // the near miss: the same clause accepted
            var accepted = Claim(corpus, "Northland was in a position");
            Assert.Equal("Northland", accepted.Party);
            Assert.Equal("Not deliberate", accepted.Position);
        }
    }
}
