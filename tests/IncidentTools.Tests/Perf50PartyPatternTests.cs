using System.Linq;
using IncidentTools.Accounts;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// perf50: the parties' expressions (one per name, alias, organisation, person and surname of the manifest) are built at
    /// their first match, so a command's first document builds only those of the names it holds, not every one at once. What
    /// the index finds is what it found. Names of the tests' own.
    /// </summary>
    public class Perf50PartyPatternTests
    {
        private static PartyDefinition[] Parties => Perf50FirstResultTests.Parties;

        [Fact]
        public void APartysExpressionsAreBuiltOnlyForTheNamesATextHolds()
        {
            var index = new PartyIndex(Parties);
            Assert.Equal(0, index.BuiltPatterns);

            // the near miss: words that hold no name of a side build nothing and find nothing
            Assert.Empty(index.Mentions("a ferry pilot on the river"));
            Assert.Equal(0, index.BuiltPatterns);

            var found = index.Mentions("a spokesman for the Southern Guard");
            var guard = Assert.Single(found);
            Assert.Equal("Southland", guard.Party.Name);
            Assert.Equal(IncidentTools.Accounts.MentionKind.Organisation, guard.Kind);
            Assert.Equal("a spokesman for the ".Length, guard.Start);
            int built = index.BuiltPatterns;
            Assert.InRange(built, 1, 2);

            // the same words again build nothing more, and every term still matches where the index is not used
            Assert.Single(index.Mentions("a spokesman for the Southern Guard"));
            Assert.Equal(built, index.BuiltPatterns);
            Assert.Equal(
                index.Mentions("Anna Berg of the Interior Ministry met Omar Diaz").Select(m => (m.Start, m.End, m.Party.Name)),
                index.MentionsWithoutIndex("Anna Berg of the Interior Ministry met Omar Diaz").Select(m => (m.Start, m.End, m.Party.Name)));
        }
    }
}
