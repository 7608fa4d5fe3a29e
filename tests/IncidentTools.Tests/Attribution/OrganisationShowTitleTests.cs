using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "told ABC’s “Good Morning America” that …", "said on MSNBC’s “Morning Joe.”": capitalised words after the possessive of an
    /// organisation named by its acronym or its known name are its show or paper, nobody's words, even without the writer's
    /// comma inside the marks and inside a report around them. A fragment in lower case after such an owner ("the GOP’s “doom
    /// and despair”") is still words someone said, and so is what a person's possessive owns.
    /// </summary>
    public class OrganisationShowTitleTests
    {
        [Fact]
        public void ACapitalisedQuotationAfterAnOrganisationsPossessiveIsATitle()
        {
            var quotes = Quotes("The pier reopened on Monday.\n\n" +
                                "Lund told ABC’s “Good Morning America” that the levy is dead.\n\n" +
                                "Reyes spoke on Friday on MSNBC’s “Morning Joe.” He did not say more.");
            Assert.Null(Q(quotes, "Good Morning").SpeakerMention);
            Assert.Null(Q(quotes, "Morning Joe").SpeakerMention);
        }

        [Fact]
        public void AFragmentInLowerCaseAfterTheOwnerIsStillSaid()
        {
            var quotes = Quotes("The pier reopened on Monday.\n\n" +
                                "Lund said the GOP’s “doom and despair” had to end.");
            Assert.Equal("Lund", Q(quotes, "doom and despair").SpeakerMention);
        }
    }
}
