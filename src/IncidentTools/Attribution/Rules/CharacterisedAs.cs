using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// "The senator has gone after the mayor as “a con artist”", "the agency rated the claim as “false”",
    /// "she hailed the deal as a “breakthrough”": a verb that characterises its object, then "as" and a
    /// quotation that says what the object is. The quoted words are the subject's. The verb is a judging
    /// or naming verb of the lexicon or a word tagged characterising in words.txt ("portray", "admire",
    /// "go after"); it is finite, or progressive ("has been pounding"), never passive ("was described
    /// as", "is known as": the subject is not the one who gives the name), but a passive's agent after "by" gives it ("was
    /// described by critics as “…”", "was dismissed as a “fantasy” by harbor pilots"). An object stands between the
    /// verb and "as" ("served as “…”" characterises nobody), of at most eight words and no other clause. Not when the subject
    /// opens the content of a verb of speech ("critics who say he should condemn them as “…”"): another speaker's report.
    /// Runs after the reported-speech rules, on what they left open.
    /// </summary>
    internal sealed class CharacterisedAs : QuotationRule
    {
        public override string Name => nameof(CharacterisedAs);

        /// <summary>How many words the object between the verb and "as" may take.</summary>
        private const int ObjectReach = 8;

        protected override FoundAttribution? Decide(AttributionContext context, QuotationRef q)
        {
            var p = q.Paragraph;
            var tk = p.Tokens;
            var (s0, _) = SentenceOf(q);
            int j = AsBefore(tk, q.Token, s0);
            if (j - 2 < s0) return null;
            // "The pier was dismissed as a “folly” by harbor pilots": the passive's agent after the quotation
            if (PassiveAgent(context, q, j - 1, j, s0) is { } after) return after;
            for (int v = j - 2; v >= s0 && j - v <= ObjectReach + 1; v--)
            {
                var t = tk[v + 1];
                // the object: words of one noun phrase ("the deal", "32% of Republican claims", "himself")
                if (!t.IsWord && !t.Is("%") && !t.Is("-")) return null;
                if (t.IsLowerWord && (t.Has(WordTag.ClauseBreak | WordTag.Opener | WordTag.Finite) || t.Has(WordClass.Comparative))) return null;
                if (!tk[v].IsWord) continue;                                            // "32%": read on as part of the object
                int verb = v, end = v + 1;
                if (!IsCharacterising(tk, v, s0, ref verb)) continue;
                int g = ReportedSpeech.GroupStart(tk, verb, s0);
                if (verb - 1 >= s0 && tk[verb - 1].IsLowerWord && (tk[verb - 1].Has(WordGroup.InfinitiveMarker) || ReportedSpeech.IsPossessive(tk[verb - 1]))) return null;
                bool be = BeInGroup(tk, g, verb);
                bool ing = CueLexicon.IsIngOfVerb(tk[verb]);
                // "was described by critics as “…”": the passive's agent between the participle and "as"
                if (!ing && PassiveAgent(context, q, verb, j, s0) is { } before) return before;
                // "was described as", "is seen as": passive; "describing it as" without "be": a participle of another clause
                if (be != ing) return null;
                var subject = ReportedSpeech.SubjectBefore(context.MentionsFor(p), tk, s0, g);
                if (subject == null || subject.Generic || subject.InIntroduction) return null;
                if (OpensReportedClause(tk, subject.Mention.Start, s0)) return null;
                var cue = new CueMatch(MentionParser.Join(tk, verb, end), verb, end, null);
                return context.FromClause(Name, q, new Clause(subject.Mention, cue, CuePlace.Before));
            }
            return null;
        }

        /// <summary>
        /// "critics who say he should condemn terrorists as “radical Islamists”", "Lund said that the mayor hailed the deal as
        /// a “breakthrough”": the subject at <paramref name="start"/> opens the content of a verb of speech right before it (a
        /// "that" between them or none), so the characterisation is another speaker's report and the words are not clearly
        /// the subject's: no speaker here.
        /// </summary>
        private static bool OpensReportedClause(System.Collections.Generic.IReadOnlyList<Token> tk, int start, int s0)
        {
            int k = start - 1;
            if (k >= s0 && tk[k].IsLowerWord && tk[k].Has(WordGroup.Complementizer)) k--;
            return k >= s0 && tk[k].IsLowerWord && tk[k].CueVerb is { } v && v.Has(VerbTag.Speech);
        }

        /// <summary>
        /// The "as" right before the quotation at token <paramref name="quote"/>, or before an article and it ("as “a
        /// leader”", "as a “work in progress”"), within the sentence from <paramref name="s0"/>; else -1.
        /// </summary>
        internal static int AsBefore(System.Collections.Generic.IReadOnlyList<Token> tk, int quote, int s0)
        {
            int j = quote - 1;
            if (j >= s0 && tk[j].IsLowerWord && tk[j].Has(WordClass.Article)) j--;
            return j >= s0 && tk[j].IsLowerWord && tk[j].Has(WordGroup.AsLink) ? j : -1;
        }

        /// <summary>
        /// "The pier was described by critics as a “folly”", "The plan was dismissed as a “fantasy” by harbor pilots": a passive
        /// characterising participle at <paramref name="verb"/> (with "be" in its group, or opening a reduced passive: "— often
        /// labeled as a “witch hunt” by critics") whose agent, after "by", stands right
        /// between it and the "as" at <paramref name="asAt"/>, or right after the quotation; the agent (a name or a description,
        /// not a pronoun) gives the name. Null when the participle has no such agent.
        /// </summary>
        private FoundAttribution? PassiveAgent(AttributionContext context, QuotationRef q, int verb, int asAt, int s0)
        {
            var tk = q.Paragraph.Tokens;
            int end = verb + 1;
            if (!IsCharacterising(tk, verb, s0, ref verb) || CueLexicon.IsIngOfVerb(tk[verb])) return null;
            int g = ReportedSpeech.GroupStart(tk, verb, s0);
            if (!BeInGroup(tk, g, verb) && !ReducedPassive(tk, verb, s0)) return null;
            var s1 = SentenceOf(q).End;
            // the agent's "by": right after the participle (then the agent ends at "as"), or right after the quotation
            int by = end < asAt ? end : q.Token + 1;
            int stop = end < asAt ? asAt : s1;
            if (by + 1 >= stop || !tk[by].IsLowerWord || !tk[by].Has(WordGroup.Agent)) return null;
            var agent = context.MentionsFor(q.Paragraph).Parse(tk, by + 1, stop, inverted: true);
            if (agent == null || agent.IsPronoun || agent.Start != by + 1 || end < asAt && agent.End != asAt) return null;
            var cue = new CueMatch(MentionParser.Join(tk, verb, end), verb, end, null);
            return context.FromClause(Name, q, new Clause(agent, cue, CuePlace.Before));
        }

        /// <summary>How many adverbs may stand between the comma or dash and a participle that opens a reduced passive ("— often labeled").</summary>
        private const int ReducedPassiveAdverbs = 2;

        /// <summary>
        /// "The inquiry — often labeled as a “witch hunt” by critics — dragged on": a past participle with no "be" that opens a phrase
        /// set off by a comma or a dash (one or two adverbs between), a passive whose subject is the noun before the mark.
        /// </summary>
        private static bool ReducedPassive(System.Collections.Generic.IReadOnlyList<Token> tk, int verb, int s0)
        {
            if (CueLexicon.Verb(tk[verb].Lower) is not { Kind: VerbForm.Past }) return false;
            int i = verb - 1;
            while (i >= s0 && verb - i <= ReducedPassiveAdverbs && tk[i].IsLowerWord && (CueLexicon.IsLyAdverb(tk[i]) || tk[i].Has(WordTag.CueAdverb))) i--;
            return i >= s0 && (tk[i].Is(",") || tk[i].IsDash);
        }

        /// <summary>True when token v ends a characterising verb; <paramref name="verb"/> is then its first word ("gone" of "gone after").</summary>
        private static bool IsCharacterising(System.Collections.Generic.IReadOnlyList<Token> tk, int v, int s0, ref int verb)
        {
            var t = tk[v];
            if (!t.IsLowerWord) return false;
            if (v - 1 >= s0 && tk[v - 1].IsLowerWord && Lexicon.IsPair(tk[v - 1].Lower, t.Lower, WordTag.Characterising))
            {
                verb = v - 1;
                return true;
            }
            if (t.Has(WordTag.Characterising)) return true;
            var entry = t.CueVerb;
            return entry != null && !entry.Has(VerbTag.Phrasal) && entry.Has(VerbTag.Naming | VerbTag.Judgement);
        }

        /// <summary>True when a form of "be" stands in the verb group [<paramref name="g"/>, <paramref name="verb"/>) ("was described", "has been pounding").</summary>
        private static bool BeInGroup(System.Collections.Generic.IReadOnlyList<Token> tk, int g, int verb)
        {
            for (int i = g; i < verb; i++)
                if (tk[i].IsLowerWord && IsBe(tk[i].Lower)) return true;
            return false;
        }

        private static bool IsBe(string lower) => Lexicon.Is(lower, WordClass.Be) || Lexicon.IsAsWritten(lower, WordGroup.FirstPersonBe);
    }
}
