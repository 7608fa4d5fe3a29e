using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// "…, X said." / "…, said X." / "The plan, she said, is dead.": the content stands before
    /// its attribution (or around it), which closes the sentence or stands between commas. The
    /// words after the verb may only be an addressee, a time or a setting ("told reporters on
    /// Monday", "said in a statement"). Content that is only quotations is the quote rules'.
    /// </summary>
    internal sealed class ContentThenCue : IAttributionRule
    {
        public string Name => nameof(ContentThenCue);

        /// <summary>How many tokens the opening before a medial attribution may take when it is no content of its own ("Over the years, she said, …").</summary>
        private const int OpeningReach = 5;

        /// <summary>
        /// For "Mrs. Clinton, analysts said, has other reasons …" (read by the mention grammar as one subject with an
        /// apposition), the mention between the commas: it reaches the verb, and after the attribution a comma and
        /// an auxiliary or finite verb go on with the opening as their subject. Null for any other shape ("Jo Bell,
        /// a spokeswoman, said the plan …").
        /// </summary>
        private static Mention? SourceBetweenCommas(MentionParser mp, System.Collections.Generic.IReadOnlyList<Token> tk, Mention opening, VerbCue cue, int s1)
        {
            int comma = opening.End;
            if (comma >= cue.GroupStart || !tk[comma].Is(",") || cue.GroupStart != cue.Verb) return null;
            if (!ReportedSpeech.TailOfAttribution(tk, cue.Entry, cue.End, s1, out int after) || after + 1 >= s1 || !tk[after].Is(",") || !IsShortAside(cue, after)) return null;
            var next = tk[after + 1];
            if (!next.IsLowerWord || !next.Has(WordTag.Finite)) return null;
            var m = mp.Parse(tk, comma + 1, cue.GroupStart, false);
            return m != null && m.Next == cue.GroupStart && m.End == cue.GroupStart ? m : null;
        }

        /// <summary>How many tokens may follow the verb of an aside before its closing comma ("he said in an interview,").</summary>
        private const int AsideTailReach = 4;

        /// <summary>True for an aside of a verb with no particle and at most a short phrase after it ("she said", "he told CNN on Monday").</summary>
        private static bool IsShortAside(VerbCue cue, int after) => cue.Entry.Particle == null && after - cue.End <= AsideTailReach;

        /// <summary>True for "who", "which" or "that": the subject of a relative clause.</summary>
        private static bool IsRelative(Mention m) =>
            m.End == m.Start + 1 && Lexicon.IsAsWritten(m.Text, WordClass.SubjectRelative);

        /// <summary>
        /// True when the sentence goes on after the attribution with the rest of its content: a comma, then
        /// words that are no second cue of the same source ("…, she said, adding that …" is the participle's)
        /// and no clause joined by "and" or "but" that reports by a subject and cue of its own ("…, officials said, and the
        /// government blamed …", "…, records show, and experts say …"; "…, he said, and the vote could fail" goes on with his words).
        /// </summary>
        private static bool RunsOn(MentionParser mp, System.Collections.Generic.IReadOnlyList<Token> tk, int after, int s1)
        {
            if (after + 1 >= s1 || !tk[after].Is(",")) return false;
            var t = tk[after + 1];
            if (t.IsLowerWord && t.Has(WordClass.ClauseCoordinator) && ReportsOnItsOwn(mp, tk, after + 2, s1)) return false;
            if (OpensSettingOfStatement(tk, after + 1, s1)) return false;
            return !(t.IsLowerWord && CueLexicon.IsIngOfVerb(t) && CueLexicon.Verb(t.Lower) != null);
        }

        /// <summary>
        /// "The attack had been unprovoked, he maintained, and the report “remains unacceptable”": a clause of words before a short
        /// aside (tokens [a, before)), and after the aside's closing comma at <paramref name="after"/> a coordinator that joins
        /// the sentence's next clause, whose words the aside's cue already reports: the clause before is the same speaker's.
        /// </summary>
        private static bool JoinedBefore(System.Collections.Generic.IReadOnlyList<Token> tk, int a, int before, int after, int s1)
        {
            if (after + 2 >= s1 || !tk[after].Is(",") || !tk[after + 1].IsLowerWord || !tk[after + 1].Has(WordClass.ClauseCoordinator)) return false;
            return ReportedSpeech.HasWords(tk, a, before) && ReportedSpeech.IsContent(tk, a, before);
        }

        /// <summary>How many words the next item of a list may have before its "and" or "or" ("to donors, staff and volunteers").</summary>
        private const int ListItemReach = 3;

        /// <summary>
        /// "After the vote, Jo Bell said in a letter to donors, staff and volunteers that …": the comma at <paramref name="after"/>
        /// that ends a phrase of the attribution's tail (which starts at <paramref name="tail"/>) is a list's when a few words
        /// with no verb or grammar word, "and" or "or" and one more word follow it: the list goes on, the attribution does
        /// not close there, and the words before it are no content of its (the opening clause is the sentence's own).
        /// "The plan, she said on Monday, is dead" has a verb after its comma.
        /// </summary>
        private static bool ListGoesOn(System.Collections.Generic.IReadOnlyList<Token> tk, int tail, int after, int s1)
        {
            if (after <= tail || !tk[after - 1].IsWord) return false;
            for (int j = after + 1; j < s1 && j - after <= ListItemReach + 1; j++)
            {
                var t = tk[j];
                if (!t.IsWord) return false;
                if (t.IsLowerWord && t.Has(WordClass.ListCoordinator)) return j > after + 1 && j + 1 < s1 && tk[j + 1].IsWord;
                if (t.Has(WordTag.Finite | WordTag.Function) || t.IsVerbForm || CueLexicon.IsSubjectPronoun(t.Lower)) return false;
            }
            return false;
        }

        /// <summary>How many words a phrase of setting may have between "in" and its noun ("in the latest peer-reviewed study").</summary>
        private const int SettingNounReach = 4;

        /// <summary>
        /// True when the words at <paramref name="i"/> are the setting of the statement, not more of its content: "in", a
        /// determiner and a few lower-case modifiers, then a document or an occasion of speaking ("…, scientists said on
        /// Tuesday, in the latest study to link …", "…, she said, in an interview with the paper"). "…, he said, in every
        /// quarter the firm grew" names no document and runs on.
        /// </summary>
        private static bool OpensSettingOfStatement(System.Collections.Generic.IReadOnlyList<Token> tk, int i, int s1)
        {
            if (i + 2 >= s1 || !tk[i].IsLowerWord || !tk[i].Has(WordGroup.Setting) || !tk[i + 1].IsLowerWord || !tk[i + 1].Has(WordClass.PhraseDeterminer)) return false;
            for (int j = i + 2; j < s1 && j - i <= SettingNounReach; j++)
            {
                var t = tk[j];
                if (!t.IsLowerWord || t.Has(WordTag.Finite | WordTag.Function)) return false;
                if (t.IsDocumentWord || t.Has(WordGroup.SpeakingOccasion)) return true;
            }
            return false;
        }

        /// <summary>True when the clause at <paramref name="c0"/> opens with a subject and a verb of saying or of documents of its own ("the government blamed …", "experts say …").</summary>
        internal static bool ReportsOnItsOwn(MentionParser mp, System.Collections.Generic.IReadOnlyList<Token> tk, int c0, int s1)
        {
            for (int k = c0 + 1; k < s1 && k - c0 <= ReportedSpeech.ObjectReach; k++)
            {
                var cue = ReportedSpeech.FiniteVerbAt(tk, k, c0, s1);
                if (cue == null) continue;
                // a belief of the clause's subject ("…, Anthony says, and she felt free to …") may still be the report's
                if (!cue.Entry.IsSpeech && !cue.Entry.Has(VerbTag.Document)) return false;
                var subject = ReportedSpeech.SubjectBefore(mp, tk, c0, cue.GroupStart);
                return subject != null && subject.Mention.Start == c0;
            }
            return false;
        }

        /// <summary>
        /// True when the inverted source's phrase (its name and any apposition) is followed by a comma and a relative
        /// pronoun of a person or thing ("who", "which"): "…, said Jo Bell, the head of a group, which tracks …".
        /// </summary>
        private static bool ClosesWithRelative(System.Collections.Generic.IReadOnlyList<Token> tk, Mention? source, int tail, int s1) =>
            source != null && tail < s1 && tail - 1 >= source.End && tk[tail - 1].Is(",") && tk[tail].IsLowerWord &&
            tk[tail].Has(WordClass.SubjectRelative) && !tk[tail].Has(WordGroup.Complementizer);

        /// <summary>
        /// True when a subject that is no name or pronoun joins two or more words by "and" before an "of" and its head is a word after
        /// that "of" ("engineers Ada Lund and Jo Reyes of the institute": head "institute"): the people joined are the subject, and the
        /// phrase after "of" only says where they work, so the head the grammar read is no speaker.
        /// </summary>
        private static bool HeadInOfPhraseAfterJoined(System.Collections.Generic.IReadOnlyList<Token> tk, Mention source)
        {
            if (source.IsPronoun || source.Kind == MentionKind.Name || string.IsNullOrEmpty(source.Head)) return false;
            bool joined = false;
            for (int i = source.Start; i < source.End && i < tk.Count; i++)
            {
                if (tk[i].IsLowerWord && tk[i].Has(WordClass.ListCoordinator)) joined = true;
                if (!joined || !tk[i].IsLowerWord || !tk[i].Has(WordGroup.OfComplement)) continue;
                for (int k = i + 1; k < source.End && k < tk.Count; k++)
                    if (string.Equals(tk[k].Text, source.Head, System.StringComparison.OrdinalIgnoreCase)) return true;
                return false;
            }
            return false;
        }

        /// <summary>How many tokens a description in apposition before a name may take ("the company's chief executive").</summary>
        private const int DescriptionReach = 8;

        /// <summary>
        /// "…, the company's chief executive, Jo Bell, said", "“…,” the port's spokesman, Jo Bell, said", "The spokesman, Jo Bell,
        /// declined to comment": when the source is a name right after a comma, and a singular description stands between that
        /// comma and the comma, the open quotation or the sentence's start before it (<see cref="Clauses.NameAfterDescription(System.Collections.Generic.IReadOnlyList{Token}, Mention, int, out int)"/>),
        /// the index of the description's first token, where the content ends; else null.
        /// </summary>
        private static int? DescriptionBefore(AttributionContext ctx, AnalysedParagraph p, Mention source, int comma, int s0)
        {
            var tk = p.Tokens;
            if (source.Kind != MentionKind.Name && source.Kind != MentionKind.Organisation || comma <= s0 || !tk[comma].Is(",")) return null;
            int open = ReportedSpeech.SkipConnective(tk, s0, comma);
            for (int j = comma - 1; j >= open - 1 && comma - j <= DescriptionReach; j--)
            {
                if (j >= open && !tk[j].Is(",") && !(tk[j].IsQuote && QuotationFacts.EndsOpen(tk[j].Text))) continue;
                var m = ctx.MentionsFor(p).Parse(tk, j + 1, tk.Count, inverted: false);
                // "The referee, Colin Webb, declined", "“…,” a local elder, Jo Bell, said": a noun the lexicon does not know, after the
                // same boundary, before the name and its comma
                if (m == null && IsBareDescription(tk, j + 1, comma) && source.End < tk.Count && tk[source.End].Is(",")) return j + 1;
                if (m == null || m.Start != j + 1) return null;
                var name = ctx.ClausesFor(p).NameAfterDescription(tk, m, tk.Count, out _);
                return name != null && name.Start == source.Start ? j + 1 : null;
            }
            return null;
        }

        /// <summary>
        /// "…, a claim the army has rejected", "…, an allegation Pakistan denies": an indefinite article and a noun of saying
        /// (words.txt 'statement-noun') that open the subject read before the verb, then a noun phrase that reaches the verb
        /// (the subject of a relative clause with no "that"): that noun phrase. Null for any other subject ("a spokesman").
        /// </summary>
        private static Mention? SubjectAfterStatementNoun(MentionParser mp, System.Collections.Generic.IReadOnlyList<Token> tk, Mention subject, VerbCue cue)
        {
            int s = subject.Start;
            if (s + 2 >= cue.GroupStart || !tk[s].IsLowerWord || !tk[s].Has(WordClass.IndefiniteArticle) || !tk[s + 1].IsLowerWord || !tk[s + 1].Has(WordTag.StatementNoun)) return null;
            var m = mp.Parse(tk, s + 2, cue.GroupStart, false);
            return m != null && m.Start == s + 2 && m.End == cue.GroupStart ? m : null;
        }

        /// <summary>
        /// True when the tokens [a, e) are a determiner and lower-case words that hold no verb or grammar word ("The referee",
        /// "A local farmer"): a noun phrase, no statement.
        /// </summary>
        private static bool IsBareDescription(System.Collections.Generic.IReadOnlyList<Token> tk, int a, int e)
        {
            if (e - a < 2 || !tk[a].IsWord || !tk[a].Has(WordTag.Determiner)) return false;
            for (int x = a + 1; x < e; x++)
            {
                var t = tk[x];
                if (!t.IsLowerWord || t.CueVerb != null || t.Has(WordTag.Auxiliary | WordTag.Finite | WordTag.NpStop | WordTag.Determiner | WordTag.Pronoun)) return false;
            }
            return true;
        }

        /// <summary>
        /// "That was less than before; the shocks, they concluded, matter less now", "…; most of the cuts will fall on schools, the
        /// mayor said": after a semicolon a new clause starts, and an attribution after it reports that clause alone. The token
        /// after the last semicolon before <paramref name="before"/>, or <paramref name="s0"/>.
        /// </summary>
        private static int ClauseStartBefore(System.Collections.Generic.IReadOnlyList<Token> tk, int s0, int before)
        {
            for (int x = before - 1; x >= s0; x--)
                if (tk[x].Is(";")) return x + 1;
            return s0;
        }

        /// <summary>The attribution's tail ends its sentence with a colon ("…, he said:"): what was said comes after it.</summary>
        private static bool IntroducesWhatFollows(System.Collections.Generic.IReadOnlyList<Token> tk, int after, int s1) =>
            after == s1 - 1 && tk[after].Is(":");

        public void Apply(AttributionContext ctx)
        {
            // (from one cue word to the next: at any other token no finite verb is read)
            foreach (var (p, s0, s1, k) in ReportedSpeech.BodyCueWords(ctx, 1))
            {
                var tk = p.Tokens;
                var cue = ReportedSpeech.FiniteVerbAt(tk, k, s0, s1);
                if (cue == null || !cue.Entry.IsSpeech && !cue.Entry.Has(VerbTag.Thought) && !cue.Entry.Has(VerbTag.Document)) continue;
                // "The attack had been unprovoked, he maintained, and the report “remains unacceptable”": a quotation rule took
                // the aside's cue for the words after it; the words before it are that speaker's too (JoinedBefore)
                var used = ctx.AttributionWithCue(p.Start + tk[k].Start);
                if (used != null && !(used.Paragraph == p && used.Content.Start >= p.Start + tk[cue.End - 1].End)) continue;
                Mention? source;
                int before, tail;
                bool inverted = false;
                if (cue.GroupStart <= s0) continue;
                // "Through a spokesman, he declined to comment.", "Asked about the fire, she refused to say.": a refused
                // verb of saying reports nothing, least of all the words before it
                if (cue.Refused) continue;
                var subject = ReportedSpeech.SubjectBefore(ctx.MentionsFor(p), tk, s0, cue.GroupStart);
                // "Suu Kyi said it was too early but added, “…”": the subject of a coordinated verb has no content before it
                if (subject != null && subject.Coordinated) continue;
                // "Most voters want a change, said a party member.": an inverted aside has its subject after the verb
                if (subject != null && !ReportedSpeech.IsInvertedAside(ctx.MentionsFor(p), tk, cue, s0, s1))
                {
                    // "…, the minister said."
                    source = subject.Mention;
                    // "“…,” engineers Ada Lund and Jo Reyes of the Northern Institute for Coastal Safety wrote": the head read after the "of"
                    // of two joined people names a word of their organisation, never who wrote
                    if (HeadInOfPhraseAfterJoined(tk, source)) continue;
                    before = source.Start - 1;
                    tail = cue.End;
                    // "…, a claim the army has rejected": the statement noun is the content's apposition; the subject of its
                    // relative clause is the source
                    if (SubjectAfterStatementNoun(ctx.MentionsFor(p), tk, source, cue) is { } rejecter) source = rejecter;
                    // "Mrs. Clinton, analysts said, has other reasons …": the words between the commas are the source
                    // when the sentence goes on with the opening's own verb, not an apposition of the opening
                    if (SourceBetweenCommas(ctx.MentionsFor(p), tk, subject.Mention, cue, s1) is { } aside)
                    {
                        source = aside;
                        before = aside.Start - 1;
                    }
                }
                else
                {
                    // "…, said the minister."
                    if (!tk[cue.GroupStart - 1].Is(",") || !cue.Entry.Has(VerbTag.Inverting) || cue.GroupStart != k) continue;
                    source = ReportedSpeech.InvertedSubject(ctx.MentionsFor(p), tk, cue, s1, out tail);
                    inverted = true;
                    before = cue.GroupStart - 1;
                    // "…, say some officials", not "…, add our use statement": a base form after its content has a plural subject
                    if (source != null && !ReportedSpeech.Agrees(tk, cue, source)) continue;
                }
                // "''We are ready,'' he said": a closing mark the quotation scanner did not read (two apostrophes)
                while (before > s0 && (tk[before].Is("'") || tk[before].Is("’")) && tk[before - 1].Is(",") == false && (tk[before - 1].Is("'") || tk[before - 1].Is("’") || tk[before - 1].Is(","))) before--;
                if (source == null || before < s0) continue;
                // "…, records show.", "…, the poll found.": a verb of documents only, with a document as its subject
                if (!cue.Entry.IsSpeech && !cue.Entry.Has(VerbTag.Thought) && !ReportedSpeech.NamesADocument(tk, source)) continue;
                // "Despite …, Mr. Trump's tone often seems to encourage aggression": a thing someone has presses no one (as after its content)
                if (cue.Entry.Has(VerbTag.Agentive) && ReportedSpeech.IsOwnedThing(tk, source)) continue;
                // "…, the company's chief executive, Jo Bell, said": the description before the name is its apposition, not content
                if (!inverted && DescriptionBefore(ctx, p, source, before, s0) is int described)
                {
                    // "The spokesman, Jo Bell, declined to comment.": the description opens the sentence, no content before it
                    if (described <= ReportedSpeech.SkipConnective(tk, s0, described)) continue;
                    before = described - 1;
                }
                // the comma before the attribution, or inside the quotation that ends there ("“We are ready,” she said")
                if (tk[before].IsQuote && QuotationFacts.EndsOpen(tk[before].Text)) before++;
                else if (before <= s0 || !tk[before].Is(",")) continue;
                // "…, said Jo Bell, a senior analyst, who notes …": a relative clause about the inverted source closes the attribution
                bool relativeAfter = inverted && ClosesWithRelative(tk, source, tail, s1);
                if (relativeAfter) tail--;
                if (!ReportedSpeech.TailOfAttribution(tk, cue.Entry, tail, s1, out int after) || ListGoesOn(tk, tail, after, s1)) continue;
                int clause = ClauseStartBefore(tk, s0, before);
                int a = ReportedSpeech.SkipConnective(tk, clause, before);
                if (before - a > ReportedSpeech.MaxContent) continue;   // no run-on "sentence" of thousands of tokens
                if (used != null)
                {
                    if (!inverted && JoinedBefore(tk, a, before, after, s1) && a >= clause)
                        used.Content = used.Content.Union(TextSpan.FromTo(p.Start + tk[a].Start, p.Start + tk[before - 1].End));
                    continue;
                }
                // "In a speech last July, he said:" / ¶ …: the colon that ends the sentence introduces what was said, and the
                // phrase that opens the sentence is its occasion, no content (IntroducedParagraph and ColonIntroduction read on)
                if (!inverted && IntroducesWhatFollows(tk, after, s1) && tk[a].IsWord && tk[a].Has(WordTag.IntroPhrase)) continue;
                if (!ReportedSpeech.HasWords(tk, a, before) && ReportedSpeech.HasQuote(tk, a, before))
                {
                    // "“…,” Mr. Obama said, not even …": a quotation the quote rules left open
                    var direct = ReportedSpeech.Make(Name, p, a, before, cue.Verb, cue.End, source);
                    direct.Kind = AttributionKind.Direct;
                    ctx.Add(direct);
                    continue;
                }
                // "The plan, she said, is dead.": the content runs on after the attribution
                bool runsOn = !relativeAfter && RunsOn(ctx.MentionsFor(p), tk, after, s1);
                int e = runsOn ? ReportedSpeech.ContentEndAfter(tk, after + 1, s1, false) : before;
                if (!ReportedSpeech.IsContent(tk, a, before))
                {
                    // "Otherwise, she said, countries may …", "Time, he added, was on their side": a connective, an
                    // adverb or one word before the aside; the content is the sentence around it
                    // ("Weber, who advises Kasich, is …" is a relative clause, no aside)
                    // (and an aside is short: "she said", "he added on Monday"; "has not spoken about this incident for …" is a clause)
                    if (!runsOn || before - clause > OpeningReach || IsRelative(source) || !IsShortAside(cue, after) || !ReportedSpeech.IsContent(tk, after + 1, e)) continue;
                    a = clause;
                }
                ctx.Add(ReportedSpeech.Make(Name, p, a, e, cue.Verb, cue.End, source));
                    }
        }
    }
}
