using System;
using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// Reports inside reports and sources read out of order: the subject of a that-clause of saying, the tail of an
    /// attribution after a quotation, inverted and aside attributions ("…, said the minister"), the source after "according
    /// to", the sentence subject and an earlier source.
    /// </summary>
    internal static partial class ReportedSpeech
    {
        /// <summary>
        /// True when the subject opens the that-clause of a verb of saying ("The paper adds that the military still maintains …"): what
        /// the clause's own verb reports is a report inside the outer one only for a denial ("noted that the army had rejected the
        /// report") or a stance over a clause ("maintains its soldiers did not fire", "claimed that …"; see <see cref="ReportsInsideSaid"/>).
        /// </summary>
        public static bool OpensSaidThatClause(IReadOnlyList<Token> tk, Subject subject)
        {
            int o = subject.OpenerIndex;
            return o >= 0 && tk[o].IsWord && tk[o].Has(WordGroup.Complementizer) && subject.Mention.Start != o && AfterVerbOfSaying(tk, o);
        }

        /// <summary>
        /// For a subject that <see cref="OpensSaidThatClause"/>, true when its own verb reports a stance of its own: a denial, or a
        /// stance whose content is a clause (a verb tagged clausal, or content after "that"). Not a plain verb of saying or telling
        /// ("acknowledged that the coalition had not told its officers": an event the outer speaker reports), a judgement ("noted that
        /// he supported the decision": an act), a stance over a noun phrase ("wrote that he had claimed a loss"), nor a denial in the
        /// progressive ("said that he was not contradicting his stance": what he is doing, not what he denies).
        /// </summary>
        public static bool ReportsInsideSaid(IReadOnlyList<Token> tk, CueVerb cue, int cueEnd, int c) =>
            cue.Kind != VerbForm.Gerund && cue.Has(VerbTag.Denial) ||
            cue.Has(VerbTag.Stance) && (cue.Has(VerbTag.Clausal) || c > cueEnd && tk[c - 1].IsWord && tk[c - 1].Has(WordGroup.Complementizer));

        /// <summary>True when the word right before token o is a verb of saying or writing in a form that is no noun's ("noted", "added", "says").</summary>
        private static bool AfterVerbOfSaying(IReadOnlyList<Token> tk, int o)
        {
            if (o < 1 || !tk[o - 1].IsLowerWord) return false;
            var verb = EntryAt(tk, o - 1, tk.Count, out int end);
            return verb != null && end == o && verb.Has(VerbTag.Speech) && !verb.Has(VerbTag.Manner) && (!verb.Has(VerbTag.Noun) || verb.Kind == VerbForm.Past);
        }

        /// <summary>
        /// True for a belief or wish of a pronoun inside what a speech verb reports ("He said he hoped
        /// …", "said that she plans …"): the report is the attribution; the inner verb is part of it.
        /// </summary>
        public static bool IsNestedThought(IReadOnlyList<Token> tk, Subject subject, CueVerb entry)
        {
            if (entry.IsSpeech || !subject.Mention.IsPronoun && subject.Mention.Kind != MentionKind.Pronoun) return false;
            int o = subject.OpenerIndex;
            if (o < 0 || !tk[o].IsWord) return false;
            if (tk[o].Has(WordGroup.Complementizer) && o > 0) o--;
            var outer = EntryAt(tk, o, tk.Count, out _);
            return outer != null && outer.IsSpeech;
        }

        /// <summary>
        /// True for a pronoun subject that opens, with no "that", the content of a speech verb right before it
        /// ("Grassley said he would welcome Cruz", "voters said they support the ban", "told reporters he backs …"):
        /// the clause is what the outer verb reports, not a report of its own.
        /// </summary>
        public static bool OpensReportedClause(IReadOnlyList<Token> tk, Subject subject)
        {
            var m = subject.Mention;
            if (!m.IsPronoun || m.Owner != null || m.Start < 1) return false;
            int v = m.Start - 1;
            // "told reporters he …", "told him she …": over the addressee of a verb that takes one
            bool addressee = false;
            if (tk[v].IsLowerWord && (tk[v].Has(WordTag.ObjectPronoun) || tk[v].IsSpeakerNoun(out _, out bool plural) && plural) && v >= 1)
            {
                v--;
                addressee = true;
            }
            if (!tk[v].IsLowerWord) return false;
            var outer = EntryAt(tk, v, tk.Count, out int end);
            return outer != null && end == (addressee ? v + 2 : m.Start) && outer.IsSpeech && (!addressee || outer.TakesAddressee);
        }

        /// <summary>
        /// True for a bare office title ("the president", "the foreign minister": "the", lower-case words, a speaker noun tagged
        /// office, no name, owner or apposition) that opens, right after the verb or its "that", the content of a verb of saying
        /// whose subject is an institution or its document ("the White House said the president had made clear …", "the
        /// ministry's statement said that the minister had …"): the title stands for the institution's own holder, and the
        /// clause is the institution's report, not a report of the last person named with that title (who may be another
        /// country's holder).
        /// </summary>
        public static bool OpensInstitutionReportTitle(MentionParser mp, IReadOnlyList<Token> tk, Subject subject, int s0, int s1)
        {
            var m = subject.Mention;
            if (m.Kind != MentionKind.Description || m.Determiner != "the" || m.Plural || m.Name != null || m.Owner != null || m.Apposition != null ||
                !Lexicon.IsSpeakerNoun(m.Head, SpeakerNounTag.Office)) return false;
            for (int i = m.Start + 1; i < m.End; i++)
                if (tk[i].IsWord && !tk[i].IsLowerWord) return false;
            int at = m.Start;
            if (at - 1 > s0 && tk[at - 1].IsLowerWord && tk[at - 1].Has(WordGroup.Complementizer)) at--;
            if (at - 1 <= s0 || !tk[at - 1].IsLowerWord) return false;
            var outer = FiniteVerbAt(tk, at - 1, s0, s1);
            if (outer == null || outer.End != at || !outer.Entry.Has(VerbTag.Speech)) return false;
            var source = SubjectBefore(mp, tk, s0, outer.GroupStart)?.Mention;
            return source != null && !source.Plural &&
                   (source.Kind == MentionKind.Organisation || source.Kind == MentionKind.Description && (source.IsOrganisationHead || source.IsDocument));
        }

        /// <summary>True when the subject follows a quotation with nothing but marks between ("“…,” he said after the meeting"): a quote's attribution.</summary>
        public static bool FollowsQuotation(IReadOnlyList<Token> tk, Subject subject, int s0)
        {
            for (int i = subject.Mention.Start - 1; i >= s0; i--)
            {
                if (tk[i].IsQuote)
                {
                    // the quotation opens the sentence: it is what the attribution attributes
                    for (int j = i - 1; j >= s0; j--)
                        if (tk[j].IsWord) return false;
                    return true;
                }
                if (tk[i].IsWord) return false;
            }
            return false;
        }

        /// <summary>
        /// "Holding rates near zero has encouraged …", "Cutting fares has encouraged …": a sentence that opens with a form in -ing
        /// (no preposition: "During the debate Lund said …") and a lower-case word after it, whose subject mention <paramref name="m"/>
        /// is that form's phrase read as a description of no speaker in lower case after the form ("Cutting fares"; not "Visiting
        /// scholars", "Running mate Jo Bell"), or stands inside that phrase with no comma before it, right after the form or after a preposition ("near zero"):
        /// the clause's subject is the gerund's phrase, no one.
        /// </summary>
        internal static bool InGerundSubject(IReadOnlyList<Token> tk, int s0, Mention m)
        {
            if (m.Start < s0 || m.Start >= tk.Count || s0 + 1 >= tk.Count) return false;
            var first = tk[s0];
            if (!first.IsWord || !first.IsCapitalized || !CueLexicon.EndsInIng(first.Lower) || first.Has(WordTag.Preposition | WordTag.IntroPhrase) ||
                !tk[s0 + 1].IsLowerWord) return false;
            if (m.Start == s0) return m.Kind == MentionKind.Description && !m.IsPronoun && m.Name == null && !NamesASpeaker(tk, m) && LowerAfterFirst(tk, m);
            for (int i = s0 + 1; i < m.Start; i++)
                if (!tk[i].IsWord) return false;
            var before = tk[m.Start - 1];
            return m.Start == s0 + 1 || before.IsLowerWord && (before.Has(WordTag.Preposition) || before.Has(WordClass.PlacePreposition));
        }

        /// <summary>True when every word of the mention after its first is in lower case ("Cutting fares near the port"; not "Running mate Jo Bell").</summary>
        private static bool LowerAfterFirst(IReadOnlyList<Token> tk, Mention m)
        {
            for (int i = m.Start + 1; i < m.End && i < tk.Count; i++)
                if (tk[i].IsWord && !tk[i].IsLowerWord) return false;
            return true;
        }

        /// <summary>The source of the nearest cue verb before token k in the sentence ("…,” the mayor said, adding …"): its subject, or the mention after it when inverted.</summary>
        public static Mention? NearestSpeakerBefore(MentionParser mp, IReadOnlyList<Token> tk, int s0, int s1, int k)
        {
            for (int v = k - 1; v >= s0 && k - v <= SubjectReach; v--)
            {
                var cue = FiniteVerbAt(tk, v, s0, s1);
                if (cue == null || !cue.Entry.IsSpeech) continue;
                var subject = SubjectBefore(mp, tk, s0, cue.GroupStart);
                if (subject != null) return subject.Mention;
                if (cue.GroupStart > s0 && tk[cue.GroupStart - 1].Is(",") || cue.GroupStart > s0 && tk[cue.GroupStart - 1].IsQuote)
                {
                    var m = mp.Parse(tk, cue.End, k, inverted: true);
                    if (m != null) return m;
                }
                return null;
            }
            return null;
        }

        /// <summary>
        /// The end of an attribution that closes its content: after the verb (or the inverted subject)
        /// only an addressee, a day, a setting ("in a statement", "at a rally", "on Twitter") and then
        /// the end of the sentence or a comma. <paramref name="after"/> is the first token past it.
        /// </summary>
        public static bool TailOfAttribution(IReadOnlyList<Token> tk, CueVerb entry, int from, int s1, out int after)
        {
            int j = from;
            // "…, his mother refused to teach him": a verb that takes an infinitive has it as its object, no tail
            if (entry.Has(VerbTag.Infinitive) && j + 1 < s1 && tk[j].IsLowerWord && tk[j].Has(WordGroup.InfinitiveMarker) && tk[j + 1].IsLowerWord && !IsDeterminer(tk[j + 1].Lower))
            {
                after = j;
                return false;
            }
            if (entry.TakesAddressee && j < s1 && tk[j].IsWord)
            {
                if (tk[j].Has(WordTag.ObjectPronoun)) j++;
                else if (tk[j].IsCapitalized)
                    while (j < s1 && j - from < 6 && (tk[j].IsCapitalized || tk[j].IsWord && tk[j].Has(WordClass.NameInfix) && j + 1 < s1 && tk[j + 1].IsCapitalized)) j++;
                else
                {
                    int x = j;
                    if (IsDeterminer(tk[x].Lower)) x++;
                    while (x < s1 && x - j < 4 && tk[x].IsLowerWord && !tk[x].Has(WordTag.Opener) && !tk[x].Has(WordTag.IntroPhrase) && !tk[x].Has(WordTag.Finite) && !CueLexicon.IsSubjectPronoun(tk[x].Lower)) x++;
                    j = x;
                }
                // "urged the nation to pray": after its addressee a verb that takes an infinitive has its content, not a tail
                if (j > from && entry.Has(VerbTag.Infinitive) && j + 1 < s1 && tk[j].IsLowerWord && tk[j].Has(WordGroup.InfinitiveMarker) && tk[j + 1].IsLowerWord && !IsDeterminer(tk[j + 1].Lower))
                {
                    after = j;
                    return false;
                }
            }
            // phrases of time, place and means: at most three, each a preposition and a few words
            for (int guard = 0; guard < 3 && j < s1; guard++)
            {
                int t = SkipTimePhrase(tk, j, s1);
                if (t > j) { j = t; continue; }
                if (tk[j].IsLowerWord && tk[j].Has(WordTag.IntroPhrase) && !tk[j].Has(WordGroup.Complementizer) && !tk[j].Has(WordTag.Opener) || tk[j].IsLowerWord && tk[j].Has(WordGroup.InfinitiveMarker))
                {
                    // "(he should have insisted) on getting all of them out", "(who have insisted) on acting now": a preposition before an
                    // -ing form opens what the verb is about, no setting of it, unless it opens settings ("said in posing the question")
                    if (j + 1 < s1 && CueLexicon.IsIngForm(tk[j + 1]) && !tk[j].Has(WordGroup.Setting)) break;
                    int x = j + 1, n = 0;
                    while (x < s1 && n < 7 && tk[x].IsWord && !(tk[x].IsLowerWord && (tk[x].Has(WordTag.Finite) || tk[x].Has(WordTag.Opener) || CueLexicon.IsSubjectPronoun(tk[x].Lower)))) { x++; n++; }
                    if (n == 0) break;
                    j = x;
                    continue;
                }
                break;
            }
            after = j;
            if (j >= s1) return true;
            if (tk[j].Is(",")) return true;
            for (int i = j; i < s1; i++)
                if (tk[i].IsWord || tk[i].IsQuote) return false;
            return true;
        }

        /// <summary>
        /// "Tomas Reyes, asked about the vote, said, …", "A spokesman, asked about the vote, said": a participle right after
        /// the subject's comma that opens an aside closed by a comma, with the cue right after it
        /// (<see cref="MentionParser.ParticipleAsideBeforeCue"/>), is no verb of the subject's: the cue after the aside is.
        /// Only right after the subject's own comma (after an apposition, "Jo Bell, the mayor, repeated …" is the verb).
        /// </summary>
        public static bool OpensParticipleAside(MentionParser mp, IReadOnlyList<Token> tk, VerbCue cue, Subject subject, int s1) =>
            cue.GroupStart == cue.Verb && subject.Mention.End == cue.Verb - 1 && subject.Mention.Apposition == null && tk[cue.Verb - 1].Is(",") &&
            mp.ParticipleAsideBeforeCue(tk, cue.Verb, s1) > cue.Verb;

        /// <summary>
        /// "The biggest reason teams lose, writes Daniel Moore, is …": a verb that inverts, after a comma and right before
        /// a name that closes the aside (a comma or the sentence's end after it), has its subject after it; the words
        /// before the comma are what is reported, not who reports it.
        /// </summary>
        public static bool IsInvertedAside(MentionParser mp, IReadOnlyList<Token> tk, VerbCue cue, int s0, int s1)
        {
            if (cue.GroupStart != cue.Verb || cue.Verb - 1 < s0 || !tk[cue.Verb - 1].Is(",")) return false;
            if (!cue.Entry.Has(VerbTag.Inverting) || cue.Entry.TakesAddressee || cue.End >= s1) return false;
            var m = InvertedSubject(mp, tk, cue, s1, out _);
            if (m == null) return false;
            if (IsNameAfterDescription(tk, cue, m)) return m.End >= s1 || tk[m.End].Is(",") || tk[m.End].Is(".");
            if (m.Start != cue.End) return false;
            if ((m.Kind == MentionKind.Name || IsCoordinatedName(tk, m)) && tk[cue.End].IsCapitalized)
            {
                int after = m.End;
                return after >= s1 || tk[after].Is(",") || tk[after].Is(".");
            }
            // "…, says political scientist Jo Bell in Oslo.": a name after a role written in lower case, closing the sentence
            if (m.Kind == MentionKind.Name && m.Title != null && m.Owner == null)
                return TailOfAttribution(tk, cue.Entry, m.End, s1, out int end) && (end >= s1 || !tk[end].Is(","));
            return IsInvertedDescription(tk, cue, m, s1);
        }

        /// <summary>
        /// "…, said a longtime party member.", "…, said one source in the room.", "…, said an aide, who …": after an
        /// inverting verb, a description led by a determiner whose head names a speaker, closing the sentence (with at
        /// most a phrase of place or time) or followed by a relative clause about it.
        /// </summary>
        private static bool IsInvertedDescription(IReadOnlyList<Token> tk, VerbCue cue, Mention m, int s1)
        {
            if (m.Kind != MentionKind.Description || m.Owner != null || !tk[m.Start].IsLowerWord || !tk[m.Start].Has(WordTag.Determiner)) return false;
            if (!Lexicon.IsSpeakerNoun(m.Head, out _, out _)) return false;
            if (!TailOfAttribution(tk, cue.Entry, m.End, s1, out int after)) return false;
            if (after >= s1 || !tk[after].Is(",")) return true;
            return after + 1 < s1 && tk[after + 1].IsLowerWord && IsRelativePronoun(tk[after + 1].Lower) && !tk[after + 1].Has(WordGroup.Complementizer);
        }

        /// <summary>"…, said the minister, who …": the mention after an inverted verb, reaching the end of its clause.</summary>
        public static Mention? InvertedSubject(MentionParser mp, IReadOnlyList<Token> tk, VerbCue cue, int s1, out int next)
        {
            next = cue.End;
            var m = mp.Parse(tk, cue.End, s1, inverted: true);
            if (m == null) return null;
            // "…, reported it to the police": the pronoun of a thing after a verb is its object; a subject after its verb is a
            // person's ("…, said he")
            if (m.IsPronoun && tk[m.Start].IsLowerWord && tk[m.Start].Has(WordGroup.ThingPronoun)) return null;
            if (CoordinatedAfterName(mp, tk, m, s1) is { } both) m = both;
            // "…, said the minister, Jo Bell.": the name after the description is the one who spoke
            else if (m.Start == cue.End && Clauses.NameAfterDescription(mp, tk, m, s1, closing: true, out _) is { } named) m = named;
            next = m.Next;
            return m;
        }

        /// <summary>True for the source that <see cref="InvertedSubject"/> read as the name after a description: "said the minister, Jo Bell".</summary>
        private static bool IsNameAfterDescription(IReadOnlyList<Token> tk, VerbCue cue, Mention m) =>
            m.Kind is MentionKind.Name or MentionKind.Organisation && m.Start > cue.End && tk[cue.End].IsLowerWord && tk[m.Start - 1].Is(",") && m.Apposition != null;

        /// <summary>
        /// "…, said Jo Doyle and others.", "…, said Lena Ortiz and two other skippers.": a name with no apposition, "and" or
        /// "or", then a second name or a noun phrase of people (a speaker noun or a quantifier at its head) that closes the
        /// sentence or its clause: one source, both of them. Null for any other shape.
        /// </summary>
        private static Mention? CoordinatedAfterName(MentionParser mp, IReadOnlyList<Token> tk, Mention m, int s1)
        {
            if (m.Kind != MentionKind.Name || m.Apposition != null || m.Next != m.End) return null;
            int n = m.End;
            if (n + 1 >= s1 || !tk[n].IsLowerWord || !tk[n].Has(WordClass.ListCoordinator)) return null;
            int e = n + 1;
            while (e < s1 && tk[e].IsWord) e++;
            if (e == n + 1 || e < s1 && !ClosesClause(tk, e, s1)) return null;
            var second = mp.Parse(tk, n + 1, e, inverted: true);
            if (second == null || second.IsPronoun || second.Owner != null || Math.Max(second.Next, second.End) != e) second = GenericNounPhrase(tk, n + 1, e);
            if (second == null || second.End != e) return null;
            bool people = second.Kind == MentionKind.Name || Lexicon.IsSpeakerNoun(second.Head, out _, out _) || Lexicon.Is(second.Head, WordClass.Quantifier);
            return people ? MentionParser.Coordinated(tk, m, second) : null;
        }

        /// <summary>True for a source that <see cref="CoordinatedAfterName"/> made: a name first, then "and" or "or" inside the mention.</summary>
        private static bool IsCoordinatedName(IReadOnlyList<Token> tk, Mention m)
        {
            if (m.Kind != MentionKind.Description || !tk[m.Start].IsCapitalized) return false;
            for (int i = m.Start + 1; i < m.End - 1; i++)
                if (tk[i].IsLowerWord && tk[i].Has(WordClass.ListCoordinator)) return true;
            return false;
        }

        /// <summary>True when the tokens [a, e) hold an auxiliary, a clause opener or a cue verb: a clause, not a modifier.</summary>
        private static bool HasClauseWord(IReadOnlyList<Token> tk, int a, int e)
        {
            for (int i = a; i < e; i++)
            {
                var t = tk[i];
                if (!t.IsWord) { if (t.IsQuote) return true; continue; }
                if (t.IsLowerWord && (t.Has(WordTag.Finite) || t.Has(WordTag.Opener) && !t.Has(WordGroup.Additive) || EntryAt(tk, i, e, out _) != null)) return true;
            }
            return false;
        }

        /// <summary>"him", "her", "them" at i as a source ("according to him", "quoted her as saying"): the pronoun, resolved as its subject form is; else null.</summary>
        public static Mention? ObjectPronoun(IReadOnlyList<Token> tk, int i) =>
            tk[i].IsWord && Lexicon.SubjectOfObjectPronoun(tk[i].Lower) is string subjectForm
                ? Mention.Pronoun(tk, i, subjectForm)
                : null;

        /// <summary>The source after "according to": a mention, else the noun phrase up to the next comma (at most twelve words).</summary>
        public static Mention? MentionAfter(MentionParser mp, IReadOnlyList<Token> tk, int i, int s1, out int next)
        {
            next = i;
            // "according to him": the pronoun, resolved as "he" is
            if (i < s1 && ObjectPronoun(tk, i) is { } pronoun)
            {
                next = i + 1;
                return pronoun;
            }
            int limit = i;
            while (limit < s1 && !tk[limit].Is(",") && !tk[limit].Is(";") && !tk[limit].IsQuote && !(tk[limit].Kind == TokenKind.Punct && (tk[limit].Is(".") || tk[limit].Is("—")))) limit++;
            var m = mp.Parse(tk, i, limit, inverted: true);
            if (m != null && !m.IsPronoun || m != null && m.Next >= limit)
            {
                // "people close to the council": the words up to the comma still describe the source
                if (m.End < limit && limit - m.Start <= 12 && !m.IsPronoun && m.Owner == null && !HasClauseWord(tk, m.End, limit))
                {
                    m.PostModifier ??= MentionParser.Join(tk, m.End, limit);
                    // "said a spokesman reached by phone": the words to the head stay the head's ("spokesman", not "phone")
                    if (m.Kind == MentionKind.Description) m.HeadText ??= HeadBeforeDescribingPhrase(tk, m, limit);
                    m.Text = MentionParser.Join(tk, m.Start, limit);
                    m.CharEnd = tk[limit - 1].End;
                }
                next = m.Next < limit ? limit : m.Next;
                return m;
            }
            if (limit == i || limit - i > 12 || !tk[i].IsWord) return null;
            var d = new Mention { Kind = MentionKind.Description, Start = i, End = limit, Next = limit, Head = tk[limit - 1].Lower, CharStart = tk[i].Start, CharEnd = tk[limit - 1].End, Text = MentionParser.Join(tk, i, limit) };
            // "according to a CNN/ORC survey conducted this month": the survey, not "month"
            TakeListedHead(tk, d, i);
            // "according to astronomers at the University of Padova": the plural the phrase describes, not "Padova"
            if (d.HeadText == null) TakePluralHead(tk, d, i);
            next = limit;
            return d;
        }

        /// <summary>
        /// "Throughout the 2000s, …", "Arriving upon the scene, …", "Facing mounting criticism, …": one capitalised word right
        /// before a determiner, or one in -ing right before a grammar word ("upon", "to"; not "and") or a lower-case word that is
        /// no verb, opens a phrase (a preposition, a participle), not the subject of the sentence; a subject's next word is its
        /// verb ("Bell said", "Manning told"). The one test of it, for the sentence's subject (<see cref="SentenceSubject"/>)
        /// and for a subject that a participle joined to another may take (Clauses).
        /// </summary>
        internal static bool OpensPhrase(IReadOnlyList<Token> tk, Mention m)
        {
            if (m.Kind != MentionKind.Name || m.End - m.Start != 1) return false;
            var next = tk[m.Next];
            return IsDeterminer(next.Lower) || CueLexicon.EndsInIng(tk[m.Start].Lower) &&
                (next.Has(WordTag.Function) && !next.Has(WordClass.ListCoordinator) || next.IsLowerWord && !next.IsVerbForm);
        }

        /// <summary>
        /// The subject that opens the sentence (after an introductory phrase and a connective): the
        /// mention at its start followed by a verb in lower case before token k.
        /// </summary>
        public static Mention? SentenceSubject(MentionParser mp, IReadOnlyList<Token> tk, int s0, int k)
        {
            int a = SkipConnective(tk, s0, k);
            if (a < k && tk[a].IsWord && (tk[a].Has(WordTag.IntroPhrase) || TimePhraseBeforeComma(tk, a, k)))
            {
                int c = a;
                while (c < k && !tk[c].Is(",")) c++;
                if (c >= k) return null;
                a = SkipConnective(tk, c + 1, k);
            }
            if (a >= k) return null;
            var m = mp.Parse(tk, a, k, inverted: false);
            if (m == null || m.Next >= k || !tk[m.Next].IsLowerWord) return null;
            return OpensPhrase(tk, m) ? null : m;
        }

        /// <summary>
        /// True when token k stands inside what another source reports: the content of an attribution
        /// already decided, or the complement of an earlier speech verb of the sentence that has a
        /// subject ("X said [the campaign planned …]").
        /// </summary>
        public static bool InsideReport(MentionParser mp, ReportIndex index, AnalysedParagraph p, int s0, int s1, int k)
        {
            var tk = p.Tokens;
            if (index.Covers(p, k)) return true;
            for (int v = k - 1; v >= s0 && k - v <= SubjectReach; v--)
            {
                var cue = FiniteVerbAt(tk, v, s0, s1);
                if (cue == null || !cue.Entry.IsSpeech || cue.Purpose) continue;
                if (cue.End > k) continue;
                if (SubjectBefore(mp, tk, s0, cue.GroupStart) == null) continue;
                return ContentStartAfter(tk, cue, s1) <= k;
            }
            return false;
        }

        /// <summary>The source of the last attribution whose cue stands in the sentence before token k (one with a source of its own).</summary>
        public static Mention? EarlierSource(ReportIndex index, AnalysedParagraph p, int s0, int k) =>
            index.LastWithCue(p, p.Start + p.Tokens[s0].Start, p.Start + p.Tokens[k].Start)?.Source;

        /// <summary>True when a verbal group with a cue verb starts at i ("said", "also told", "has denied").</summary>
        internal static bool StartsCueGroup(IReadOnlyList<Token> tk, int i, int s1)
        {
            int j = i;
            while (j < s1 && j - i < 4 && tk[j].IsLowerWord && (tk[j].Has(WordTag.Finite | WordTag.CueAdverb | WordTag.Negation) || CueLexicon.IsLyAdverb(tk[j]))) j++;
            int end = j;
            var e = j < s1 ? EntryAt(tk, j, s1, out end) : null;
            // ("… says the report is complete and stands by it": a cue only before a noun phrase is no cue before anything else)
            if (e != null && e.Has(VerbTag.NounObject) && !(end < s1 && OpensNounObject(tk, end, s1))) return false;
            // ("… were fired on and called in air support, and that …": a particle that makes the verb another, one that reports
            // nothing, "called in", "called off", is no second cue; the content goes on)
            if (e != null && OtherVerbWithParticle(e, tk, end, s1)) return false;
            return e != null && e.Kind != VerbForm.Gerund && e.Kind != VerbForm.Base;
        }

        /// <summary>True when the tokens [a, e) hold at least one word outside quotation marks.</summary>
        public static bool HasWords(IReadOnlyList<Token> tk, int a, int e)
        {
            for (int i = a; i < e; i++)
                if (tk[i].IsWord) return true;
            return false;
        }

        /// <summary>True when the tokens [a, e) hold a quotation.</summary>
        public static bool HasQuote(IReadOnlyList<Token> tk, int a, int e) => FirstQuote(tk, a, e) >= 0;

        /// <summary>The index of the first quotation among the tokens [a, e), or -1 when there is none.</summary>
        public static int FirstQuote(IReadOnlyList<Token> tk, int a, int e)
        {
            for (int i = a; i < e; i++)
                if (tk[i].IsQuote) return i;
            return -1;
        }

        /// <summary>
        /// An attribution of the content tokens [a, e) of a paragraph: Indirect, or Mixed with the
        /// quotations inside it (which take its source as their speaker).
        /// </summary>
        public static FoundAttribution Make(string rule, AnalysedParagraph p, int a, int e, int cueStart, int cueEnd, Mention source)
        {
            var tk = p.Tokens;
            // "(Yes, we know, guacamole is extra.)": the bracket that opens a sentence in brackets is not its words
            if (a + 1 < e && tk[a].Is("(") && !ClosesBracket(tk, a + 1, e)) a++;
            int start = p.Start + tk[a].Start, end = p.Start + tk[e - 1].End;
            var found = new FoundAttribution(rule, p, HasQuote(tk, a, e) ? AttributionKind.Mixed : AttributionKind.Indirect, TextSpan.FromTo(start, end))
            {
                Cue = TextSpan.FromTo(p.Start + tk[cueStart].Start, p.Start + tk[cueEnd - 1].End),
                CueWords = new CueMatch(MentionParser.Join(tk, cueStart, cueEnd), cueStart, cueEnd, null),
                Source = source,
                SourceParagraph = p,
                SourceTokens = tk,
            };
            return found;
        }

        /// <summary>True when a closing bracket stands among tokens [a, e).</summary>
        private static bool ClosesBracket(IReadOnlyList<Token> tk, int a, int e)
        {
            for (int i = a; i < e; i++)
                if (tk[i].Is(")")) return true;
            return false;
        }

        /// <summary>True when another attribution already uses the cue that starts at token k of the paragraph.</summary>
        public static bool IsCueUsed(AttributionContext ctx, AnalysedParagraph p, int k) => ctx.AttributionWithCue(p.Start + p.Tokens[k].Start) != null;

        /// <summary>The quotation of the document that is token k of the paragraph (binary search over the document's quotations).</summary>
        public static QuotationRef? QuotationAt(AnalysedDocument doc, AnalysedParagraph p, int k)
        {
            var list = doc.Quotations;
            int lo = 0, hi = list.Count - 1;
            while (lo <= hi)
            {
                int mid = (lo + hi) / 2;
                var q = list[mid];
                int c = q.Paragraph.Index != p.Index ? q.Paragraph.Index.CompareTo(p.Index) : q.Token.CompareTo(k);
                if (c == 0) return q;
                if (c < 0) lo = mid + 1; else hi = mid - 1;
            }
            return null;
        }
    }
}
