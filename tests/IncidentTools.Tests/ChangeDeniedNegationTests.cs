using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// "Nothing in the agreement revised the findings of the inquiry, which concluded …": a verb of changing under a negator
    /// leaves its object standing, so a position cue in the object is not denied (accounts-stance.txt 'changing'; texts of
    /// the tests' own).
    /// </summary>
    public class ChangeDeniedNegationTests
    {
        /// <summary>The position on "deliberate" of the one claim whose text opens with <paramref name="start"/>.</summary>
        internal static string? PositionOf(string paragraph, string start)
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, paragraph);
            return corpus.Claims.Single(c => c.Question == "deliberate" && c.Text.StartsWith(start, StringComparison.Ordinal)).Position;
        }

        [Theory]
        [InlineData("Anna Berg said nothing in the new treaty altered the inquiry's verdict of an accident.")]
        [InlineData("Anna Berg said the new treaty did not revise the inquiry's verdict of an accident.")]
        public void AChangeDeniedLeavesTheCueInItsObjectStanding(string paragraph) =>
            Assert.Equal("Not deliberate", PositionOf(paragraph, "Anna Berg"));

        [Fact]
        public void ANegatorWithNoVerbOfChangingStillDenies() =>
            // near miss: the same negator before a verb that does not change its object
            Assert.Equal("Deliberate", PositionOf("Anna Berg said the inquiry did not call the shelling an accident.", "Anna Berg"));
    }
}
