using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// "Trump called the pageant winner “Miss Piggy”", "what the mayor described as “an intentional act”",
    /// "what it calls “the biggest attack in history”", "Rubio, whom he dubbed “the little senator”": a name or a
    /// term that someone gives is their words.
    /// The naming verb stands at most six tokens before the quotation (its object between, nothing that
    /// starts another clause), its subject right before it (or, after a relative word, a name with its apposition between
    /// commas: "what Ada Lund, treasurer of the northern campaign, called “…”"); a generic present ("locals call the pier “the
    /// Spine”") names nobody's words, so without a relative "what", "which" or "that" the verb is past.
    /// Runs before the rules that take such quotations for titles and names.
    /// </summary>
    internal sealed class NamingVerb : QuotationRule
    {
        public override string Name => nameof(NamingVerb);

        protected override FoundAttribution? Decide(AttributionContext context, QuotationRef q)
        {
            var ap = q.Paragraph;
            var tk = ap.Tokens;
            var (s, _) = SentenceOf(q);
            int k = q.Token;
            // “Miss Piggy” and “Miss Housekeeping”: the second name of a list takes the first one's attribution
            if (QuoteInList.ListMate(context, q) is { } mate && context.AttributionOf(mate) is { Rule: nameof(NamingVerb) } first)
                return context.Continuing(Name, q, first);
            for (int v = k - 1; v >= s && k - v <= VerbReach; v--)
            {
                var t = tk[v];
                if (t.IsQuote || t.Is(";") || t.Is(":")) return null;
                if (!t.IsWord) continue;
                if (t.Has(WordTag.ClauseBreak) || v < k - 1 && Lexicon.AnyVerb(t.Lower) is { } other && !other.Has(VerbTag.Naming)) return null;
                var verb = t.IsLowerWord ? t.CueVerb : null;
                if (verb == null || !verb.Has(VerbTag.Naming) || verb.IsParticiple) continue;
                return Subject(context, q, v, s, verb);
            }
            return null;
        }

        /// <summary>The subject that ends right before the naming verb at <paramref name="v"/>: a clause start within <see cref="SubjectReach"/> tokens.</summary>
        private FoundAttribution? Subject(AttributionContext context, QuotationRef q, int v, int s, ReportingVerb verb)
        {
            var ap = q.Paragraph;
            var tk = ap.Tokens;
            var clauses = context.ClausesFor(ap);
            for (int st = v - 1; st >= s && v - st <= AppositionSubjectReach; st--)
            {
                // "what Ada Lund, treasurer of the party's northern campaign, called “…”": past the reach of a plain subject, only
                // a name with its apposition right after a relative word
                bool far = v - st > SubjectReach;
                // "that" after a reporting verb or a document ("reports that X called …") is no relative but a reported clause;
                // unless the naming verb has no object of its own before the quotation ("a clip that the judge called “…”"):
                // then "that" is that object, a relative on the document
                bool complement = st >= s + 2 && tk[st - 1].IsWord && tk[st - 1].Has(WordGroup.Complementizer) &&
                                  (tk[st - 2].IsVerbForm || tk[st - 2].IsDocumentWord && !NoObjectBetween(tk, v, q.Token));
                bool relative = !complement && st > s && tk[st - 1].IsWord && tk[st - 1].Has(WordClass.ThingRelative);
                // "Rubio, whom he called “…”", "Bannon, who Beck called “…”": a relative that is the verb's object, its subject
                // between them, is the person named; the subject is the one who names (never the clause around it)
                bool person = !complement && st > s && tk[st - 1].IsWord && tk[st - 1].Has(WordClass.PersonRelative);
                relative |= person;
                if (far && !relative) continue;
                bool start = st == s || relative || tk[st - 1].Is(",") || tk[st - 1].IsWord && tk[st - 1].Has(WordTag.ClauseStart);
                if (!start) continue;
                int from = Clauses.SkipIntro(tk, st, v);
                var m = clauses.Mentions.Parse(tk, from, v, inverted: false);
                if (m == null || m.Kind == MentionKind.Description && m.IsDocument && m.Owner == null && m.Determiner.Length == 0) continue;
                // "a country that the previous nominee, Ed Moe, called “…”": after a relative word, a description, then a name set off
                // by commas right before the verb; the name names it, the description its apposition
                int subjectEnd = m.Next;
                if (relative && m.Next != v && clauses.NameAfterDescription(tk, m, v + 1, out int afterName) is { } named && afterName == v)
                {
                    m = named;
                    subjectEnd = afterName;
                }
                if (far && (m.Kind != MentionKind.Name || m.Apposition == null)) continue;
                var cue = clauses.Mentions.ParseCue(tk, subjectEnd, v + 1, allowAdverbs: true);
                // "Kell in his first speech called the pilots “rapists”": a short phrase of a preposition between subject and verb
                if ((cue == null || cue.Start != v) && PhraseBetween(tk, subjectEnd, v)) cue = new CueMatch(tk[v].Text, v, v + 1, verb);
                if (cue == null || cue.Start != v) continue;
                // "Ada Lund, a member of the ferry board, called the plan “…”": a description right after a name and its comma is
                // the name's apposition; the name, parsed from the clause's start with its apposition, is the subject
                if (!relative && st > s && tk[st - 1].Is(",") && m.Kind == MentionKind.Description &&
                    clauses.SubjectCueBefore(tk, q.Token, s) is { } whole && whole.Cue.Start == v && whole.Mention.Kind == MentionKind.Name &&
                    whole.Mention.Apposition != null && whole.Mention.End == st - 1)
                    m = whole.Mention;
                // "Ada Lund, co-chair of the Peace and Unity Party, called the plan “…”": a start inside the name's apposition
                // (after its "and") is no subject; the name, with its apposition up to the verb, is
                else if (!relative && st > s && tk[st - 1].IsWord && tk[st - 1].Has(WordClass.ListCoordinator) &&
                         clauses.SubjectCueBefore(tk, q.Token, s) is { } apposed && apposed.Cue.Start == v && apposed.Mention.Kind == MentionKind.Name &&
                         apposed.Mention.Apposition != null && apposed.Mention.End < st && apposed.Mention.Next >= v - 1)
                    m = apposed.Mention;
                // "a news site called “The Local”": an indefinite thing named by the verb right before the name (after a relative word
                // the indefinite one is the verb's subject, who names it: "in what one critic has dubbed “…”")
                if (!relative && Lexicon.Is(m.Determiner, WordClass.IndefiniteArticle) && v == q.Token - 1) return null;
                // "a film starring Jane Doe called “Night Train”": with no object between them (and no "what" before it
                // to be one) the verb names the thing before it; nobody calls anything
                // (a name right after a comma may be the apposition of a description after a relative word further back:
                // "what the previous nominee, Ed Moe, called “…”"; that start decides)
                if (!relative && NoObjectBetween(tk, v, q.Token))
                {
                    if (st > s && tk[st - 1].Is(",")) continue;
                    return null;
                }
                if (!relative && !verb.IsPast) return null;
                // "a singer whom fans call “the King”": a nickname that people in general give is nobody's words
                if (person && !verb.IsPast && m.Plural) return null;
                // "reports that Trump called her “…”": a clause reported by another speaker is that speaker's to attribute
                if (complement) return null;
                if (relative && !person && m.Kind == MentionKind.Pronoun)
                {
                    // "X condemned what he called “…”": the speaker is the subject of the clause around it
                    var outer = st - 1 > s ? clauses.SubjectCueBefore(tk, st - 1, s) : null;
                    if (outer != null) return context.FromClause(Name, q, outer);
                    // "Cruz has railed against what he calls the “…”": the pronoun of a free relative stands for the
                    // sentence's subject, named before it (not across a dash: an aside may name anyone's words)
                    if (tk[st - 1].Has(WordGroup.FreeRelative) && ReportedSpeech.SentenceSubject(clauses.Mentions, tk, s, st - 1) is { } main && StandsFor(tk[m.Start].Lower, main) &&
                        !HasDash(tk, main.Next, st - 1))
                        return context.FromClause(Name, q, new Clause(main, cue, CuePlace.Before));
                }
                return context.FromClause(Name, q, clauses.RelativeSource(tk, new Clause(m, cue, CuePlace.Before), q.Token));
            }
            return null;
        }

        /// <summary>How many words a prepositional phrase between the subject and the naming verb may hold.</summary>
        private const int MaxPhraseBetween = 6;

        /// <summary>How many tokens before the quotation the naming verb may stand ("called the plan a “…”").</summary>
        private const int VerbReach = 7;

        /// <summary>How many tokens before the naming verb the clause start of its subject may stand.</summary>
        private const int SubjectReach = 8;

        /// <summary>
        /// How many tokens before the naming verb a relative's subject may start when it is a name with its apposition between
        /// commas (a name of up to four words and a role of a dozen: "what Ada Lund, treasurer of the party's northern campaign, called").
        /// </summary>
        private const int AppositionSubjectReach = 18;

        /// <summary>
        /// True when [a, e) is one prepositional phrase ("in his first speech", "on Fox News"): a preposition, then words
        /// with no verb of saying, clause word, pronoun subject or punctuation, at most six.
        /// </summary>
        private static bool PhraseBetween(System.Collections.Generic.IReadOnlyList<Token> tk, int a, int e)
        {
            if (a >= e || e - a > MaxPhraseBetween || !tk[a].IsLowerWord || !tk[a].Has(WordTag.Preposition) ||
                tk[a].Has(WordTag.Opener | WordTag.Relative | WordTag.ClauseStart) || tk[a].Has(WordGroup.InfinitiveMarker)) return false;
            for (int i = a + 1; i < e; i++)
            {
                var t = tk[i];
                if (!t.IsWord) return false;
                if (t.IsLowerWord && (t.IsVerbForm || t.Has(WordTag.ClauseBreak | WordTag.Relative | WordTag.Finite | WordTag.Auxiliary) || MentionParser.IsPronoun(t.Lower))) return false;
            }
            return true;
        }

        /// <summary>True when a dash or a semicolon stands in [a, e).</summary>
        private static bool HasDash(System.Collections.Generic.IReadOnlyList<Token> tk, int a, int e)
        {
            for (int i = a; i < e; i++)
                if (tk[i].IsDash || tk[i].Is(";")) return true;
            return false;
        }

        /// <summary>
        /// True when the pronoun may stand for the mention: a named or described subject, no pronoun or document;
        /// "he"/"she" a name or one person, "they" people or a body ("it" is left to itself: "the group … what it calls").
        /// </summary>
        private static bool StandsFor(string pronoun, Mention main)
        {
            if (main.IsPronoun || main.IsDocument || main.Owner == null && main.Kind == MentionKind.Description && !Lexicon.IsSpeakerNoun(main.Head, out _, out _) && !main.IsOrganisationHead) return false;
            switch (pronoun)
            {
                case "he":
                case "she":
                    return !main.Plural && !main.IsOrganisationHead;
                case "they":
                    return main.Plural || main.IsOrganisationHead;
                default:
                    return false;
            }
        }

        /// <summary>
        /// True when nothing but an article stands between the naming verb at v and the quotation at q ("called “…”",
        /// "called a “…”"); "called her “…”", "called this “…”" have their object.
        /// </summary>
        internal static bool NoObjectBetween(System.Collections.Generic.IReadOnlyList<Token> tk, int v, int q) =>
            v == q - 1 || v == q - 2 && tk[v + 1].IsLowerWord && (tk[v + 1].Has(WordGroup.DefiniteArticle) || tk[v + 1].Has(WordTag.Indefinite));
    }
}
