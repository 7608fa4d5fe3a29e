using System;
using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>A cue verb in a sentence: the verb (and its particle) and the auxiliaries and adverbs before it.</summary>
    internal sealed class VerbCue
    {
        public VerbCue(CueVerb entry, int verb, int end, int groupStart, bool refused = false, bool purpose = false)
        {
            Entry = entry;
            Verb = verb;
            End = end;
            GroupStart = groupStart;
            Refused = refused;
            Purpose = purpose;
        }

        public CueVerb Entry { get; }

        /// <summary>Token index of the verb.</summary>
        public int Verb { get; }

        /// <summary>Token index just past the verb and its particle ("called for").</summary>
        public int End { get; }

        /// <summary>Token index of the first auxiliary or adverb before the verb ("has also said"), or of the verb.</summary>
        public int GroupStart { get; }

        /// <summary>
        /// True when the verb is an infinitive governed by a verb of refusing ("declined to comment", "refused to say"): its
        /// subject says nothing by it, so no words before the group are what it reports.
        /// </summary>
        public bool Refused { get; }

        /// <summary>
        /// True when the verb is an infinitive of purpose after its subject's own verb ("took to the radio to accuse …"): an act
        /// the subject went to do, whose words do not run on past its clause ("After Lund went on the radio to accuse the board,
        /// some want …": "want" is no part of it).
        /// </summary>
        public bool Purpose { get; }
    }

    /// <summary>The subject of a cue verb: its mention, and the clause it opens.</summary>
    internal sealed class Subject
    {
        public Subject(Mention mention, int clauseStart, int openerIndex)
        {
            Mention = mention;
            ClauseStart = clauseStart;
            OpenerIndex = openerIndex;
        }

        public Mention Mention { get; private set; }

        /// <summary>A copy that shares nothing that can be changed with this subject (its mention is copied, see <see cref="Mention.Copy"/>).</summary>
        public Subject Copy()
        {
            var copy = (Subject)MemberwiseClone();
            copy.Mention = Mention.Copy();
            return copy;
        }

        /// <summary>The first token of the clause the subject stands in.</summary>
        public int ClauseStart { get; }

        /// <summary>The token that opened the clause ("when", "but", ";"), or -1 at the start of the sentence.</summary>
        public int OpenerIndex { get; }

        /// <summary>True when the subject stands inside an introductory phrase ("With leaders worried about …, …"): the clause ends at its comma.</summary>
        public bool InIntroduction { get; init; }

        /// <summary>True when the subject is a plain noun phrase the mention grammar does not read ("the recent spate of shootings").</summary>
        public bool Generic { get; init; }

        /// <summary>True when the subject is that of the first of two coordinated verb phrases ("Lund told the board … and said …"): no content stands before it.</summary>
        public bool Coordinated { get; init; }
    }

    /// <summary>
    /// The small grammar the reported-speech rules share: which words are cue verbs in use (not
    /// nouns, infinitives or passives), the subject before a verb (read with the one mention
    /// grammar, <see cref="MentionParser"/>), and the reported content after or before it.
    /// Every search is bounded, so a document is read in linear time. One class in files by topic: the cue verb
    /// (ReportedSpeech.Verbs.cs), its subject (.Subjects), the content after it (.Contents), agreement and objects
    /// (.Objects), sources read out of order and reports inside reports (.Sources), and the smaller parts (.Apposed,
    /// .Contracted, .Coordinated, .Relative, .Shares, .TimeContent).
    /// </summary>
    internal static partial class ReportedSpeech
    {
        /// <summary>How many tokens back a subject may start from its verb (appositions included).</summary>
        public const int SubjectReach = 30;

        /// <summary>How many tokens a relative clause without a pronoun may take between its speaker noun and the verb ("officers I have spoken to over the months believe").</summary>
        private const int ContactRelativeReach = 12;

        /// <summary>How many tokens a phrase of time between a relative pronoun and its cue may take ("who in 2012 said", "who last week told").</summary>
        private const int RelativeTimeReach = 4;

        /// <summary>How many tokens after a verb an addressee and time phrase may take before the content ("told reporters on Monday that").</summary>
        public const int ObjectReach = 8;

        /// <summary>How many tokens a reported content may hold: what one source says in one sentence.</summary>
        public const int MaxContent = 150;

        private static bool IsDeterminer(string lower) => Lexicon.Is(lower, WordClass.PhraseDeterminer);

        private static bool IsBe(string lower) => ReportingVerb.IsBe(lower);

        /// <summary>"who", "which" or "that": a relative pronoun that can be the subject of its clause.</summary>
        private static bool IsRelativePronoun(string lower) => Lexicon.Is(lower, WordClass.SubjectRelative);

        /// <summary>"This report", "That plan": a determiner before a noun does not start an introductory phrase ("This week, …" does).</summary>
        private static bool IsDeterminerBeforeNoun(Token t) => t.IsWord && t.Has(WordClass.SingularDemonstrative);

        /// <summary>A lower-case word that looks like a plural noun ("critics", "supporters"): ends in -s, and is no cue verb, grammar word or adverb.</summary>
        private static bool IsPluralNoun(Token t) => t.IsLowerWord && IsPluralWord(t);

        /// <summary><see cref="IsPluralNoun"/> whatever the word's case ("Aides" opening a sentence).</summary>
        private static bool IsPluralWord(Token t) =>
            t.IsWord && t.Lower.Length > 3 && Inflection.EndsInS(t.Lower) &&
            !Possessive.EndsIn(t.Lower) &&
            CueLexicon.Verb(t.Lower) == null && !t.Has(WordTag.Function | WordTag.Finite | WordTag.CueAdverb | WordTag.Opener);

        /// <summary>
        /// True for the headline: the title paragraph, or (in a file whose first line the reader kept as
        /// body text, "Poll: Clinton Leads."), a first paragraph of one short sentence in title case.
        /// </summary>
        public static bool IsHeadline(AnalysedDocument doc, AnalysedParagraph p)
        {
            if (p.Section == ParagraphSection.Title) return true;
            if (p.Index != 0 || p.Sentences.Count != 1) return false;
            int words = 0, capitalised = 0;
            foreach (var t in p.Tokens)
            {
                if (!t.IsWord) continue;
                words++;
                if (t.IsCapitalized || char.IsDigit(t.Text[0])) capitalised++;
            }
            return words >= 2 && words <= 25 && capitalised * 4 >= words * 3;
        }

        /// <summary>True for a word that ends in a possessive ('s, ’s).</summary>
        public static bool IsPossessive(Token t) =>
            t.IsWord && Possessive.EndsIn(t.Lower);
    }

    /// <summary>
    /// The attributions decided before a rule runs, indexed by paragraph: which tokens their contents
    /// cover, and their cues in order. Built once per rule run, in time linear in what they cover.
    /// </summary>
    internal sealed class ReportIndex
    {
        // by the paragraph's index in the document (arrays of the paragraphs' number, not tables: the index is made twice a document)
        private readonly List<FoundAttribution>?[] _byCue;
        private readonly bool[]?[] _covered;

        public ReportIndex(AttributionContext ctx)
        {
            int paragraphs = ctx.Document.Paragraphs.Count;
            _byCue = new List<FoundAttribution>?[paragraphs];
            _covered = new bool[]?[paragraphs];
            foreach (var f in ctx.Found)
            {
                var p = f.Paragraph;
                var covered = _covered[p.Index] ??= new bool[p.Tokens.Count];
                // a labelled turn ("NADIA HAQ: …", "A: …") is the speaker's own voice, not a report that takes in the
                // beliefs and judgements of those its sentences name ("Senior officers still believe …")
                bool turn = f.IsTurn;
                int a = p.TokenAt(f.Content.Start - p.Start), e = p.TokenAt(f.Content.End - p.Start);
                for (int i = a; i < e && i < covered.Length && !turn; i++)
                {
                    int at = p.Start + p.Tokens[i].Start;
                    if (f.Cue is { } c && c.Start <= at && at < c.End) continue;
                    covered[i] = true;
                }
                if (f.Cue != null && f.Source != null && f.SourceParagraph == p)
                {
                    (_byCue[p.Index] ??= new List<FoundAttribution>()).Add(f);
                }
            }
            // (attributions that share a cue's start stay in the order found: LastWithCue takes the last of them)
            foreach (var list in _byCue)
                if (list != null) StableSort.Sort(list, (x, y) => x.Cue!.Value.Start.CompareTo(y.Cue!.Value.Start));
        }

        /// <summary>True when token k of the paragraph lies inside the content of an attribution (not its own cue).</summary>
        public bool Covers(AnalysedParagraph p, int k) => _covered[p.Index] is { } c && k < c.Length && c[k];

        /// <summary>The attribution (with a source of its own in the paragraph) whose cue starts last in [from, to) (file offsets), or null.</summary>
        public FoundAttribution? LastWithCue(AnalysedParagraph p, int from, int to)
        {
            var list = _byCue[p.Index];
            if (list == null) return null;
            int lo = 0, hi = list.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) / 2;
                if (list[mid].Cue!.Value.Start < to) lo = mid + 1; else hi = mid;
            }
            return lo > 0 && list[lo - 1].Cue!.Value.Start >= from ? list[lo - 1] : null;
        }
    }
}
