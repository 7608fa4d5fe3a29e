using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// "In her view, traffic was a matter for conditions.", "But in Ash's view, the change would …": a sentence that opens (after a
    /// connective) with a preposition, an owner (a name in the possessive or a possessive pronoun, read as
    /// <see cref="StatementNoun.Owner"/> reads it), a noun of thought (a reporting verb tagged thought and noun: "view") and a comma
    /// reports the rest of the sentence as the owner's view; so does a noun of one's telling of events ("In the army's reading, the
    /// posts …", "In Lund's version, …": words.txt <c>own-reading</c>) (the comma may be left out when a clause follows at once: "In his
    /// view the attack was planned."); a quotation in it is the owner's words. Not "in public view" nor "in
    /// this view" (no owner), nor "the voters, in his view, voted …" (the phrase is inside the clause, not before it), nor "In his view of the case, …"
    /// (no clause right after the noun). "In Lund's words, “…”" is read the same way when a quotation follows the comma at once
    /// (words are what the owner said, not a view): not "in other words, …" (no owner) nor "in his words of praise" (no comma).
    /// "By their account, …" opens the same frame with a noun of one's telling ("account", "version", "reading"), not with a noun
    /// of thought or of words ("by his view", "by her words"). The same frame set off as an aside after a short subject, before a
    /// finite "be" and "that" ("Those facts, in the army's telling, are that …", "The problem, in her view, is that …"), reports the
    /// clause after "that" as the owner's account; the frame inside any other clause does not ("the voters, in his view, …").
    /// </summary>
    internal sealed class InOwnView : IAttributionRule
    {
        public string Name => nameof(InOwnView);

        /// <summary>At most this many words between the preposition and the noun of thought ("in Mr. Ash's view").</summary>
        private const int OwnerWords = 4;

        /// <summary>
        /// "In Lund's words, “…”", "In her own words, “…”": a noun of words said (tagged wording in words.txt) whose comma a
        /// quotation follows at once: the quotation is the owner's words, as a view would be.
        /// </summary>
        private static bool IsWordsBeforeQuote(System.Collections.Generic.IReadOnlyList<Token> tk, int v, int s1) =>
            v + 2 < s1 && tk[v].IsLowerWord && tk[v].Has(WordTag.Wording) && tk[v + 1].Is(",") && tk[v + 2].IsQuote;

        /// <summary>
        /// A noun of thought ("view": a reporting verb tagged thought and noun) or of one's telling of events ("reading",
        /// "version", "account": words.txt <c>own-reading</c>).
        /// </summary>
        internal static bool IsNounOfView(Token t) =>
            t.IsLowerWord && (CueLexicon.Verb(t.Lower) is { } verb && verb.Has(VerbTag.Thought) && verb.Has(VerbTag.Noun) || Lexicon.Is(t.Lower, WordSense.OwnReading));

        /// <summary>
        /// "By their account, a patrol was fired upon …", "By the army's own account, …": the preposition of the agent ("by") opens the
        /// same frame as "in" does, before a noun of one's telling only (<see cref="IsAccountAfterBy"/>).
        /// </summary>
        private static bool IsByAccountOpening(Token t) => t.Has(WordGroup.Agent);

        /// <summary>A noun of one's telling of events (own-reading: "account", "version", "reading") that is no noun of words said ("words").</summary>
        internal static bool IsAccountAfterBy(Token t) => t.IsLowerWord && Lexicon.Is(t.Lower, WordSense.OwnReading) && !t.Has(WordTag.Wording);

        /// <summary>
        /// "In the American account, …", "In the Pakistani version, …": the definite article and one word that names a country or
        /// its people (countries.txt) before the noun of one's telling: that country's account, a description of the noun with
        /// the country's word as its modifier, as "the American account" is when it says something; null for any other words
        /// ("In the official account", "In the Salala version").
        /// </summary>
        private static Mention? CountryOwner(System.Collections.Generic.IReadOnlyList<Token> tk, int k, int v)
        {
            if (v != k + 3 || !tk[k + 1].IsWord || !tk[k + 1].Has(WordGroup.DefiniteArticle) || !tk[k + 2].IsCapitalized || CountryTable.Find(tk[k + 2].Text) == null) return null;
            var d = new Mention { Kind = MentionKind.Description, Head = tk[v].Lower, Start = k + 1, End = v + 1, Next = v + 1, CharStart = tk[k + 1].Start, CharEnd = tk[v].End, Determiner = tk[k + 1].Lower };
            d.AddModifier(tk[k + 2].Text);
            d.Text = MentionParser.Join(tk, k + 1, v + 1);
            return d;
        }

        /// <summary>
        /// "The army's statement calls the inquiry flawed. In its words, the report's claim … is “factually incorrect”": "its"
        /// alone before the noun (the possessive of a group or thing that is no plural's: not "their", which
        /// <see cref="StatementNoun.Owner"/> reads) is the body or document that is the subject of the sentence before, in the same
        /// paragraph; its mention is the owner (not a name inside the clause after "its", which a pronoun read later might be
        /// taken for). Null when that subject is no body or document (a person, nothing), or "its" is not right before the noun.
        /// </summary>
        private static Mention? BodyOwner(AttributionContext ctx, AnalysedParagraph p, int sentence, System.Collections.Generic.IReadOnlyList<Token> tk, int k, int v)
        {
            var t = tk[k + 1];
            if (sentence == 0 || v != k + 2 || !t.IsLowerWord || !t.Has(WordGroup.GroupPossessive) || Lexicon.Is(t.Lower, WordSense.ThirdPlural)) return null;
            var before = ctx.SubjectOf(p, sentence - 1);
            if (before == null || before.IsPronoun || !(before.IsDocument || before.IsOrganisationHead)) return null;
            return before.Copy();
        }

        /// <summary>At most this many words of the sentence's subject before a frame set off as an aside ("Those facts, in …").</summary>
        private const int AsideSubjectWords = 4;

        /// <summary>
        /// "Those facts, in the army's telling, are that …": the index of the place preposition right after the comma that closes
        /// the sentence's subject, one to <see cref="AsideSubjectWords"/> words in lower case after a capital (no verb, no
        /// quotation, no other mark among them); or -1.
        /// </summary>
        private static int SubjectAsideOpening(System.Collections.Generic.IReadOnlyList<Token> tk, int k, int s1)
        {
            for (int i = k; i + 1 < s1 && i - k <= AsideSubjectWords; i++)
            {
                var t = tk[i];
                if (t.Is(",")) return i > k && tk[i + 1].IsWord && tk[i + 1].Has(WordClass.PlacePreposition) ? i + 1 : -1;
                if (!t.IsWord || t.Has(WordTag.Finite) || CueLexicon.Verb(t.Lower) != null) return -1;
            }
            return -1;
        }

        /// <summary>
        /// The frame's closing comma at <paramref name="comma"/>, a finite "be" and "that" right after it ("…, are that"): what
        /// follows "that" is the owner's account of the subject ("The facts, in his telling, are that …"); not "…, in his view,
        /// voted" (the aside is then inside a clause that is the writer's).
        /// </summary>
        private static bool IsBeThatAfter(System.Collections.Generic.IReadOnlyList<Token> tk, int comma, int s1) =>
            comma + 3 < s1 && tk[comma].Is(",") && tk[comma + 1].IsWord && tk[comma + 1].Has(WordClass.FiniteBe) &&
            tk[comma + 2].IsWord && tk[comma + 2].Has(WordGroup.Complementizer);

        public void Apply(AttributionContext ctx)
        {
            foreach (var p in ctx.Document.Paragraphs)
            {
                if (p.Section == ParagraphSection.Title) continue;
                var tk = p.Tokens;
                for (int si = 0; si < p.Sentences.Count; si++)
                {
                    var (s0, s1) = p.Sentences[si];
                    int k = ReportedSpeech.SkipConnective(tk, s0, s1);
                    if (k + 3 >= s1 || !tk[k].IsWord) continue;
                    bool byAccount = IsByAccountOpening(tk[k]);
                    // "The facts, in the army's telling, are that …": the frame as an aside after the sentence's subject
                    bool aside = false;
                    if (!byAccount && !tk[k].Has(WordClass.PlacePreposition))
                    {
                        int opening = SubjectAsideOpening(tk, k, s1);
                        if (opening < 0) continue;
                        (k, aside) = (opening, true);
                    }
                    for (int v = k + 2; v + 1 < s1 && v - k <= OwnerWords; v++)
                    {
                        // ("By their account, …": after "by" only a noun of one's telling, not "by his view" nor "by her words")
                        if (byAccount && !IsAccountAfterBy(tk[v])) continue;
                        bool words = !byAccount && !aside && IsWordsBeforeQuote(tk, v, s1);
                        if (!words && !IsNounOfView(tk[v])) continue;
                        // "In his view, the attack …", or with no comma "In his view the attack was …" when a clause follows at once
                        // (a subject and its finite verb before any mark), not "in his view of the case, …"
                        int a = aside ? (IsBeThatAfter(tk, v + 1, s1) ? v + 4 : -1)
                              : tk[v + 1].Is(",") ? v + 2 : ReportedSpeech.OpensClause(tk, v + 1) && !tk[v + 1].Has(WordTag.Preposition) ? v + 1 : -1;
                        if (a < 0) break;
                        var owner = StatementNoun.Owner(tk, v - 1, k + 1) ?? CountryOwner(tk, k, v);
                        // ("In its words, …": the body of the sentence before, whose mention stands there)
                        if (owner == null && BodyOwner(ctx, p, si, tk, k, v) is { } body) owner = body;
                        else if (owner == null || owner.Start != k + 1) break;
                        if (ReportedSpeech.IsCueUsed(ctx, p, v)) break;
                        if (words)
                        {
                            // the quotation is the owner's words, a quotation attributed as the cue rules attribute one
                            var q = ReportedSpeech.QuotationAt(ctx.Document, p, a);
                            if (q != null && ctx.IsOpen(q)) ctx.Add(ctx.FromClause(Name, q, new Clause(owner, new CueMatch(tk[v].Text, v, v + 1, null), CuePlace.Before)));
                            break;
                        }
                        int e = ReportedSpeech.ContentEndAfter(tk, a, s1, false);
                        if (ReportedSpeech.IsContent(tk, a, e) && ReportedSpeech.HasWords(tk, a, e)) ctx.Add(ReportedSpeech.Make(Name, p, a, e, v, v + 1, owner));
                        break;
                    }
                }
            }
        }
    }
}
