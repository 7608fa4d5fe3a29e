using System.Collections.Generic;
using IncidentTools.Attribution;
using Xunit;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// The side of a speaker whose role is written in a shape the party readers missed (accounts82): a scholar whose role is a
    /// relative clause of teaching at a body of research ("Ada Lund, who teaches economics at a university in Oslo, said"; words.txt
    /// 'scholarship'), an analyst whose modifiers are joined by "and" ("a political and defence analyst") and "an academic"
    /// (speaker-nouns.txt 'expert') speak for no side; an office's title written in sentence case before a name at the opening of
    /// a sentence ("Opposition leader Anwar Qadri", "Defence minister Jo Bell") is the dateline's country's, as the title in
    /// capitals is. One who studies a topic at a body of research ("who studies Nordic maritime security at a university") and a
    /// lecturer speak for no side too (speaker117). Texts written for these tests.
    /// </summary>
    public class RoleShapePartyTests
    {
        private static readonly PartyDefinition[] Sides = TestSides.NorthernSouthernAndIndependent;

        private static IReadOnlyList<IncidentQuote> Quotes(string body) => QuoteTestText.Quotes("Ferry talks stall at the border", body, Sides);

        private static IncidentQuote Q(IReadOnlyList<IncidentQuote> quotes, string start) => QuoteTestText.Q(quotes, start);

        [Theory]
        [InlineData("Helena Marsh, who teaches economics at a university in Bergen, said the talks would drag on. “Nobody will blink first,” she said.")]
        [InlineData("Dr Helena Marsh, who has lectured at the Institute of Maritime Studies, said the talks would drag on. “Nobody will blink first,” she said.")]
        [InlineData("“Nobody will blink first,” said Helena Marsh, who teaches international law at the University of Bergen.")]
        // a verb of study with a topic of two words or more before the body (words.txt 'study'; speaker117)
        [InlineData("“Nobody will blink first,” said Helena Marsh, who studies Nordic maritime security at a university in Bergen.")]
        [InlineData("Helena Marsh, who now studies ferry unions at a Bergen university, said the talks would drag on. “Nobody will blink first,” she said.")]
        // past an adverb of words.txt 'role-adverb' before the verb of teaching
        [InlineData("Helena Marsh, who now teaches at a university in Bergen, said the talks would drag on. “Nobody will blink first,” she said.")]
        public void OneWhoTeachesAtABodyOfResearchSpeaksForNoSide(string paragraph)
        {
            var qs = Quotes("OSLO -- Ferries stayed in port for a third day.\n\n" + paragraph);
            Assert.Equal("Helena Marsh", Q(qs, "Nobody will blink first").Speaker);
            Assert.Equal("Independent", Q(qs, "Nobody will blink first").Party);
        }

        [Theory]
        // the near misses: a relative clause of another act at a university, one of studying (a student's), one of teaching at
        // no body of research
        [InlineData("Helena Marsh, who met the minister at a university in Bergen, said the talks would drag on. “Nobody will blink first,” she said.")]
        [InlineData("Helena Marsh, who studies law at a university in Bergen, said the talks would drag on. “Nobody will blink first,” she said.")]
        [InlineData("Helena Marsh, who teaches sailing to children in Bergen, said the talks would drag on. “Nobody will blink first,” she said.")]
        // a verb of study with no topic before the body, a student's as much as a scholar's
        [InlineData("“Nobody will blink first,” said Helena Marsh, who studies at a university in Bergen.")]
        // one who gave a lecture once (no verb of teaching, no body of research), and a teacher (a private person: speaker-nouns.txt
        // 'private', no 'expert' as a lecturer has)
        [InlineData("Helena Marsh, who gave a lecture in Bergen, said the talks would drag on. “Nobody will blink first,” she said.")]
        [InlineData("Helena Marsh, a teacher in Bergen, said the talks would drag on. “Nobody will blink first,” she said.")]
        public void AnotherRelativeClauseGivesNoSide(string paragraph)
        {
            var qs = Quotes("OSLO -- Ferries stayed in port for a third day.\n\n" + paragraph);
            Assert.Null(Q(qs, "Nobody will blink first").Party);
        }

        [Theory]
        [InlineData("“Both governments have boxed themselves in,” said Tomas Varga, a political and defence analyst.")]
        [InlineData("“Both governments have boxed themselves in,” said Tomas Varga, a lawyer and analyst.")]
        [InlineData("Tomas Varga, an academic, said the talks would drag on. “Both governments have boxed themselves in,” he said.")]
        // a lecturer (speaker-nouns.txt 'expert', as "professor"; speaker117), of a field and a city of no side
        [InlineData("Dr Tomas Varga, a lecturer in shipping history in Gothenburg, said the talks would drag on. “Both governments have boxed themselves in,” he said.")]
        [InlineData("“Both governments have boxed themselves in,” a senior lecturer at the naval college said.")]
        public void AnAnalystOrAnAcademicSpeaksForNoSide(string paragraph)
        {
            var qs = Quotes("OSLO -- Ferries stayed in port for a third day.\n\n" + paragraph);
            Assert.Equal("Independent", Q(qs, "Both governments have boxed themselves in").Party);
        }

        [Theory]
        [InlineData("Opposition leader Anwar Qadri welcomed the closure. “It is a matter of dignity,” he told reporters.")]
        [InlineData("The talks stalled again. Defence minister Anwar Qadri welcomed the closure. “It is a matter of dignity,” he told reporters.")]
        public void AnOfficeInSentenceCaseIsTheDatelinesCountry(string paragraph)
        {
            var qs = Quotes("OSLO -- Ferries stayed in port for a third day.\n\n" + paragraph);
            Assert.Equal("Anwar Qadri", Q(qs, "It is a matter of dignity").Speaker);
            Assert.Equal("Northern side", Q(qs, "It is a matter of dignity").Party);
        }

        [Theory]
        // the near misses: a body's name with its head in lower case is no office of a state, though "President" alone is one
        [InlineData("Union president Anwar Qadri welcomed the closure. “It is a matter of dignity,” he told reporters.")]
        [InlineData("Acme president Anwar Qadri welcomed the closure. “It is a matter of dignity,” he told reporters.")]
        public void ANameWithAHeadInLowerCaseIsNoOffice(string paragraph)
        {
            var qs = Quotes("OSLO -- Ferries stayed in port for a third day.\n\n" + paragraph);
            Assert.Null(Q(qs, "It is a matter of dignity").Party);
        }
    }
}
