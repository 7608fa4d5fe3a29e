using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// "“We won’t run his columns,” Daily News opinion editor Jo Bell told the magazine", "“…,” the Kestrel senator and
    /// harbour board candidate said in a statement", "“…!” US Senator Jo Bell said as he opened the vote": a quotation
    /// that ends with its own comma (or "!", "?"), then a noun phrase that the mention grammar does not read as a
    /// speaker, then a verb of saying: in that place the noun phrase is the one who spoke (the mirror of
    /// <see cref="InvertedDescription"/>). The phrase is one run of words (no comma, quotation, clause word, pronoun,
    /// auxiliary or reporting verb inside it), at most ten words; it opens with a determiner or holds a capitalised word,
    /// and must not open with a preposition, a pronoun, a participle, a word that starts a clause or an adverb; "and" joins two descriptions of one person ("the senator and
    /// candidate") only after "the". Runs after the rules that read the clause after a quotation with the mention grammar.
    /// </summary>
    internal sealed class QuoteThenDescription : QuotationRule
    {
        public override string Name => nameof(QuoteThenDescription);

        /// <summary>How many words the noun phrase between the quotation and its verb may hold.</summary>
        private const int MaxWords = 10;

        protected override FoundAttribution? Decide(AttributionContext context, QuotationRef q)
        {
            var p = q.Paragraph;
            var tk = p.Tokens;
            var text = q.Text.TrimEnd();
            if (text.Length == 0) return null;
            char last = text[text.Length - 1];
            if (last == '’' || last == '\'') last = text.Length > 1 ? text[text.Length - 2] : last;
            if (last != ',' && last != '!' && last != '?') return null;
            var (s0, s1) = SentenceOf(q);
            // "Asked whether Kell “has the integrity …,” 75 percent said yes": a quotation in a question is the asker's words
            for (int k = s0; k < q.Token; k++)
                if (tk[k].IsWord && tk[k].Has(WordClass.QuestionLead)) return null;
            int i = q.Token + 1;
            // “… Trump!” US Senator Jo Bell said: a "!" or "?" inside the marks may have closed the writer's sentence
            if (i == s1 && last != ',' && q.Sentence + 1 < p.Sentences.Count && p.Sentences[q.Sentence + 1].Start == i)
                s1 = p.Sentences[q.Sentence + 1].End;
            if (i >= s1 || !tk[i].IsWord) return null;
            var first = tk[i];
            // (the preposition, opener and clause-break tags hold "that", "to", "so" and "and")
            if (first.IsLowerWord && (first.Has(WordTag.Preposition | WordTag.Opener | WordTag.ClauseBreak | WordTag.Finite | WordTag.Pronoun | WordTag.Time | WordTag.CueAdverb | WordTag.Auxiliary) ||
                                      CueLexicon.IsLyAdverb(first)))
                return null;
            if (first.IsCapitalized && first.Has(WordTag.Pronoun | WordTag.ClauseBreak | WordTag.Opener)) return null;
            // “…,” raising fresh questions …: a participle goes on with the writer's sentence
            if (CueLexicon.IsIngForm(first)) return null;
            int v = i, comma = -1, close = -1;
            for (; v < s1 && v - i <= MaxWords + MaxApposition; v++)
            {
                var t = tk[v];
                // "California Rep. Duncan Hunter’s chief of staff, Joe Kasper, told": one apposition between two commas
                if (t.Is(",") && v > i && comma < 0) { comma = v; continue; }
                if (t.Is(",") && comma >= 0 && close < 0 && v > comma + 1) { close = v; continue; }
                if (!t.IsWord) return null;
                if (close >= 0) break;  // after the apposition, only the verb
                // "a voice over says"; "the nominee riffed on the mayor's reply", "the senator's written statement said": a word after
                // a possessive in 's is the owner's noun or its modifier
                bool noun = t.IsLowerWord && (tk[v - 1].Has(WordTag.Determiner | WordTag.Indefinite | WordTag.Possessive) || tk[v - 1].EndsInApostropheS);
                if (v > i && t.IsLowerWord && !noun && t.CueVerb != null)
                {
                    if (comma >= 0) return null;
                    break;
                }
                if (!InPhrase(tk, comma >= 0 ? comma + 1 : i, v)) return null;
                if (comma < 0 && v - i >= MaxWords || comma >= 0 && v - comma > MaxApposition) return null;
            }
            if (v >= s1 || v == i || comma >= 0 && close < 0) return null;
            int end = comma >= 0 ? comma : v;
            // a speaker's phrase opens with a determiner ("the", "a", "his") or names someone ("Daily News editor Jo Bell");
            // “Call the roll,” came shouts from the crowd: neither, so no speaker
            if (!first.Has(WordTag.Determiner | WordTag.Indefinite | WordTag.Possessive) && !HasCapital(tk, i, end)) return null;
            var verb = tk[v].CueVerb;
            if (verb == null || !verb.Has(VerbTag.Speech | VerbTag.Stance | VerbTag.Document) || verb.Use == CueUse.Before || verb.IsParticiple) return null;
            // "the protesters say" (a plural subject) is read; "the council to say" is not: the lemma only after a plural noun
            if (verb.Form == verb.Lemma && !(tk[end - 1].IsLowerWord && tk[end - 1].Lower.EndsWith("s", System.StringComparison.Ordinal))) return null;
            if (close >= 0)
            {
                var appo = tk[comma + 1];
                bool name = AllCapitalised(tk, comma + 1, close);
                // a description in apposition opens with its determiner ("Miller, a retired teacher, said")
                if (!name && !(appo.IsLowerWord && appo.Has(WordTag.Determiner | WordTag.Indefinite | WordTag.Possessive))) return null;
                Mention m;
                if (name)
                {
                    m = Phrase(tk, comma + 1, close);
                    if (m.Kind == MentionKind.Name) m.Title = MentionParser.Join(tk, i, comma);
                }
                else
                {
                    m = Phrase(tk, i, comma);
                    m.Apposition = MentionParser.Join(tk, comma + 1, close);
                }
                m.Next = v;
                return context.FromClause(Name, q, new Clause(m, new CueMatch(tk[v].Text, v, v + 1, verb), CuePlace.After));
            }
            var source = Phrase(tk, i, v);
            var cue = new CueMatch(tk[v].Text, v, v + 1, verb);
            return context.FromClause(Name, q, new Clause(source, cue, CuePlace.After));
        }

        /// <summary>How many words an apposition between two commas may hold.</summary>
        private const int MaxApposition = 8;

        private static bool AllCapitalised(System.Collections.Generic.IReadOnlyList<Token> tk, int a, int e)
        {
            for (int k = a; k < e; k++)
                if (!tk[k].IsCapitalized) return false;
            return e > a;
        }

        private static bool HasCapital(System.Collections.Generic.IReadOnlyList<Token> tk, int a, int e)
        {
            for (int k = a; k < e; k++)
                if (tk[k].IsCapitalized) return true;
            return false;
        }

        /// <summary>True when the word at <paramref name="k"/> may stand in a speaker's noun phrase that starts at <paramref name="i"/>.</summary>
        private static bool InPhrase(System.Collections.Generic.IReadOnlyList<Token> tk, int i, int k)
        {
            var t = tk[k];
            if (!t.IsLowerWord) return true;
            var w = t.Lower;
            // "said.Kell": two words run together across a full stop are no part of a name
            if (w.IndexOf('.') >= 0) return false;
            if (t.Has(WordGroup.Additive)) return k > i && tk[i].Has(WordGroup.DefiniteArticle) && k + 1 < tk.Count && tk[k + 1].IsWord;
            // a relative word ("who", "that", "which") is no part of the phrase: the tags below say so
            if (t.Has(WordGroup.InfinitiveMarker | WordGroup.ToPreposition)) return false;
            // "a senior military these": a determiner inside the phrase starts another one, unless a preposition leads to it ("a voice-over in the ad")
            if (k > i && Lexicon.Is(w, WordTag.Determiner) && !(tk[k - 1].IsLowerWord && tk[k - 1].Has(WordTag.Preposition))) return false;
            return !Lexicon.Is(w, WordTag.Pronoun | WordTag.ClauseBreak | WordTag.Relative | WordTag.Finite | WordTag.Auxiliary | WordTag.Negation | WordTag.ObjectPronoun) &&
                   !(k > i && CueLexicon.IsLyAdverb(t));
        }

        /// <summary>
        /// The speaker's mention of the phrase [i, v): a name with the words before it as its title when it ends with
        /// capitalised words ("Daily News opinion editor Jo Bell", "Hannity"), else a description whose head is its last word.
        /// </summary>
        private static Mention Phrase(System.Collections.Generic.IReadOnlyList<Token> tk, int i, int v)
        {
            int n = v;
            while (n > i && tk[n - 1].IsCapitalized && !tk[n - 1].EndsInApostropheS) n--;
            while (n < v && tk[n].Has(WordTag.Determiner)) n++;  // "The Post": the article is no part of the name
            var m = new Mention
            {
                Start = i, End = v, Next = v,
                CharStart = tk[i].Start, CharEnd = tk[v - 1].End,
                Text = MentionParser.Join(tk, i, v),
            };
            // a name: at least its last two words capitalised, or one capitalised word after a lower-case description
            if (v - n >= 2 || v - n == 1 && (n == i || tk[n - 1].IsLowerWord))
            {
                m.Kind = MentionKind.Name;
                m.Name = MentionParser.Join(tk, n, v);
                if (n > i) m.Title = MentionParser.Join(tk, i, n);
            }
            else
            {
                m.Kind = MentionKind.Description;
                m.Head = tk[v - 1].Lower;
                if (tk[i].Has(WordTag.Determiner)) m.Determiner = tk[i].Lower;
            }
            return m;
        }
    }
}
