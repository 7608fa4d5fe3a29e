using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// Reported speech whose cue is a noun of saying: "Lund's claim that the pier was safe", "his warning on Monday that
    /// the fleet would leave", "the allegation by Ada Reyes that the audit was rigged". The owner of the noun (a name in
    /// the possessive or a possessive pronoun, read as <see cref="StatementNoun"/> reads it) or the mention after "by" is
    /// the source, the noun (tagged statement-noun) the cue, and the clause after "that" the content. Quotations in that
    /// clause are left to the quotation rules (<see cref="StatementNoun"/> took the ones it could). A sentence that reports
    /// the clause as someone else's words ("X said her claim that … was false") is left alone: the noun then only names what
    /// the other reports about. The noun phrase stands as the sentence's subject, after "be", or after a preposition ("from
    /// his suggestion that …"); not as a verb's object ("rebutted Lund's claim that …"), nor as an item of a list. The owned noun
    /// may also be the subject of "is" or "was" whose complement is the that-clause ("Lund's contention was that …"), of "remains"
    /// or "has been" ("the board's view remains that …", "the ministry's position has been that …": words.txt account-copula), with
    /// a side's stand or the message or point one puts across as the noun ("His message is that …": side-stand), and past an
    /// aside that tells who relayed it ("His message, as members later relayed it, is that …"). A country's
    /// side owns the noun after "the" and the country's adjective ("dismissed the American suggestion that …",
    /// <see cref="SideOwner"/>) wherever the noun phrase stands, in another's report too: the account is that side's, and what
    /// the sentence's speaker does with it is the speaker's own claim (the accounts stage reads the two apart).
    /// </summary>
    internal sealed class OwnedStatement : IAttributionRule
    {
        public string Name => nameof(OwnedStatement);

        public void Apply(AttributionContext ctx)
        {
            foreach (var p in ctx.Document.Paragraphs)
            {
                if (p.Section == ParagraphSection.Title) continue;
                var tk = p.Tokens;
                // (the complementizers of the paragraph, from its index: no walk over every token)
                foreach (var (c, s0, s1) in p.WordsWith(WordGroup.Complementizer))
                {
                    if (c < s0 + 2 || c + 1 >= s1 || !tk[c].IsLowerWord) continue;
                    var (noun, source) = OwnerAndNoun(ctx, p, c, s0, s1);
                    if (source == null || ReportedSpeech.IsCueUsed(ctx, p, noun)) continue;
                    int a = c + 1;
                    // "his statement that was read out": "that" opens a relative clause on the noun, not what was said
                    if (tk[a].IsLowerWord && tk[a].Has(WordTag.Finite)) continue;
                    int e = ReportedSpeech.ContentEndAfter(tk, a, s1, false);
                    if (!ReportedSpeech.IsContent(tk, a, e) || !ReportedSpeech.HasWords(tk, a, e)) continue;
                    // the noun phrase: the owner's words ("Ada Lund's claim") or the noun and its determiner ("The allegation by …")
                    int phrase = System.Math.Min(source.Start, noun - 1 >= s0 && tk[noun - 1].IsWord && tk[noun - 1].Has(WordTag.Determiner) ? noun - 1 : noun);
                    // "dismissed the American suggestion that …": a country's side owns its account wherever the noun phrase
                    // stands; what the sentence's speaker does with it is the speaker's own claim, read apart
                    // ("rejected the contention of NATO officials that …": an owner named after "of" is read there too, the account
                    // the owner's, whatever the sentence's speaker does with it)
                    bool side = source.Kind == MentionKind.Organisation && CountryTable.FindDemonym(source.Text) != null || IsOfOwner(tk, source);
                    if (!side && !InSubjectSlot(tk, phrase, s0) && !AfterPreposition(tk, phrase, s0)) continue;
                    // "Trump's accusation that … was false, Biden said", "X repeated his claim that …": the noun phrase is in
                    // another's report, which readers (and the annotators) take as that report's content
                    // ("The army's account is that the posts were fired on and responded": a verb of saying inside the that-clause of
                    // "is" is the account's own, not another's report of it; one after a comma, ", officials said", still is)
                    bool copular = CopularNoun(tk, c, s0) == noun;
                    bool reported = copular ? ReportedOutsideCopula(tk, s0, s1, phrase, c) : StatementNoun.ReportedByAnother(tk, s0, s1, phrase, c);
                    if (!side && (reported || InAnotherReport(ctx, p, noun, a, e))) continue;
                    var found = ReportedSpeech.Make(Name, p, a, e, noun, noun + 1, source);
                    // the quotation rules (StatementNoun first) decided the quotations in the clause: the quotes stay as they were
                    found.CoversInnerQuotations = false;
                    ctx.Add(found);
                }
            }
        }

        /// <summary>
        /// The noun of saying whose "that" is token <paramref name="that"/> and its source: the possessive before the noun
        /// ("Lund's claim that", "her assertion during the debate that"), or the mention after "by" right behind the noun
        /// ("the claim by Ada Reyes that"); (-1, null) when there is none.
        /// </summary>
        private static (int Noun, Mention? Source) OwnerAndNoun(AttributionContext ctx, AnalysedParagraph p, int that, int s0, int s1)
        {
            var tk = p.Tokens;
            int noun = StatementNoun.NounBeforeSetting(tk, that, s0);
            // ("the claim by Ada Lund that": the setting's reach takes "by Ada Lund" too, and finds no owner before the noun)
            if (noun >= 0 && StatementNoun.Owner(tk, noun - 1, s0) is { } owner) return (noun, owner);
            if (noun >= 0 && SideOwner(tk, noun - 1, s0) is { } side) return (noun, side);
            // "Reyes's contention was that the pier was safe", "the board's account is that …": the noun, owned by the words that
            // open the sentence or follow a colon ("SETHI: The army's account is that …"), as the subject of "is" or "was", whose
            // complement is the that-clause (not "The trouble with the board's account is that …", whose subject is another noun)
            if (CopularNoun(tk, that, s0) is { } n && (StatementNoun.Owner(tk, n - 1, s0) ?? SideOwner(tk, n - 1, s0)) is { } subject
                && InSubjectSlot(tk, PhraseStart(tk, subject, s0), s0)
                && !(subject.Start > s0 && tk[subject.Start - 1].IsLowerWord && tk[subject.Start - 1].Has(WordClass.Be)))
                return (n, subject);
            return ByAgent(ctx, p, that, s0, s1);
        }

        /// <summary>
        /// <see cref="StatementNoun.ReportedByAnother"/> for an owned noun that is the subject of "is" with the that-clause at
        /// <paramref name="that"/>: a reporting verb before the noun phrase, or after the "that" past a comma and not right after a
        /// coordinator ("…, officials said"); not one inside the clause itself ("… were fired on and responded").
        /// </summary>
        private static bool ReportedOutsideCopula(IReadOnlyList<Token> tk, int s0, int s1, int phrase, int that)
        {
            if (StatementNoun.ReportedByAnother(tk, s0, phrase, phrase, that)) return true;
            bool comma = false;
            for (int x = that + 1; x < s1; x++)
            {
                if (tk[x].Is(",")) comma = true;
                if (comma && tk[x].IsLowerWord && tk[x].CueVerb is { } outer && outer.Has(VerbTag.Reported) && !outer.Has(VerbTag.Noun)
                    && !(tk[x - 1].IsLowerWord && tk[x - 1].Has(WordClass.Coordinator))) return true;
            }
            return false;
        }

        /// <summary>How many tokens the aside between an owned noun and its "is" may take (", as conveyed by officials in Kabul to news agencies,").</summary>
        private const int CopularAsideReach = 16;

        /// <summary>
        /// The noun of saying or of a side's stand (words.txt statement-noun, or side-stand: "stand", "stance", "message") that is the
        /// subject of the "is" or "was" (or "remains", "has been": <see cref="CopulaStart"/>) right before the "that" at
        /// <paramref name="that"/>, or null: right before "is" ("the board's account
        /// is that …"), or before an aside set off by commas that says how the account came out ("The American stand, as conveyed by
        /// officials in Kabul, is that …": "as" and a past participle) or whose it is by "according to" (", according to aides,").
        /// </summary>
        internal static int? CopularNoun(IReadOnlyList<Token> tk, int that, int s0)
        {
            int be = CopulaStart(tk, that - 1, s0);
            if (be - 1 < s0) return null;
            int n = be - 1;
            if (tk[n].Is(","))
            {
                int open = -1;
                for (int j = n - 1; j > s0 && n - j <= CopularAsideReach; j--)
                {
                    if (tk[j].Is(";") || tk[j].IsQuote) break;
                    if (!tk[j].Is(",")) continue;
                    open = j;
                    break;
                }
                if (open < 0 || open + 3 >= n || !IsAccountAside(tk, open + 1) && !IsRelayAside(tk, open + 1, n)) return null;
                n = open - 1;
            }
            if (n < s0 || !tk[n].IsLowerWord) return null;
            return tk[n].Has(WordTag.StatementNoun) || Lexicon.Is(tk[n].Lower, WordSense.SideStand) ? n : null;
        }

        /// <summary>
        /// The first token of the copula whose last token is <paramref name="be"/>, right before the that-clause: "is", "was" (words.txt
        /// finite-be), "remains" or "remained", "been" after "has" or "had" (account-copula: "Washington's view remains that …", "the
        /// army's position has been that …"); -1 for anything else.
        /// </summary>
        private static int CopulaStart(IReadOnlyList<Token> tk, int be, int s0)
        {
            if (be < s0 || !tk[be].IsLowerWord) return -1;
            if (tk[be].Has(WordClass.FiniteBe)) return be;
            if (!Lexicon.Is(tk[be].Lower, WordSense.AccountCopula)) return -1;
            // ("been" alone is no finite verb: the perfect's "has" or "had" right before it)
            if (!tk[be].Has(WordClass.Be)) return be;
            return be - 1 >= s0 && tk[be - 1].IsLowerWord && tk[be - 1].Has(WordClass.PerfectAuxiliary) ? be - 1 : -1;
        }

        /// <summary>
        /// ", as members later relayed it,", ", as an aide put it,": an aside that opens with "as" and closes with a past verb (a
        /// verb of saying, a form in -ed or "put") and "it" right before its comma at <paramref name="close"/>, telling who passed
        /// the account on or how; its subject is not the owner.
        /// </summary>
        private static bool IsRelayAside(IReadOnlyList<Token> tk, int i, int close)
        {
            if (!tk[i].IsLowerWord || !tk[i].Has(WordGroup.AsLink) || !tk[i].Has(WordTag.Subordinator) || close - 2 <= i + 1) return false;
            var it = tk[close - 1];
            var verb = tk[close - 2];
            return it.IsLowerWord && it.Has(WordGroup.ThingPronoun) && verb.IsLowerWord &&
                   (verb.CueVerb is { } v && v.IsPast || CueLexicon.IsEdForm(verb) || verb.Has(WordGroup.PhrasingForm));
        }

        /// <summary>", as conveyed by …," (as-link "as", a past participle, "by") or ", according to …,": an aside on how or by whom an account was given.</summary>
        private static bool IsAccountAside(IReadOnlyList<Token> tk, int i)
        {
            var t = tk[i];
            if (!t.IsLowerWord) return false;
            if (t.Has(WordGroup.AccordingHead)) return tk[i + 1].Has(WordGroup.ToPreposition);
            return t.Has(WordGroup.AsLink) && t.Has(WordTag.Subordinator) && CueLexicon.IsEdForm(tk[i + 1]) && tk[i + 2].IsLowerWord && tk[i + 2].Has(WordGroup.Agent);
        }

        /// <summary>Where the noun phrase of the owner <paramref name="m"/> starts: its determiner before a country's adjective ("The American stand"), else the mention's start.</summary>
        private static int PhraseStart(IReadOnlyList<Token> tk, Mention m, int s0) =>
            m.Kind == MentionKind.Organisation && m.Start - 1 >= s0 && tk[m.Start - 1].IsWord && tk[m.Start - 1].Has(WordTag.Determiner) && !ReportedSpeech.IsPossessive(tk[m.Start]) ? m.Start - 1 : m.Start;

        /// <summary>
        /// True when an attribution already found holds the noun of saying at token <paramref name="noun"/> in its content
        /// ("rebutted Exxon's accusation that …"), or has the clause [<paramref name="a"/>, <paramref name="e"/>) as its own
        /// ("X repeated his claim that …": X's report, read with its verb).
        /// </summary>
        internal static bool InAnotherReport(AttributionContext ctx, AnalysedParagraph p, int noun, int a, int e)
        {
            var tk = p.Tokens;
            int at = p.Start + tk[noun].Start;
            var clause = TextSpan.FromTo(p.Start + tk[a].Start, p.Start + tk[e - 1].End);
            foreach (var s in ctx.AttributionsIn(p, p.SentenceOf(noun)))
                // (a transcript's or interview's turn holds every report its speaker makes: "SETHI: The army's account is that …")
                if (!s.IsTurn && (s.Content.Start <= at && at < s.Content.End || s.Content.Overlaps(clause))) return true;
            return false;
        }

        /// <summary>
        /// True when the noun phrase starting at <paramref name="start"/> is where a sentence's subject or its complement after
        /// "be" stands: at the start of the sentence (after "But", "Instead,") or right after a form of "be" ("was his warning
        /// that …"). Elsewhere it is the object of some verb ("rebutted Lund's claim that …", "knocked a statement by X that …"),
        /// whose subject's report the noun phrase is a part of, or an item of a list whose pronoun the resolver may read
        /// against the wrong antecedent ("including Lund's claim …; and his warning that …").
        /// </summary>
        internal static bool InSubjectSlot(IReadOnlyList<Token> tk, int start, int s0)
        {
            if (ReportedSpeech.SkipConnective(tk, s0, start) == start) return true;
            var prev = tk[start - 1];
            // "SETHI: The army's account is that …": a transcript's label and its colon before the sentence's subject
            if (prev.Is(":")) return true;
            return prev.IsLowerWord && prev.Has(WordClass.Be);
        }

        /// <summary>
        /// True when the noun phrase starting at <paramref name="start"/> is the object of a preposition ("distanced themselves
        /// from his suggestion that …", "despite her claim in an interview that …", "reminiscent of the campaign's earlier
        /// claim that …"): a word that opens a prepositional phrase (tagged intro-phrase, or "of") right before it. The
        /// preposition's phrase only places the noun; no verb of another subject takes the noun phrase as its object, as
        /// "rebutted Lund's claim that …" does.
        /// </summary>
        internal static bool AfterPreposition(IReadOnlyList<Token> tk, int start, int s0)
        {
            if (start - 1 < s0) return false;
            var prev = tk[start - 1];
            return prev.IsLowerWord && (prev.Has(WordTag.IntroPhrase) || prev.Has(WordGroup.OfComplement)) && !prev.Has(WordClass.Coordinator);
        }

        /// <summary>True when <paramref name="a"/> is this rule's report of a country's side's own account ("the American suggestion that …").</summary>
        internal static bool IsSideAccount(FoundAttribution a) =>
            a.Rule == nameof(OwnedStatement) && a.Source is { } m
            && (m.Kind == MentionKind.Organisation && CountryTable.FindDemonym(m.Text) != null || a.SourceTokens is { } tk && IsOfOwner(tk, m));

        /// <summary>
        /// True when the owner <paramref name="m"/> of a noun of saying stands after "of" right behind the noun ("the contention of
        /// certain NATO officials that …", "the claim of the ministry that …"): a person, a group or a body, no pronoun, whose account
        /// the noun phrase names wherever it stands; read as a side's account named by its adjective is (<see cref="SideOwner"/>).
        /// </summary>
        private static bool IsOfOwner(IReadOnlyList<Token> tk, Mention m) =>
            m.Kind != MentionKind.Pronoun && m.Start - 2 >= 0 && m.End - 1 < tk.Count && !ReportedSpeech.IsPossessive(tk[m.End - 1])
            && tk[m.Start - 1].IsLowerWord && tk[m.Start - 1].Has(WordGroup.OfComplement)
            && !tk[m.Start - 1].Has(WordGroup.Agent) && tk[m.Start - 2].IsLowerWord && tk[m.Start - 2].Has(WordTag.StatementNoun);

        /// <summary>
        /// True when the mention after "of" names one who speaks: a person's name, a body, or a description headed by a noun of
        /// persons or of a body ("certain NATO officials", "the ministry"); not a document ("the contention of the inquiry that
        /// …", as "the report's claim" owns nothing) nor a thing or an event ("an account of a night that …", "the version of
        /// events that …").
        /// </summary>
        private static bool IsSpeakingOwner(Mention m) =>
            !m.IsDocument && m.Kind switch
            {
                MentionKind.Name => true,
                MentionKind.Organisation => !Lexicon.IsDocumentWord(m.Head),
                MentionKind.Description => Lexicon.IsSpeakerNoun(m.Head, out _, out _) || Lexicon.IsOrganisationWord(m.Head),
                _ => false,
            };

        /// <summary>
        /// "the American suggestion that …", "the Pakistani version that …": a country's adjective (countries.txt, a demonym that
        /// is no plural noun: not "the Americans") right before the noun of saying at <paramref name="i"/> + 1, after "the"; the
        /// owner is that country's side. Null for anything else ("an American suggestion": one of many, no side's account).
        /// </summary>
        private static Mention? SideOwner(IReadOnlyList<Token> tk, int i, int s0)
        {
            if (i - 1 < s0 || !tk[i].IsCapitalized || ReportedSpeech.IsPossessive(tk[i])) return null;
            var country = CountryTable.FindDemonym(tk[i].Text);
            if (country == null || tk[i].Text.EndsWith("s", System.StringComparison.Ordinal)) return null;
            var det = tk[i - 1];
            if (!det.IsWord || !det.Has(WordTag.Determiner) || det.Has(WordTag.Possessive) || Lexicon.Is(det.Lower, WordClass.IndefiniteArticle)) return null;
            return new Mention
            {
                Kind = MentionKind.Organisation, Start = i, End = i + 1, Next = i + 1, CharStart = tk[i].Start, CharEnd = tk[i].End,
                Text = tk[i].Text, Name = country.Name,
            };
        }

        /// <summary>How many tokens the agent after "by" may take before its "that" ("by the state's top election official, Jo Bell,").</summary>
        private const int AgentReach = 10;

        /// <summary>
        /// "the allegation by Ada Reyes that …", "the contention of NATO officials that …": a noun of saying, "by" or "of", a mention
        /// that is no pronoun, then (after a comma) "that". An "of" after another noun ("the claim by the head of the army that …")
        /// is part of the agent, passed over.
        /// </summary>
        private static (int Noun, Mention? Source) ByAgent(AttributionContext ctx, AnalysedParagraph p, int that, int s0, int s1)
        {
            var tk = p.Tokens;
            for (int by = that - 2; by - 1 >= s0 && that - by <= AgentReach; by--)
            {
                var t = tk[by];
                if (t.IsLowerWord && t.Has(WordTag.Finite | WordTag.ClauseBreak | WordTag.Relative)) break;
                bool of = t.IsLowerWord && t.Has(WordGroup.OfComplement) && !t.Has(WordGroup.Agent);
                if (!t.IsLowerWord || !t.Has(WordGroup.Agent) && !of) continue;
                var cue = tk[by - 1];
                if (of && !(cue.IsLowerWord && cue.Has(WordTag.StatementNoun))) continue;
                if (!cue.IsLowerWord || !cue.Has(WordTag.StatementNoun)) break;
                var mp = ctx.MentionsFor(p);
                if (of)
                {
                    // ("the contention of certain NATO officials that": the owner's words right after "of", and nothing else to the "that")
                    var owner = mp.Parse(tk, by + 1, that, inverted: true);
                    if (owner == null || owner.Start != by + 1 || !IsSpeakingOwner(owner)) break;
                    int past = System.Math.Max(owner.End, owner.Next);
                    while (past < that && tk[past].Is(",")) past++;
                    return past == that ? (by - 1, owner) : (-1, null);
                }
                var agent = mp.Parse(tk, by + 1, that, inverted: true);
                int next = agent == null ? by + 1 : System.Math.Max(agent.End, agent.Next);
                if (agent == null) agent = ReportedSpeech.MentionAfter(mp, tk, by + 1, that, out next);
                if (agent == null || agent.IsPronoun) break;
                while (next < that && tk[next].Is(",")) next++;
                return next == that ? (by - 1, agent) : (-1, null);
            }
            return (-1, null);
        }
    }
}
