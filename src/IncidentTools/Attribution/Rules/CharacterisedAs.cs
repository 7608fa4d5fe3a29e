using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// "The senator has gone after the mayor as “a con artist”", "the agency rated the claim as “false”",
    /// "she hailed the deal as a “breakthrough”": a verb that characterises its object, then "as" and a
    /// quotation that says what the object is. The quoted words are the subject's. The verb is a judging
    /// or naming verb of the lexicon or a word tagged characterising in words.txt ("portray", "admire",
    /// "go after"); it is finite, or progressive ("has been pounding"), never passive ("was described
    /// as", "is known as": the subject is not the one who gives the name). An object stands between the
    /// verb and "as" ("served as “…”" characterises nobody), of at most eight words and no other clause.
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
                bool be = false;
                for (int i = g; i < verb; i++) be |= tk[i].IsLowerWord && IsBe(tk[i].Lower);
                bool ing = CueLexicon.IsIngOfVerb(tk[verb]);
                // "was described as", "is seen as": passive; "describing it as" without "be": a participle of another clause
                if (be != ing) return null;
                var subject = ReportedSpeech.SubjectBefore(context.MentionsFor(p), tk, s0, g);
                if (subject == null || subject.Generic || subject.InIntroduction) return null;
                var cue = new CueMatch(MentionParser.Join(tk, verb, end), verb, end, null);
                return context.FromClause(Name, q, new Clause(subject.Mention, cue, CuePlace.Before));
            }
            return null;
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

        /// <summary>True when token v ends a characterising verb; <paramref name="verb"/> is then its first word ("gone" of "gone after").</summary>
        private static bool IsCharacterising(System.Collections.Generic.IReadOnlyList<Token> tk, int v, int s0, ref int verb)
        {
            var t = tk[v];
            if (!t.IsLowerWord) return false;
            if (v - 1 >= s0 && tk[v - 1].IsLowerWord && Lexicon.Is(tk[v - 1].Lower + " " + t.Lower, WordTag.Characterising))
            {
                verb = v - 1;
                return true;
            }
            if (t.Has(WordTag.Characterising)) return true;
            var entry = t.CueVerb;
            return entry != null && !entry.Has(VerbTag.Phrasal) && entry.Has(VerbTag.Naming | VerbTag.Judgement);
        }

        private static bool IsBe(string lower) => Lexicon.Is(lower, WordClass.Be) || Lexicon.IsAsWritten(lower, WordGroup.FirstPersonBe);
    }
}
