using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using IncidentTools.Accounts;
using IncidentTools.Attribution;
using IncidentTools.Text;

namespace IncidentTools
{
    /// <summary>
    /// The claims of a document: a view of its attributions (the attribution stage's records) with the
    /// side each speaker speaks for and, where the manifest asks questions, the position each one takes.
    /// The accounts stage of the engine.
    /// </summary>
    public static class ClaimFinder
    {
        /// <summary>
        /// Every claim of the document: one per attribution, quoted or reported, in document order. The
        /// party is the resolved speaker's, else the side the source mention names ("Pakistan has said",
        /// "the U.S. investigation found"), else, for a pronoun or a bare "the official", the side of the
        /// nearest earlier speaker of the same section. An attribution that answers several questions
        /// gives one claim per question; one that answers none gives one claim with no question.
        /// </summary>
        public static IReadOnlyList<IncidentClaim> Find(
            IncidentDocument document,
            IEnumerable<PartyDefinition>? parties,
            IEnumerable<QuestionDefinition>? questions)
        {
            if (document == null) throw new ArgumentNullException(nameof(document));
            var partyList = parties as IReadOnlyList<PartyDefinition> ?? (parties ?? Enumerable.Empty<PartyDefinition>()).ToList();
            var lexicon = AccountLexicon.Default;
            var manifest = CompiledManifest.For(partyList, questions, lexicon);
            return new ClaimReader(lexicon, manifest.Parties, manifest.Cues).Read(document, partyList);
        }
    }
}

namespace IncidentTools.Accounts
{
    using SourceKind = IncidentTools.Attribution.MentionKind;

    /// <summary>The claim reader for one set of parties and questions.</summary>
    internal sealed class ClaimReader
    {
        /// <summary>How many paragraphs back a pronoun or "the official" may find its side.</summary>
        public const int Reach = 3;

        /// <summary>How many paragraphs back a body that spoke may own a later "its" or "their" description (<see cref="Chain.OwnerNear"/>): its own or the one before.</summary>
        public const int OwnerReach = 1;

        private readonly AccountLexicon _lexicon;
        private readonly PartyIndex _parties;
        private readonly PositionCues _cues;

        /// <summary>This thread's lists of where the cues' words stand in each range (<see cref="Read"/>), while no read holds them.</summary>
        [ThreadStatic] private static List<LiteralHits>? _rangeHitsOfThread;

        public ClaimReader(AccountLexicon lexicon, PartyIndex parties, PositionCues cues)
        {
            _lexicon = lexicon;
            _parties = parties;
            _cues = cues;
        }

        /// <summary>The side of the nearest earlier speaker, within <see cref="Reach"/> paragraphs of the same section.</summary>
        private sealed class Chain
        {
            private PartyDefinition? _party;
            private int _paragraph = int.MinValue / 2;
            private ParagraphSection _section;

            // (a timeline's dated entry is an event of its own: no earlier entry's speaker gives it a side)
            public PartyDefinition? At(AnalysedParagraph p) =>
                p.Section == _section && p.Index - _paragraph <= Reach && (p.Index == _paragraph || !Clauses.OpensDatedEntry(p)) ? _party : null;

            /// <summary>The side of the nearest earlier speaker when that speaker spoke in this very paragraph.</summary>
            public PartyDefinition? InParagraph(AnalysedParagraph p) =>
                p.Section == _section && p.Index == _paragraph ? _party : null;

            /// <summary>True when the paragraph belongs to a live blog's entry and the nearest earlier speaker spoke before that entry's stamp.</summary>
            public bool FromEarlierEntry(AnalysedParagraph p) => p.EntryStart >= 0 && _paragraph < p.EntryStart;

            /// <summary>
            /// True when the nearest earlier speaker given a side spoke in this paragraph, or in the one before and is a body (for a
            /// plural owner, "their", a body or a group of people): the side of what a possessive "its" or "their" may stand for.
            /// </summary>
            public bool OwnerNear(AnalysedParagraph p, bool plural) =>
                _party != null && p.Section == _section &&
                (p.Index == _paragraph || p.Index - _paragraph <= OwnerReach && Speaker is { } e && (e.Kind == EntityKind.Organisation || plural && e.Kind == EntityKind.Group));

            /// <summary>The speaker of the last attribution given a side (<see cref="Sides"/> records it).</summary>
            public Entity? Speaker { get; set; }

            public void Set(AnalysedParagraph p, PartyDefinition? party)
            {
                _party = party;
                _paragraph = p.Index;
                _section = p.Section;
            }
        }

        /// <summary>The claims of one document.</summary>
        public IReadOnlyList<IncidentClaim> Read(IncidentDocument document, IEnumerable<PartyDefinition>? parties)
        {
            var context = AttributionPipeline.Run(document, parties);
            var records = AttributionFinder.Records(context);
            var found = context.Found;
            var order = InContentOrder(found);
            var claims = new List<IncidentClaim>();
            // the side of each attribution, decided once for its quotations and its claims (by name: another reader of the same
            // parties, the quotes', holds definitions of its own), as this reader's definitions
            var sides = context.Sides ??= Sides(context, order);
            var partyOf = new PartyDefinition?[sides.Length];
            for (int i = 0; i < sides.Length; i++) partyOf[i] = _parties.Find(sides[i]);

            // the attributions of each paragraph in the order of their cues, to cut a claim where another source's report begins
            var byParagraph = new Dictionary<int, List<int>>();
            foreach (var i in order)
            {
                if (!byParagraph.TryGetValue(found[i].Paragraph.Index, out var list)) byParagraph[found[i].Paragraph.Index] = list = new List<int>();
                list.Add(i);
            }
            // (attributions that share a cue's start, or have none, by the order found: a total order, the same on every runtime)
            foreach (var list in byParagraph.Values) list.Sort((x, y) => CueAt(found[x]) != CueAt(found[y]) ? CueAt(found[x]).CompareTo(CueAt(found[y])) : x.CompareTo(y));
            // the paragraph's words for the questions: this thread's scope, filled again when the paragraph changes
            ParagraphScope? scope = null;
            // the side of the last single person who spoke before, for "He found …" opening a sentence of a later report
            PartyDefinition? lastPersonParty = null;
            // where the cues' words stand in each range of a source (see Position): this thread's lists, taken for this read and
            // given back at its end (a read nested in it makes its own), so that their arrays keep their length from document to document
            var rangeHits = _rangeHitsOfThread ?? new List<LiteralHits>();
            _rangeHitsOfThread = null;
            // the claims whose position rests only on cues that yield (few documents have any)
            List<int>? yielding = null;
            // where sources' words leave a question open (few documents have any)
            List<OpenQuestion.Extent>? leftOpen = null;
            // this read's lists for a source's sentences, ranges, their texts and cues, filled again for the next source
            var sentences = new List<(int From, int To)>();
            var ranges = new List<(int From, int To)>();
            var rangeTexts = new List<string>();
            var candidates = new List<CompiledCue>();
            var rangeCandidates = new List<List<CompiledCue>>();
            foreach (var i in order)
            {
                var a = found[i];
                var record = records[i];
                var party = partyOf[i];
                var personBefore = lastPersonParty;
                if (a.Speaker is { IsIndividual: true } && a.Source is { IsPronoun: false }) lastPersonParty = party;
                var p = a.Paragraph;
                var (from, to) = Extent(a);
                int sentenceStart = p.SentenceSpan(p.SentenceAt(from)).Start;
                int sentenceEnd = p.SentenceSpan(p.SentenceAt(Math.Max(from, to - 1))).End;
                if (sentenceEnd - sentenceStart > MaxText)
                {
                    sentenceStart = Math.Max(sentenceStart, from - MaxText / 4);
                    sentenceEnd = Math.Min(sentenceEnd, Math.Max(to, sentenceStart) + MaxText / 4);
                }
                var text = p.Text.Substring(sentenceStart, sentenceEnd - sentenceStart);
                int line = p.LineOf(sentenceStart);
                bool any = false;
                // an article about another event takes no position on the incident's questions
                // (not what a source is reported as not saying: "did not say that the attack was deliberate", "declined to confirm
                // that …" are no position; "does not accept that …" and "refused to accept …" reject, and are read below)
                // ("Asked whether …, he declined to rule it out" is read below: the refusal takes the question as said)
                bool notSaid = record.CueNegated && a.Root.CueVerb is { OnlySays: true } && !RefusesToRuleOut(a, record.Cue, record.Content);
                // "… after coming under fire, a claim the army has rejected": words written before the source that its verb of
                // denial rejects are another's, whatever the source's side
                notSaid |= DeniesWordsBefore(a, record.Cue);
                // "Asked by a senator whether the officers gave the wrong location, …": a question put to someone holds no position of its asker
                notSaid |= a.Rule == nameof(Attribution.Rules.AskedByAgent);
                if (party != null && _cues.Questions.Count > 0 && document.IsAboutIncident && !notSaid)
                {
                    // the paragraph's words for the questions, made only for a paragraph whose source takes positions
                    // (none without a manifest's questions or a side: most attributions of most corpora)
                    if (!ReferenceEquals(scope?.Paragraph, p)) scope = ParagraphScope.For(p);
                    // what this source says: its extent, sentence by sentence, each up to where another source's report begins in it
                    ranges.Clear();
                    _toldFrom.Clear();
                    foreach (var (f0, t0) in scope.Sentences(from, to, sentences))
                    {
                        int cut = CutAtOtherReport(a, party, partyOf, found, byParagraph[p.Index], f0, t0);
                        bool ownPerson = personBefore != null && ReferenceEquals(personBefore, party);
                        cut = ReportedOfOthersFrom(scope, a, party, f0, cut, ownPerson);
                        // "… said the inquiry had been held without them and could not be accepted": the content ends before a
                        // predicate after "and" that shares its subject of findings; the speaker's words go on to that predicate's end
                        if (cut == t0 && cut > f0 && SharedSubject.PredicateEnd(scope.Words, cut, p.SentenceSpan(p.SentenceAt(cut - 1)).End) is var shared && shared > cut &&
                            SharedSubject.In(a, scope.Words, f0, shared, _lexicon) != null &&
                            CutAtOtherReport(a, party, partyOf, found, byParagraph[p.Index], f0, shared) == shared && ReportedOfOthersFrom(scope, a, party, f0, shared, ownPerson) == shared)
                            cut = shared;
                        if (cut > f0) ranges.Add((f0, cut));
                        int own = cut < t0 ? OwnClauseAfter(scope.Words, cut, t0) : -1;
                        // "They said the Southern officer told them there were no Southern troops there": what another told the
                        // speaker's own side is the speaker's account of being told, read only by the cues that open with the telling
                        if (cut < t0 && ToldToOwnSide(scope, a, party, cut, own >= 0 ? own : t0) is var told && told >= 0)
                        {
                            ranges.Add((told, own >= 0 ? own : t0));
                            _toldFrom.Add(told);
                        }
                        // "… replied that Pakistan had rejected the report but that the Pentagon stood by its conclusions": the
                        // speaker's own words go on after the other side's report
                        if (own >= 0)
                        {
                            int end = CutAtOtherReport(a, party, partyOf, found, byParagraph[p.Index], own, t0);
                            end = ReportedOfOthersFrom(scope, a, party, own, end, ownPerson);
                            if (end > own) ranges.Add((own, end));
                        }
                    }
                    // "Asked whether the attack was deliberate, he replied: 'Apparently so.'": the answer says the asked clause
                    var answer = ShortAnswer(scope, a, record.Cue, sentenceStart, party);
                    if (answer is { } ans && (ranges.Count == 0 || ans.To <= ranges[0].From)) ranges.Insert(0, (ans.From, ans.To));
                    else answer = null;
                    // the text of each range, cut once for the cues of every question
                    rangeTexts.Clear();
                    for (int r = 0; r < ranges.Count; r++) rangeTexts.Add(scope!.Cut(ranges[r].From, ranges[r].To));
                    // "The Pentagon says the findings stand. The army says they are wrong.": a pronoun that stands for findings beyond
                    // doubt is read as their noun (the matches are mapped back to the words as written, see Position)
                    _pronouns.Clear();
                    for (int r = 0; r < ranges.Count; r++)
                    {
                        // ("… said the inquiry had been held without them and could not be accepted": a predicate that shares the
                        // findings as its subject, read with them)
                        // (the document its own sentence names before an "it" last: "studied the report and stands by it" is the
                        // shared subject's reading, with the report in the cue)
                        var stands = FindingsPronoun.In(context, a, scope!.Words, ranges[r].From, ranges[r].To) ??
                                     SharedSubject.In(a, scope.Words, ranges[r].From, ranges[r].To, _lexicon) ??
                                     FindingsPronoun.In(context, a, scope.Words, ranges[r].From, ranges[r].To, ownSentence: true);
                        if (stands is { } noun) rangeTexts[r] = noun.Replace(rangeTexts[r], ranges[r].From);
                        _pronouns.Add(stands);
                    }
                    // the cues that may match each range (whose words it holds), and all of them in the order first met; where
                    // their words stand in each range (this read's lists, filled again for the next source)
                    candidates.Clear();
                    while (rangeHits.Count < rangeTexts.Count) rangeHits.Add(new LiteralHits());
                    while (rangeCandidates.Count < rangeTexts.Count) rangeCandidates.Add(new List<CompiledCue>());
                    for (int r = 0; r < rangeTexts.Count; r++)
                        foreach (var c in _cues.Candidates(rangeTexts[r], party, rangeHits[r], rangeCandidates[r]))
                            if (!candidates.Contains(c)) candidates.Add(c);
                    // "The army dismissed the American suggestion that …": the owner's account starts at its owner; the words before
                    // it (the dismissal) are the sentence's speaker's, and neither deny nor question what the owner holds
                    var ownWords = OwnWords(scope, a);
                    int firstClaim = claims.Count;
                    for (int qi = 0; qi < _cues.Questions.Count; qi++)
                    {
                        var q = _cues.Questions[qi];
                        var position = Position(q, candidates, rangeCandidates, rangeHits, scope, ownWords, ranges, rangeTexts, party, answer, OwnCueAt(a), out var cue, out var negated, out var yields, out var open);
                        if (open)
                        {
                            // OpenQuestion: the question, with no position, and the words that left it open; and the extent of the
                            // source's words, in which what another source of the same side is reported as saying is left open too
                            any = true;
                            claims.Add(new IncidentClaim(record, sides[i], record.Speaker, q.Id, null, cue, false, text, p.Start + sentenceStart, line));
                            (leftOpen ??= new List<OpenQuestion.Extent>()).Add(new OpenQuestion.Extent(q.Id, sides[i], p.Start + from, p.Start + to, cue!, claims.Count - 1));
                            continue;
                        }
                        if (position == null) continue;
                        any = true;
                        claims.Add(new IncidentClaim(record, sides[i], record.Speaker, q.Id, position, cue, negated, text, p.Start + sentenceStart, line));
                        if (yields) (yielding ??= new List<int>()).Add(claims.Count - 1);
                    }
                    // "Q: So was the shelling deliberate? ¶ A: I would say we cannot rule it out.": an interview answer says the
                    // question of the turn before it, on the questions its own words left unanswered (the scope is filled with the
                    // question's paragraph: the next source fills it again for its own)
                    if (TurnQuestion(scope, a, context, party) is { } asked)
                    {
                        scope = ParagraphScope.For(asked.Paragraph);
                        ranges.Clear();
                        _toldFrom.Clear();
                        ranges.Add((asked.From, asked.To));
                        rangeTexts.Clear();
                        rangeTexts.Add(scope.Cut(asked.From, asked.To));
                        _pronouns.Clear();
                        _pronouns.Add(null);
                        candidates.Clear();
                        if (rangeHits.Count == 0) rangeHits.Add(new LiteralHits());
                        if (rangeCandidates.Count == 0) rangeCandidates.Add(new List<CompiledCue>());
                        foreach (var c in _cues.Candidates(rangeTexts[0], party, rangeHits[0], rangeCandidates[0]))
                            if (!candidates.Contains(c)) candidates.Add(c);
                        for (int qi = 0; qi < _cues.Questions.Count; qi++)
                        {
                            var q = _cues.Questions[qi];
                            if (AnsweredBefore(claims, firstClaim, q.Id)) continue;
                            var position = Position(q, candidates, rangeCandidates, rangeHits, scope, scope.Words, ranges, rangeTexts, party, (asked.From, asked.To, asked.Deny), -1, out var cue, out var negated, out _, out var open);
                            if (open || position == null) continue;
                            any = true;
                            claims.Add(new IncidentClaim(record, sides[i], record.Speaker, q.Id, position, cue, negated, text, p.Start + sentenceStart, line));
                        }
                    }
                }
                else if (notSaid && party != null && _cues.HasOpen && document.IsAboutIncident)
                {
                    // OpenQuestion: "… said the patrol came under fire, but she would not say where the fire had come from": the
                    // refusal is no claim, and its words leave the question open for what its speaker says in the paragraph
                    var words = p.Text.Substring(from, to - from);
                    foreach (var c in _cues.Candidates(words, party))
                    {
                        if (!c.Open) continue;
                        var m = c.Match(words, 0, null);
                        if (!m.Success || !PositionCues.Counts(c, m)) continue;
                        (leftOpen ??= new List<OpenQuestion.Extent>()).Add(new OpenQuestion.Extent(c.Question.Id, sides[i], p.Start, p.Start + p.Text.Length, m.Value, -1, record.Speaker));
                    }
                }
                if (!any)
                    claims.Add(new IncidentClaim(record, sides[i], record.Speaker, null, null, null, false, text, p.Start + sentenceStart, line));
            }
            // the thread's scope keeps no paragraph of this document
            if (scope != null) ParagraphScope.Release();
            _rangeHitsOfThread = rangeHits;
            if (leftOpen != null) OpenQuestion.Reported(claims, leftOpen);
            return yielding == null ? claims : YieldToOwnWord(claims, yielding);
        }

        /// <summary>
        /// A position read only through cues that yield (<see cref="CueDefinition.Yields"/>: "NATO had been given the
        /// coordinates", said by the side that gave them) gives way where the same side takes the question's other position in
        /// the document through a cue that does not ("we were never told of the operation"): that claim keeps its words and
        /// speaker and loses the position (and is dropped when the same attribution keeps a position on another question).
        /// </summary>
        private static List<IncidentClaim> YieldToOwnWord(List<IncidentClaim> claims, List<int> yielding)
        {
            var drop = new HashSet<int>();
            foreach (var y in yielding)
            {
                var c = claims[y];
                for (int j = 0; j < claims.Count; j++)
                {
                    var o = claims[j];
                    if (j == y || yielding.Contains(j) || o.Question != c.Question || o.Position == null || o.Position == c.Position ||
                        !string.Equals(o.Party, c.Party, StringComparison.Ordinal)) continue;
                    drop.Add(y);
                    break;
                }
            }
            if (drop.Count == 0) return claims;
            var kept = new List<IncidentClaim>(claims.Count);
            for (int j = 0; j < claims.Count; j++)
            {
                if (!drop.Contains(j)) { kept.Add(claims[j]); continue; }
                var c = claims[j];
                // the attribution keeps one claim without a position unless it has another claim left
                bool other = false;
                foreach (var k in kept) other |= k.SameAttribution(c);
                for (int x = j + 1; x < claims.Count && !other; x++) other = !drop.Contains(x) && claims[x].SameAttribution(c);
                if (!other) kept.Add(c.WithoutPosition());
            }
            return kept;
        }

        /// <summary>The indexes of the attributions by their content's start, then in the order found.</summary>
        private static int[] InContentOrder(IReadOnlyList<FoundAttribution> found)
        {
            var order = new int[found.Count];
            for (int i = 0; i < order.Length; i++) order[i] = i;
            Array.Sort(order, (x, y) => found[x].Content.Start != found[y].Content.Start ? found[x].Content.Start.CompareTo(found[y].Content.Start) : x.CompareTo(y));
            return order;
        }

        /// <summary>
        /// The party of each attribution of a document (by its index in the context's attributions), decided once for its claims
        /// and its quotations alike: the manifest's side <see cref="PartyOf"/> reads from the speaker, the mention's words and
        /// the chain of earlier speakers; else a country no party of the manifest names, which the speaker resolver gave the
        /// speaker ("Chinese Foreign Ministry spokeswoman Eva Dorn" when no party stands for the others); without a manifest's
        /// parties, the party the country and organisation tables give the speaker.
        /// </summary>
        private string?[] Sides(AttributionContext context, int[] order)
        {
            var found = context.Found;
            var text = context.Document.Document.SourceText;
            var chain = new Chain();
            var partyOf = new PartyDefinition?[found.Count];
            var decided = new Dictionary<FoundAttribution, PartyDefinition?>();
            var ofSpeaker = new Dictionary<Entity, PartyDefinition?>();
            var turns = context.Turns;
            var findings = new NamedFindings(context.Document);
            // the side of the country the document reports from, for a bare office named in a speaker's words
            var homeSide = context.Home != null && _parties.Parties.Count > 0 ? context.Parties.MapCountry(context.Home) : null;
            var noSide = context.Parties.NoSide;
            // (the document's people whose names hold a manifest person's last name: "Imran Khan", "Malik Sher Bahadur")
            var bearers = new SurnameBearers(found);
            // (the offices of a place the document names with no name after them: "The Governor of Khyber Pakhtunkhwa visited …")
            var placeOffices = _parties.Parties.Count > 0 ? OfficesOfPlaces(context.Document) : null;
            foreach (var i in order)
            {
                decided[found[i]] = partyOf[i] = PartyOf(found[i], new RecordView(found[i], text), chain, decided, ofSpeaker, turns, findings, homeSide, noSide, bearers, placeOffices, context.Parties);
                // (not "we" or "I": one entity stands for every first person of the document, whose turns and quotations
                // belong to different speakers: "CLARK: We took fire … ¶ ABBAS: We do not accept …" are two sides)
                if (partyOf[i] != null && found[i].Speaker is { IsFirstPerson: false } e && !ofSpeaker.ContainsKey(e)) ofSpeaker[e] = partyOf[i]!;
                if (partyOf[i] != null) chain.Speaker = found[i].Speaker;
            }
            var names = new string?[partyOf.Length];
            for (int i = 0; i < names.Length; i++)
                names[i] = partyOf[i]?.Name ?? (found[i].Speaker?.Party is { } country && _parties.Find(country) == null ? country : null);
            return names;
        }

        /// <summary>
        /// What the sides read of an attribution's record (<see cref="AttributionFinder.Records"/>), taken from the attribution
        /// itself: its speaker's party, and its cue and content cut from the text only when asked (the quotations' sides build
        /// no records).
        /// </summary>
        private readonly struct RecordView
        {
            private readonly FoundAttribution _a;
            private readonly string _text;

            public RecordView(FoundAttribution a, string text)
            {
                _a = a;
                _text = text;
            }

            /// <summary>The record's party: the speaker's.</summary>
            public string? Party => _a.Speaker?.Party;

            /// <summary>The record's cue: the root's cue words as the text has them.</summary>
            public string? Cue => _a.Root.Cue is { } c ? _text.Substring(c.Start, c.Length) : null;

            /// <summary>The record's content as the text has it.</summary>
            public string Content => _text.Substring(_a.Content.Start, _a.Content.Length);
        }

        /// <summary>
        /// The sides of a document's attributions for its quotations (<see cref="QuoteFinder"/>): the ones its claims have,
        /// computed once per attribution run; null without parties, where a quotation keeps the party the country and
        /// organisation tables give its speaker, as the claims do.
        /// </summary>
        internal static string?[]? SidesOf(AttributionContext context)
        {
            if (context.PartyList.Length == 0) return null;
            if (context.Sides != null) return context.Sides;
            var lexicon = AccountLexicon.Default;
            var manifest = CompiledManifest.ForParties(context.PartyList, lexicon);
            var reader = new ClaimReader(lexicon, manifest.Parties, manifest.Cues);
            return context.Sides = reader.Sides(context, InContentOrder(context.Found));
        }

        /// <summary>The paragraph range [from, to) an attribution covers: its content, and its source and cue where they stand in the same paragraph.</summary>
        private static (int From, int To) Extent(FoundAttribution a)
        {
            var p = a.Paragraph;
            int from = a.Content.Start - p.Start, to = a.Content.End - p.Start;
            // a quotation that continues another has only its own words; the cue counts where it stands in
            // the content's sentence, the source where it stands right before the cue ("Pakistan rejected …")
            if (a.ContinuesFrom == null && a.SourceParagraph == p && a.Cue is { } c && SameSentence(p, c.Start - p.Start, from))
            {
                from = Math.Min(from, c.Start - p.Start);
                to = Math.Max(to, c.End - p.Start);
                if (a.SourceSpan is { } s && s.End <= c.Start && c.Start - s.End <= AdjacentSource && SameSentence(p, s.Start - p.Start, from))
                    from = Math.Min(from, s.Start - p.Start);
            }
            from = Math.Max(0, from);
            to = Math.Min(p.Text.Length, Math.Max(to, from));
            return (from, to);
        }

        private static bool SameSentence(AnalysedParagraph p, int x, int y) => p.SentenceAt(x) == p.SentenceAt(y);

        /// <summary>The file offset of an attribution's cue, int.MaxValue when it has none.</summary>
        private static int CueAt(FoundAttribution a) => a.Cue is { } c ? c.Start : int.MaxValue;

        /// <summary>Where the attribution's own cue starts in its paragraph (the offsets of the claim's ranges), or -1 when it stands in another.</summary>
        private static int OwnCueAt(FoundAttribution a) => a.Cue is { } c && a.SourceParagraph == a.Paragraph ? c.Start - a.Paragraph.Start : -1;

        /// <summary>A claim's text is its sentence, but at most this many characters around what the source says (a run-on paragraph is no sentence).</summary>
        private const int MaxText = 2000;

        /// <summary>How far (in characters) a source may stand before its cue and still count as part of what it says ("Pakistan has repeatedly said").</summary>
        private const int AdjacentSource = 24;

        /// <summary>
        /// Where, inside an attribution's extent, another source's report begins: the start of the source
        /// of another attribution whose cue stands after this one's inside the extent ("the Pakistani
        /// military reported that they were under attack, Clark said": Clark's claim stops before the
        /// military's report) when that source is of another side or an unresolved "they", "he", "she".
        /// </summary>
        private static int CutAtOtherReport(FoundAttribution a, PartyDefinition party, PartyDefinition?[] partyOf, IReadOnlyList<FoundAttribution> found, List<int> paragraph, int from, int to)
        {
            var p = a.Paragraph;
            int own = a.Root.Cue is { } c && a.Root.SourceParagraph == p ? c.Start - p.Start : a.Content.Start - p.Start;
            int cut = to;
            // the paragraph's attributions are in the order of their cues: a binary search finds the first inside the range
            int lo = 0, hi = paragraph.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) / 2;
                if (CueAt(found[paragraph[mid]]) < p.Start + from) lo = mid + 1; else hi = mid;
            }
            for (int x = lo; x < paragraph.Count && CueAt(found[paragraph[x]]) < p.Start + to; x++)
            {
                int j = paragraph[x];
                var b = found[j];
                if (ReferenceEquals(b, a) || b.ContinuesFrom != null || b.Cue is not { } bc || b.SourceParagraph != p || b.SourceSpan is not { } bs) continue;
                // "dismissed the American suggestion that …": a side's owned account is read where its claim noun stands
                // (OthersClaimNounAt), which keeps the speaker's rejection of it the speaker's
                if (Attribution.Rules.OwnedStatement.IsSideAccount(b)) continue;
                // "The American report blames …, he said", "he said the American report blames …": a report whose source and cue
                // stand inside what the speaker says is the other side's from its source on, even before the speaker's cue or where
                // it opens the speaker's words (not a report said not to be made, "Pakistan says NATO did not inform it", whose
                // words up to the verb are the speaker's own)
                bool inside = bs.Start >= a.Content.Start && bc.End <= a.Content.End && !NegatedReport(b);
                int cueAt = bc.Start - p.Start, sourceAt = Math.Min(bs.Start, bc.Start) - p.Start;
                if ((cueAt <= own && !inside) || cueAt < from || cueAt >= to) continue;
                var other = partyOf[j];
                bool anotherSide = other != null && !ReferenceEquals(other, party);
                bool unresolved = other == null && b.Source is { IsPronoun: true } pm && Lexicon.Is(pm.Determiner, WordClass.PersonPronoun);
                if (!(anotherSide || unresolved)) continue;
                // "Pakistan says NATO did not inform it of the operation": a report the other side is said not to have made is
                // the speaker's own word about that side up to its verb; only what follows the verb is not the speaker's
                int at = NegatedReport(b) ? bc.End - p.Start : sourceAt;
                if ((sourceAt > from || inside) && at < cut) cut = at;
            }
            return cut;
        }

        /// <summary>True when the cue of <paramref name="b"/> is negated ("did not inform", "never told"): its source is said not to have spoken.</summary>
        private static bool NegatedReport(FoundAttribution b) =>
            b.Root.CueWords != null && b.Root.SourceTokens != null && Attribution.Rules.ReportedSpeech.IsNegatedCue(b.Root.SourceTokens, b.Root.CueWords.Start);

        /// <summary>
        /// "U.S. officials said they do not believe the raid was aimed at …", "the minister said he believed it was an error": a verb
        /// of thinking (reporting-verbs.txt 'thought') whose subject is the speaker's own pronoun, "they" of a plural source or "he"
        /// or "she" of a person of that gender (or of none known), gives the speaker's own belief, not another's report. ("The
        /// general said they believed …", "they" of a single speaker, stays another's.)
        /// </summary>
        private static bool IsSpeakersOwnThought(FoundAttribution a, string pronoun, Token verb)
        {
            if (CueLexicon.Verb(verb.Lower) is not { } cue || !cue.Has(VerbTag.Thought)) return false;
            if (Lexicon.Is(pronoun, WordSense.ThirdPlural)) return a.Speaker is { Plural: true };
            return IsPersonsOwnPronoun(a, pronoun);
        }

        /// <summary>"he" or "she" that may stand for the speaker: a single person of that gender, or of none known.</summary>
        private static bool IsPersonsOwnPronoun(FoundAttribution a, string pronoun) =>
            Lexicon.Is(pronoun, WordClass.GenderedPronoun) && a.Speaker is { IsIndividual: true, Plural: false } sp &&
            (sp.Gender == '\0' || sp.Gender == (Lexicon.IsAsWritten(pronoun, WordGroup.MasculinePronoun) ? 'm' : 'f'));

        /// <summary>
        /// Where what the speaker reports another side as saying begins inside [from, to): the first
        /// reporting verb (not the attribution's own cue) whose subject is "they", "he", "she" or words
        /// that name another side ("“They claim that Northland fired first,” Berg said": Berg's claim
        /// stops at "claim"); <paramref name="to"/> when there is none. Reads inside quotations too.
        /// </summary>
        private int ReportedOfOthersFrom(ParagraphScope scope, FoundAttribution a, PartyDefinition party, int from, int to, bool ownPersonBefore = false)
        {
            var words = scope.Words;
            var p = a.Paragraph;
            int own = a.Root.Cue is { } c && a.Root.SourceParagraph == p ? c.Start - p.Start : -1;
            // "The American report, he explained, puts the blame on …": a report set between the source and its own cue interrupts
            // the source's clause (the grammar read the source's subject across it); what follows the cue is still the source's
            int asideFrom = own >= 0 && a.Root.SourceSpan is { } ss && a.Root.SourceParagraph == p && ss.End - p.Start <= own ? ss.End - p.Start : own;
            for (int v = Negation.IndexAt(words, from); v >= 0 && v < words.Count && words[v].Start < to; v++)
            {
                var t = words[v];
                if (!t.IsWord || t.Start == own || !t.IsLowerWord) continue;
                if (t.Start >= asideFrom && t.Start < own) continue;
                // (most words are no conjunction of time, claim noun or reporting verb: one look-up passes them over)
                if (!_lexicon.ReportOpeningWords.Contains(t.Lower)) continue;
                // "said it stood by the inquiry, three days after the Southern army issued a rejection of its findings": a clause
                // of time set off by a comma, whose own subject names another side, dates the report by that side's act
                if (TimedClauseOfOthers(scope, words, v, from, to, party) is var peg && peg >= 0) return peg;
                // "said the Southern report's claim of an unprovoked attack was an excuse": a claim noun owned by another side
                // opens that side's account, unless the sentence calls it false ("the Southern claim that … was false")
                if (OthersClaimNounAt(scope, words, v, from, to, party)) return t.Start;
                // "Analysts said the army's rejection of the findings made talks unlikely": a stance noun owned by another is the
                // owner's stance, not the speaker's
                if (OthersStanceNounAt(scope, words, v, from, party)) return t.Start;
                // "Analysts say the Pentagon stands by its findings": a verb of holding to a thing whose named subject is of another side
                // is that side's stance, not the speaker's
                if (OthersStanceVerbAt(scope, words, v, from, to, party)) return t.Start;
                // ("never accepted the American claim that …": the noun of a claim is no verb of its owner's)
                if (Negation.IsClaimNounOfPhrase(words, v, _lexicon)) continue;
                if (_lexicon.ReportingVerb(t.Lower) == null && CueLexicon.Verb(t.Lower) is not { IsSpeech: true } && !PhrasalClaimAt(words, v) && !_lexicon.PassingVerbs.Contains(t.Lower)) continue;
                if (CueLexicon.IsIngOfVerb(t)) continue;
                // a verb in use, not a noun of the same spelling ("the NATO attack was …")
                int lo = v, hi = v;
                while (lo > 0 && words[lo - 1].Start >= from) lo--;
                while (hi < words.Count && words[hi].Start < to) hi++;
                // (a verb of passing word on is no cue of the rules: in use unless a form of "be" makes it a passive, "was conveyed")
                if (_lexicon.PassingVerbs.Contains(t.Lower) ? v > 0 && words[v - 1].Has(WordClass.FiniteBe)
                                                            : Attribution.Rules.ReportedSpeech.FiniteVerbAt(words, v, lo, hi) == null)
                {
                    // "whatever the report says, Rawalpindi will reject it": a verb of claim after its modal or auxiliary of the active
                    // ("will", "did not"; not "been" or "had" of a passive or a perfect: "the coalition had been told") that reads as no
                    // cue (an object, no clause), whose named subject is of another side, is that side's stance, not the speaker's
                    if (v > 0 && words[v - 1].IsLowerWord && words[v - 1].Has(WordTag.Finite | WordTag.Negation) && !words[v - 1].Has(WordClass.Be) &&
                        !words[v - 1].Has(WordClass.PerfectAuxiliary) && _lexicon.ReportingVerb(t.Lower) != null &&
                        OthersStanceVerbAt(scope, words, v, from, to, party, anyVerb: true)) return t.Start;
                    continue;
                }
                int i = v - 1;
                // 'told reporters that Washington had "accepted its mistake"': a quotation that opens at the verb leaves the verb's
                // subject and auxiliaries before its mark, where they are read as for the verb unquoted (only a subject that names
                // another side, below: a quoted verb after a pronoun stays as it was)
                bool quoted = i > 0 && words[i].Kind == TokenKind.Punct && words[i].Text == "\"" && InsideQuotation(words, v);
                if (quoted) i--;
                bool modal = false, denied = false;
                while (true)
                {
                    while (i >= 0 && words[i].IsWord && words[i].IsLowerWord && words[i].Has(WordTag.Finite | WordTag.CueAdverb | WordTag.Negation))
                    {
                        denied ^= words[i].Has(WordTag.Negation);
                        modal |= _lexicon.Modals.Contains(words[i--].Lower);
                    }
                    // "Washington had, for its part, conveyed that …": an aside between commas stands between the verb and its subject
                    int aside = CommaAsideBefore(words, i, from);
                    if (aside < 0) break;
                    i = aside - 1;
                }
                // "they must tell us what their losses were": an obligation, not a report of what they said
                if (modal) continue;
                if (i < 0 || !words[i].IsWord || words[i].Start < from) continue;
                var w = words[i].Lower;
                // "Rasmussen wrote … for what he called a tragic incident": outside a quotation, "he" or "she"
                // naming in a relative clause of a person's own report is that person (inside one, the speaker
                // would say "I")
                if (Lexicon.Is(w, WordClass.GenderedPronoun) && a.Speaker is { Kind: EntityKind.Person } && i > 0 && words[i - 1].IsWord
                    && words[i - 1].Has(WordClass.OwnWordsLead) && !InsideQuotation(words, i)) continue;
                // "The investigating officer concluded that … ¶ He found no intention …": "he" or "she" opening a sentence
                // continues the last person who spoke, when that person is of the speaker's own side
                if (Lexicon.Is(w, WordClass.GenderedPronoun) && ownPersonBefore && (i == 0 || !words[i - 1].IsWord && words[i - 1].Start < from || words[i - 1].Is(".")) && !InsideQuotation(words, i)) continue;
                // "Abbas said he would not accept that it had been an accident": "he" or "she" refusing with a verb of accepting, in a
                // person's own report, is that person's refusal (a stance, not another's report), read by Negation; so is "he found it
                // hard to believe that …", a verb of finding with "it", an adjective and "to": the person's own view, not a finding
                if (IsPersonsOwnPronoun(a, w) && (Negation.IsRefusal(words, v, _lexicon) || Negation.IsJudgingFrame(words, v, _lexicon)) && !InsideQuotation(words, i)) continue;
                // "American officials are saying what they said in Washington: that …": "they" naming in a free relative of a plural
                // speaker's own words is that speaker, as "what he called" is a person's
                if (Lexicon.Is(w, WordSense.ThirdPlural) && a.Speaker is { Plural: true } && i > 0 && words[i - 1].IsWord
                    && words[i - 1].Has(WordClass.OwnWordsLead) && !InsideQuotation(words, i)) continue;
                if (quoted && Lexicon.Is(w, WordClass.PersonPronoun)) continue;
                // "U.S. officials said they do not believe the raid was aimed at …": the speaker's own belief, not another's report
                if (IsSpeakersOwnThought(a, w, t) && !InsideQuotation(words, i)) continue;
                if (Lexicon.Is(w, WordClass.PersonPronoun)) return denied ? t.End : t.Start;
                // "Sir, their spokesman said, and I am reading, "We did not …"": a person named only as "their" one, in a single
                // speaker's words, is of those others, as "they said" is
                if (IsTheirPersonSubject(a, words, i, from)) return denied ? t.End : t.Start;
                // "rejected the results of the U.S. inquiry, which found that …": a report in a relative clause after the cue is
                // the relative pronoun's antecedent's, never the source's, unless that antecedent names the source's own side
                if (t.Start > own && IsRelativeSubject(words, i) && !NamesOnly(scope, AntecedentBefore(words, i, Math.Max(from, own + 1)), words[i].Start, party)) return t.Start;
                // "… said the American account, which holds that …, had been rejected": before the cue too, when the antecedent
                // names another side and not the source's own (the source's own relative clause stays its words: "the army,
                // which has long maintained that …, said")
                if (t.Start < own && IsRelativeSubject(words, i) && NamesOnlyOthers(scope, AntecedentBefore(words, i, from), words[i].Start, party)) return t.Start;
                // another side named just before the verb (up to five words of its subject)
                int first = i;
                while (first > 0 && i - first < 4 && words[first - 1].IsWord && words[first - 1].Start >= from && !words[first - 1].Has(WordTag.Opener)) first--;
                var subject = scope.Cut(words[first].Start, words[i].End);
                var named = _parties.Mentions(subject);
                if (!OnlyOtherSides(named, party)) continue;
                // "nobody from the coalition told us …", "no one at NATO had warned Pakistan": a subject of nobody (words.txt
                // nil-subject) makes no report at all; the clause is the speaker's word
                if (NilSubjectAmong(words, first, i)) continue;
                // "NATO had not informed its officers": a report another side is said not to have made is the speaker's word up to its verb
                return denied ? t.End : t.Start;
            }
            return to;
        }

        /// <summary>How many words the teller of a report told to the speaker's side may hold before its verb ("a Southern liaison officer at a border coordination post").</summary>
        private const int TellerWords = 10;

        /// <summary>How many words a listener named after a verb of telling may hold ("their Northern counterparts at the post").</summary>
        private const int ListenerWords = 6;

        /// <summary>
        /// "They said the Southern officer told them there were no Southern troops in the area", "… checked with a Southern officer,
        /// who told them …": where the speaker's words are cut at another's report (<paramref name="cut"/>) whose verb is one of
        /// telling (accounts-stance.txt nested-telling), right after its teller, and whose listener is the speaker or the speaker's
        /// own side ("them" of a plural speaker outside a quotation, "us" inside one, or words up to a listener-end that name only the
        /// speaker's side: "told the Northern officers that …"), the offset of that verb: the speaker's account of what it was
        /// told, which the cues that open with the verb read. -1 when there is none: a listener of no side or of another ("told
        /// reporters", "told the Southern army"), a telling denied ("never told them"), a claim noun or another report between
        /// the cut and the verb. The teller's own claim is not touched: its words stay its own.
        /// </summary>
        private int ToldToOwnSide(ParagraphScope scope, FoundAttribution a, PartyDefinition party, int cut, int to)
        {
            var words = scope.Words;
            int v = Negation.IndexAt(words, cut);
            if (v < 0) return -1;
            for (int n = 0; ; v++, n++)
            {
                if (v >= words.Count || words[v].Start >= to || n > TellerWords) return -1;
                // ("a Southern officer, who told them …": the comma before the teller's relative pronoun)
                if (!words[v].IsWord && !(words[v].Is(",") && v + 1 < words.Count && words[v + 1].Has(WordTag.Relative))) return -1;
                if (_lexicon.NestedTelling.Contains(words[v].Lower)) break;
                if (_lexicon.ReportOpeningWords.Contains(words[v].Lower) || words[v].Has(WordTag.Negation)) return -1;
            }
            int l = v + 1;
            if (l >= words.Count || words[l].Start >= to || !words[l].IsWord) return -1;
            if (words[l].Has(WordTag.ObjectPronoun))
            {
                bool speakers = Lexicon.Is(words[l].Lower, WordSense.ThirdPlural) ? a.Speaker is { Plural: true } && !InsideQuotation(words, l)
                                                                                   : words[l].Has(WordClass.FirstPersonPlural) && InsideQuotation(words, l);
                return speakers ? words[v].Start : -1;
            }
            int end = l;
            while (end < words.Count && words[end].Start < to && words[end].IsWord && !_lexicon.ListenerEnds.Contains(words[end].Lower))
                if (++end - l > ListenerWords) return -1;
            if (end == l || end >= words.Count || words[end].Start >= to || !_lexicon.ListenerEnds.Contains(words[end].Lower)) return -1;
            return NamesOnly(scope, words[l].Start, words[end - 1].End, party) ? words[v].Start : -1;
        }

        /// <summary>How many words an aside between commas may hold between a subject and its verb ("for its part", "in turn").</summary>
        private const int SubjectAsideWords = 4;

        /// <summary>
        /// The comma that opens an aside closed by the comma at <paramref name="i"/> ("Washington had, for its part, conveyed"): up
        /// to <see cref="SubjectAsideWords"/> words between two commas, not before <paramref name="from"/>, that the grammar reads
        /// as an aside (no verb or subject pronoun of their own: ReportedSpeech.IsAside); -1 when none.
        /// </summary>
        private static int CommaAsideBefore(IReadOnlyList<Token> words, int i, int from)
        {
            if (i < 1 || !words[i].Is(",")) return -1;
            for (int k = i - 1, n = 0; k >= 0 && words[k].Start >= from; k--)
            {
                if (words[k].Is(",")) return n > 0 && Attribution.Rules.ReportedSpeech.IsAside(words, k + 1, i) ? k : -1;
                if (!words[k].IsWord || ++n > SubjectAsideWords) return -1;
            }
            return -1;
        }

        /// <summary>
        /// True when the subject ending at <paramref name="i"/> is "their" and one lower-case noun ("their spokesman", "their
        /// ambassador"; words.txt third-plural possessive) within [<paramref name="from"/>, …) and the speaker is one person: a
        /// single speaker's "their" names others, not the speaker's own side ("Pakistani officials said their spokesman …", a
        /// plural speaker, stays).
        /// </summary>
        private static bool IsTheirPersonSubject(FoundAttribution a, IReadOnlyList<Token> words, int i, int from) =>
            a.Speaker is { Plural: false } && i > 0 && words[i].IsWord && words[i].IsLowerWord && !words[i].Has(WordTag.Function) &&
            words[i - 1].IsWord && words[i - 1].Start >= from && Lexicon.Is(words[i - 1].Lower, WordSense.ThirdPlural) && words[i - 1].Has(WordTag.Possessive);

        /// <summary>True when a word of nobody ("nobody", "no one", "none"; words.txt nil-subject) stands among the words [first, last].</summary>
        private static bool NilSubjectAmong(IReadOnlyList<Token> words, int first, int last)
        {
            for (int k = Math.Max(0, first); k <= last && k < words.Count; k++)
                if (words[k].IsWord && Lexicon.Is(words[k].Lower, WordSense.NilSubject)) return true;
            return false;
        }

        /// <summary>How many words the subject of a clause of time may run before its verb ("the Southern army's press office issued").</summary>
        private const int TimedSubjectWords = 5;

        /// <summary>
        /// The offset of the comma before ", three days after the Southern army issued …" when the word at <paramref name="v"/> is
        /// a subordinating conjunction of time (scope-end in accounts-stance.txt) after a time word and its count or article,
        /// set off by that comma, and the clause's subject, before its first verb, names one or more sides and none is
        /// <paramref name="party"/>; else -1. Such a clause is the writer's dating of the report by what another side did,
        /// not the speaker's words.
        /// </summary>
        private int TimedClauseOfOthers(ParagraphScope scope, IReadOnlyList<Token> words, int v, int from, int to, PartyDefinition party)
        {
            if (!_lexicon.ScopeEnds.Contains(words[v].Lower) || v < 3) return -1;
            int k = v - 1;
            if (!words[k].IsWord || !words[k].Has(WordTag.Time)) return -1;
            k--;
            if (k >= 0 && words[k].IsWord && !words[k].Has(WordClass.Quantifier | WordClass.IndefiniteArticle) && !Attribution.SpeakerResolution.HasDigit(words[k].Text)) return -1;
            if (k < 1 || !words[k - 1].Is(",") || words[k - 1].Start < from) return -1;
            int comma = k - 1, end = v + 1;
            while (end < words.Count && words[end].IsWord && words[end].Start < to && end - v <= TimedSubjectWords &&
                   !(words[end].IsLowerWord && (CueLexicon.IsEdForm(words[end]) || words[end].Has(WordTag.Finite) || words[end].Has(WordGroup.IrregularPast))))
                end++;
            if (end == v + 1 || end >= words.Count || !words[end].IsWord) return -1;
            return NamesOnlyOthers(scope, words[v + 1].Start, words[end - 1].End, party) ? words[comma].Start : -1;
        }

        /// <summary>
        /// True when the word at <paramref name="v"/> is a claim noun (accounts-negations.txt "claim-noun:") before "of" or "that"
        /// whose owner, the words of its noun phrase before it ("the Southern report's", "the Southern", "the inquiry's"), names
        /// only sides other than <paramref name="party"/>, or no side but with a possessive, and neither a rejecting verb, a flat
        /// negator or a refused verb of accepting ("never accepted", "refused to accept") before it nor a falsity word after it in
        /// the clause makes it the speaker's denial (Negation reads those).
        /// </summary>
        private bool OthersClaimNounAt(ParagraphScope scope, IReadOnlyList<Token> words, int v, int from, int to, PartyDefinition party)
        {
            var t = words[v];
            if (!_lexicon.ClaimNouns.Contains(t.Lower) || v + 1 >= words.Count || !words[v + 1].IsWord
                || !(words[v + 1].Has(WordGroup.Complementizer) || words[v + 1].Has(WordGroup.OfComplement))) return false;
            // the owner: back to the phrase's determiner, up to five words
            int first = v, det = -1;
            for (int k = v - 1, n = 0; k >= 0 && n < 5 && words[k].Start >= from; k--)
            {
                if (!words[k].IsWord) break;
                n++;
                if (words[k].IsLowerWord && words[k].Has(WordClass.PhraseDeterminer)) { det = k; break; }
                first = k;
            }
            if (det < 0 || first >= v) return false;
            // the owner names only other sides, or no side but is another's by a possessive ("the inquiry's claim of …")
            var named = _parties.Mentions(scope.Cut(words[first].Start, t.Start));
            if (NamesParty(named, party)) return false;
            if (named.Count == 0 && !Attribution.Rules.ReportedSpeech.IsPossessive(words[v - 1])) return false;
            for (int k = det - 1, n = 0; k >= 0 && n < 3 && words[k].IsWord; k--, n++)
                if (_lexicon.Rejecting.Contains(words[k].Lower) || words[k].Has(WordClass.FlatNegator) || Negation.IsRefusal(words, k, _lexicon)) return false;
            // "… was false", "is simply untrue": a falsity word after the claim's verb "be" (not one of its content: "claim of incorrect …")
            for (int k = v + 2; k < words.Count && words[k].Start < to; k++)
            {
                if (!words[k].IsWord) { if (words[k].Text == ";" || words[k].Text == ":" || words[k].Text == "." || words[k].Text == "?") break; continue; }
                if (!words[k].IsLowerWord || !words[k].Has(WordClass.FiniteBe)) continue;
                int j = k + 1;
                while (j < words.Count && words[j].IsWord && words[j].Has(WordClass.Intensifier)) j++;
                if (j < words.Count && Negation.StartsPhrase(words, j, _lexicon.Falsity) || Negation.IsScornfulVerdict(words, k, _lexicon)) return false;
            }
            return true;
        }

        /// <summary>How many modifiers may stand between a possessive and the stance noun it owns ("the army's detailed rejection").</summary>
        private const int StanceNounModifiers = 2;

        /// <summary>How many words before the possessive its owner's noun phrase may run ("the Northern army's"): a determiner and a few modifiers.</summary>
        private const int StanceNounOwnerWords = 4;

        /// <summary>
        /// True when the word at <paramref name="v"/> is a stance noun (accounts-stance.txt stance-noun: "rejection", "denial",
        /// "acceptance") owned by a possessive in "'s" right before it or before up to <see cref="StanceNounModifiers"/>
        /// modifiers ("the army's rejection of the findings", "Pakistan's point-by-point rejection"), whose noun phrase names
        /// no one of <paramref name="party"/>: the stance is the owner's, and what the speaker says of it ("made talks unlikely")
        /// takes no position. Not a pronoun's possessive ("its rejection": most often the speaker's own), nor a time's ("last
        /// week's rejection"), nor an owner of the speaker's side ("Pakistan's rejection", said by a Pakistani official).
        /// </summary>
        private bool OthersStanceNounAt(ParagraphScope scope, IReadOnlyList<Token> words, int v, int from, PartyDefinition party)
        {
            if (!_lexicon.StanceNouns.Contains(words[v].Lower)) return false;
            int k = v - 1;
            for (int n = 0; n < StanceNounModifiers && k >= 0 && words[k].Start >= from && words[k].IsLowerWord && !Possessive.EndsIn(words[k].Text) &&
                            !words[k].Has(WordTag.Determiner) && !words[k].Has(WordTag.Finite); n++) k--;
            if (k < 0 || words[k].Start < from || !words[k].IsWord) return false;
            // the possessive: "army's" as one word, or a name and its "'s" as two
            int owner = k;
            if (Possessive.IsSuffix(words[k].Text)) owner = k - 1;
            else if (!Possessive.EndsIn(words[k].Text)) return false;
            if (owner < 0 || words[owner].Start < from || !words[owner].IsWord) return false;
            var ownerWord = Possessive.Strip(words[owner].Lower);
            if (Lexicon.Is(ownerWord, WordTag.Pronoun) || Lexicon.Is(ownerWord, WordTag.Time) || Lexicon.Is(ownerWord, WordTag.Determiner)) return false;
            // the owner's noun phrase: back to its determiner, up to StanceNounOwnerWords words
            int first = owner;
            for (int j = owner - 1, n = 0; j >= 0 && n < StanceNounOwnerWords && words[j].IsWord && words[j].Start >= from; j--, n++)
            {
                if (words[j].IsLowerWord && words[j].Has(WordClass.PhraseDeterminer)) break;
                if (words[j].IsLowerWord && (words[j].Has(WordTag.Finite) || words[j].Has(WordGroup.Complementizer) || _lexicon.ReportingVerb(words[j].Lower) != null)) break;
                first = j;
            }
            return !NamesParty(_parties.Mentions(scope.Cut(words[first].Start, words[k].End)), party);
        }

        /// <summary>How many words the named subject of a stance verb may run back from the verb's auxiliaries ("the Northern army's press office").</summary>
        private const int StanceVerbSubjectWords = 5;

        /// <summary>
        /// True when the word at <paramref name="v"/> opens a stance verb (accounts-stance.txt stance-verb: "stands by", "stood
        /// behind", "upheld"; no other verb is so spelled), whose subject, the words right before it and its auxiliaries or adverbs, names
        /// one or more sides and none is <paramref name="party"/> ("Analysts say the Pentagon stands by its findings"): the stance is
        /// the subject's. Not a pronoun's ("they stand by it", most often the speaker's own), nor a subject of nobody. With
        /// <paramref name="anyVerb"/> the word at <paramref name="v"/> is taken as the verb whatever it is (a verb of claim after its
        /// modal: "Rawalpindi will reject it").
        /// </summary>
        private bool OthersStanceVerbAt(ParagraphScope scope, IReadOnlyList<Token> words, int v, int from, int to, PartyDefinition party, bool anyVerb = false)
        {
            var t = words[v];
            bool one = anyVerb || _lexicon.StanceVerbs.Contains(t.Lower);
            if (!one && !(v + 1 < words.Count && words[v + 1].IsLowerWord && _lexicon.StanceVerbs.Contains(t.Lower + " " + words[v + 1].Lower))) return false;
            if (!one && words[v + 1].Start >= to) return false;
            int i = v - 1;
            while (i >= 0 && words[i].IsWord && words[i].IsLowerWord && words[i].Has(WordTag.Finite | WordTag.CueAdverb | WordTag.Negation)) i--;
            if (i < 0 || !words[i].IsWord || words[i].Start < from || Lexicon.Is(words[i].Lower, WordClass.PersonPronoun)) return false;
            // the subject: back to its determiner, not across a verb, a "that" or a reporting verb ("officials said the Pentagon")
            int first = i;
            for (int j = i - 1, n = 1; j >= 0 && n < StanceVerbSubjectWords && words[j].IsWord && words[j].Start >= from && !words[j].Has(WordTag.Opener); j--, n++)
            {
                if (words[j].IsLowerWord && (words[j].Has(WordTag.Finite) || words[j].Has(WordGroup.Complementizer) || _lexicon.ReportingVerb(words[j].Lower) != null)) break;
                first = j;
                if (words[j].IsLowerWord && words[j].Has(WordClass.PhraseDeterminer)) break;
            }
            if (NilSubjectAmong(words, first, i)) return false;
            return OnlyOtherSides(_parties.Mentions(scope.Cut(words[first].Start, words[i].End)), party);
        }

        /// <summary>
        /// True when the attribution stands in someone else's turn (an interview's answer, a transcript's labelled turn) and its
        /// source is a bare envoy with no name and no side in its words (speaker-nouns.txt envoy: "A: The ambassador has asked to
        /// see me. I will see him."; not "our ambassador"): an envoy the speaker talks about, most often the other country's, whom the turn's side
        /// (through the chain of earlier speakers) does not make of the speaker's side. Not a pronoun of the third person, which
        /// the resolver most often reads right as the turn's speaker or the body the turn names.
        /// </summary>
        private static bool TalkedAboutInTurn(FoundAttribution a, Mention m, Dictionary<int, FoundAttribution> turns, int paragraph)
        {
            if (!turns.TryGetValue(paragraph, out var turn) || turn == a.Root || m.IsPronoun) return false;
            // ("Our ambassador has said it": the speaker's own side's envoy stays the turn's)
            return m.Kind == SourceKind.Description && m.Name == null && Lexicon.IsSpeakerNoun(Casing.Lower(m.Head), SpeakerNounTag.Envoy) &&
                   !SpeakerResolver.IsWritersPossessive(Casing.Lower(m.Determiner));
        }

        /// <summary>
        /// Where the speaker's own words go on after another side's report that begins at <paramref name="cut"/>: the "that" of a
        /// coordinated "and that" or "but that" ("Pakistan had rejected the report but that the Pentagon stood by its conclusions"),
        /// when no other "that" stands before it (after "Pakistan claimed that A", "and that B" may be Pakistan's too); or, inside
        /// the speaker's quotation, a first-person subject that opens a conjunct after a comma and "and" or "but" ("“They have
        /// apologised, and we have never said we accept their report,” he said": the speaker's own clause); -1 when none.
        /// </summary>
        private static int OwnClauseAfter(IReadOnlyList<Token> words, int cut, int to)
        {
            for (int i = Negation.IndexAt(words, cut); i >= 0 && i < words.Count && words[i].Start < to; i++)
            {
                var t = words[i];
                if (t.IsWord && t.Has(WordTag.FirstPerson) && t.Has(WordClass.SubjectPronoun) && i > 1 && words[i - 2].Is(",") && words[i - 2].Start >= cut &&
                    (Lexicon.Is(words[i - 1].Lower, WordClass.ListCoordinator) || words[i - 1].Has(WordClass.Contrast)) && InsideQuotation(words, i))
                    return t.Start;
                if (!t.IsWord || !t.Has(WordGroup.Complementizer)) continue;
                if (i > 0 && words[i - 1].IsWord && words[i - 1].Start >= cut && (Lexicon.Is(words[i - 1].Lower, WordClass.ListCoordinator) || words[i - 1].Has(WordClass.Contrast)))
                    return t.Start;
                return -1;
            }
            return -1;
        }

        /// <summary>How many words before a relative pronoun are read for the side its antecedent names ("the results of the American investigation, which").</summary>
        private const int AntecedentWords = 6;

        /// <summary>
        /// True when the word at <paramref name="i"/> is a relative pronoun that is the subject of the verb after it: "which", "who",
        /// or "that" after a noun or a comma ("the inquiry that found …"), not "that" after a verb, where it opens a clause or points.
        /// </summary>
        private static bool IsRelativeSubject(IReadOnlyList<Token> words, int i)
        {
            var r = words[i];
            if (!r.IsLowerWord || !r.Has(WordClass.SubjectRelative) || i == 0) return false;
            var before = words[i - 1];
            if (before.Is(",")) return true;
            if (!before.IsWord || before.Has(WordTag.Function | WordTag.Finite | WordTag.Time | WordTag.Calendar)) return false;
            return !r.Has(WordGroup.Complementizer) || !(before.Has(WordGroup.IrregularPast) || CueLexicon.IsEdForm(before) || CueLexicon.Verb(before.Lower) is { IsSpeech: true } && !CueLexicon.IsNounForm(before.Lower));
        }

        /// <summary>The paragraph offset where the antecedent of the relative pronoun at <paramref name="i"/> may start: up to <see cref="AntecedentWords"/> words back, not before <paramref name="floor"/>.</summary>
        private static int AntecedentBefore(IReadOnlyList<Token> words, int i, int floor)
        {
            int first = i;
            for (int k = i - 1, n = 0; k >= 0 && n < AntecedentWords && words[k].Start >= floor; k--)
            {
                if (!words[k].IsWord) { if (words[k].Is(",") && k == i - 1) continue; break; }
                n++;
                first = k;
            }
            return first < i ? words[first].Start : words[i].Start;
        }

        /// <summary>True when the words in [from, to) name one or more sides and none is <paramref name="party"/>.</summary>
        private bool NamesOnlyOthers(ParagraphScope scope, int from, int to, PartyDefinition party)
        {
            if (to <= from) return false;
            return OnlyOtherSides(_parties.Mentions(scope.Cut(from, to)), party);
        }

        /// <summary>
        /// True when the word at <paramref name="v"/> and the words right after it are a phrasal cue that reports a claim
        /// (reporting-verbs.txt "+ hold that": "the inquiry, which holds that …"), not the verb alone ("held talks").
        /// </summary>
        private static bool PhrasalClaimAt(IReadOnlyList<Token> words, int v)
        {
            foreach (var cue in Lexicon.PhrasalCues(words[v].Lower))
                if (cue.Has(VerbTag.Claim) && cue.Particle is { Length: > 0 } particle && CueLexicon.ParticleFollows(words, v, words.Count, particle)) return true;
            return false;
        }

        /// <summary>True when the words in [from, to) name one or more sides and every one is <paramref name="party"/>.</summary>
        private bool NamesOnly(ParagraphScope scope, int from, int to, PartyDefinition party)
        {
            if (to <= from) return false;
            var named = _parties.Mentions(scope.Cut(from, to));
            return named.Count > 0 && named.All(m => ReferenceEquals(m.Party, party));
        }

        /// <summary>
        /// When the attribution's content is a whole short answer (yes or no: "Apparently so.", "Certainly not."; affirm
        /// and deny in accounts-stance.txt) and its sentence puts the question before it ("Asked whether …, he replied"):
        /// the asked clause (paragraph offsets), and whether the answer denies it; else null.
        /// </summary>
        private (int From, int To, bool Deny)? ShortAnswer(ParagraphScope scope, FoundAttribution a, string? cue, int sentenceStart, PartyDefinition party)
        {
            var p = a.Paragraph;
            int cs = a.Content.Start - p.Start, ce = a.Content.End - p.Start;
            if (cs < 0 || ce > scope.Length) return null;
            // 'Asked whether …, he says: "We cannot rule it out. The posts were on their maps."': the answer is the content's first sentence
            ce = FirstSentenceEnd(scope.Words, cs, ce);
            if (ce - cs > MaxAnswer) return null;
            // the asking words first ("Asked whether"): most sentences have none, and then no answer's words need be read
            var words = scope.Words;
            int lead = -1;
            for (int i = Negation.IndexAt(words, sentenceStart); i >= 0 && i + 1 < words.Count && words[i].Start < cs; i++)
            {
                if (!words[i].IsWord || !(words[i].Has(WordClass.QuestionLead) && words[i].Has(WordTag.InterviewVerb)) || !words[i + 1].IsWord || !_lexicon.OpenWords.Contains(words[i + 1].Lower)) continue;
                lead = i;
                break;
            }
            if (lead < 0) return null;
            var answer = AnswerWords(scope.Cut(cs, ce));
            bool deny;
            if (_lexicon.Affirmations.Contains(answer)) deny = false;
            else if (_lexicon.Denials.Contains(answer)) deny = true;
            // "Asked whether the strike was deliberate, the general said his army could not rule that out": an answer whose
            // "that" points back to the question, after a subject of a few words
            else if (EndsWithAnswer(answer, _lexicon.AffirmingEnds)) deny = false;
            else if (EndsWithAnswer(answer, _lexicon.DenyingEnds)) deny = true;
            // "Asked whether …, he declined to rule it out": a refusal to rule the asked clause out
            else if (RefusesToRuleOut(a, cue, answer)) deny = false;
            else return null;
            int start = words[lead + 1].End, end = start;
            for (int k = lead + 2; k < words.Count && words[k].Start < cs; k++)
            {
                if (!words[k].IsWord && (words[k].Text == "," || words[k].Text == ":" || words[k].Text == ";" || words[k].Text == "." || words[k].Text == "?")) break;
                end = words[k].End;
            }
            // "Asked whether Southland would accept the report, he said no": the asked clause is another side's stance
            if (end > start && OthersStanceAsked(scope, words, lead + 2, Negation.IndexAt(words, end - 1) + 1, party)) return null;
            return end > start ? (start, end, deny) : null;
        }

        /// <summary>How many words the subject of an asked clause may hold before its verb ("the Southern army's high command").</summary>
        private const int AskedSubjectWords = 5;

        /// <summary>
        /// True when the asked clause of a question put for yes or no, from <paramref name="from"/> (after its opening auxiliary or
        /// its "whether") to <paramref name="to"/> (token indices), has a subject that names one or more sides, none of them
        /// <paramref name="party"/>, and then, after its auxiliaries and adverbs, a verb that reports a claim or holds to a thing
        /// (reporting-verbs.txt 'claim', accounts-stance.txt stance-verb): "Will Southland accept the inquiry?", "whether the
        /// Northern army would reject the report". The answer tells that side's stance as the speaker sees it, not the speaker's
        /// own: a position read from it would be the speaker's, so none is. ("Did the Southern troops fire first?" asks what
        /// happened, which the answer says for the speaker; "Do you accept …?" asks the speaker.)
        /// </summary>
        private bool OthersStanceAsked(ParagraphScope scope, IReadOnlyList<Token> words, int from, int to, PartyDefinition party)
        {
            if (from < 0 || from >= to || to > words.Count) return false;
            int k = from;
            // the subject: words up to the first lower-case finite word or verb of claim or stance
            while (k < to && k - from < AskedSubjectWords && words[k].IsWord && !(words[k].IsLowerWord && (words[k].Has(WordTag.Finite) || ClaimOrStanceVerbAt(words, k, to)))) k++;
            if (k == from || k >= to || !words[k].IsWord) return false;
            int subjectEnd = k - 1;
            while (k < to && words[k].IsWord && words[k].IsLowerWord && words[k].Has(WordTag.Finite | WordTag.CueAdverb) && !ClaimOrStanceVerbAt(words, k, to)) k++;
            if (k >= to || !words[k].IsLowerWord || !ClaimOrStanceVerbAt(words, k, to) || CueLexicon.IsIngOfVerb(words[k])) return false;
            if (NilSubjectAmong(words, from, subjectEnd) || Lexicon.Is(words[subjectEnd].Lower, WordClass.PersonPronoun)) return false;
            return OnlyOtherSides(_parties.Mentions(scope.Cut(words[from].Start, words[subjectEnd].End)), party);
        }

        /// <summary>True when a verb that reports a claim ("accept", "reject") or a stance verb ("stand by") opens at <paramref name="k"/>.</summary>
        private bool ClaimOrStanceVerbAt(IReadOnlyList<Token> words, int k, int to) =>
            _lexicon.ReportingVerb(words[k].Lower) != null || _lexicon.StanceVerbs.Contains(words[k].Lower) ||
            k + 1 < to && words[k + 1].IsLowerWord && _lexicon.StanceVerbs.Contains(words[k].Lower + " " + words[k + 1].Lower);

        /// <summary>True when a claim from <paramref name="first"/> on answers the question <paramref name="question"/>.</summary>
        private static bool AnsweredBefore(List<IncidentClaim> claims, int first, string question)
        {
            for (int c = first; c < claims.Count; c++)
                if (claims[c].Question == question) return true;
            return false;
        }

        /// <summary>
        /// "Q: So was the shelling deliberate? ¶ A: I would say we cannot rule it out. …": when the attribution is a turn of an
        /// interview or a transcript whose first sentence is a short answer (a whole yes or no, or an end whose "that" or "it" points
        /// back: affirm, deny, answer-affirm, answer-deny in accounts-stance.txt), and the paragraph right before it is another
        /// speaker's turn that ends with a question put for yes or no (its sentence opens with a finite auxiliary, after one
        /// connective at most: "Do you believe …?", "So was it …?"): that paragraph, the question's words in it (its offsets, the
        /// question mark left out), and whether the answer denies them; else null.
        /// </summary>
        private (AnalysedParagraph Paragraph, int From, int To, bool Deny)? TurnQuestion(ParagraphScope scope, FoundAttribution a, AttributionContext context, PartyDefinition party)
        {
            var p = a.Paragraph;
            var turns = context.Turns;
            if (a.ContinuesFrom != null || p.Index == 0 || !turns.TryGetValue(p.Index, out var turn) || turn != a.Root) return null;
            if (!turns.TryGetValue(p.Index - 1, out var before) || before == a.Root || before.Speaker != null && ReferenceEquals(before.Speaker, a.Speaker)) return null;
            int cs = a.Content.Start - p.Start, ce = a.Content.End - p.Start;
            if (cs < 0 || ce > scope.Length || ce <= cs) return null;
            ce = FirstSentenceEnd(scope.Words, cs, ce);
            if (ce - cs > MaxAnswer) return null;
            var answer = AnswerWords(scope.Cut(cs, ce));
            bool deny;
            if (_lexicon.Affirmations.Contains(answer) || EndsWithAnswer(answer, _lexicon.AffirmingEnds)) deny = false;
            else if (_lexicon.Denials.Contains(answer) || EndsWithAnswer(answer, _lexicon.DenyingEnds)) deny = true;
            else return null;
            // the question: the last sentence of the turn before, up to its question mark
            var q = context.Document.Paragraphs[p.Index - 1];
            var tokens = q.Tokens;
            int mark = tokens.Count - 1;
            if (mark < 1 || tokens[mark].Kind != TokenKind.Punct || tokens[mark].Text != "?") return null;
            int opening = Negation.SentenceOpening(tokens, mark);
            if (opening < 0) return null;
            int first = opening;
            if (tokens[first].Has(WordTag.Connective) && first + 1 < mark && tokens[first + 1].IsWord) first++;
            if (!tokens[first].Has(WordTag.Finite)) return null;
            // "Q: Will Southland accept the inquiry? ¶ A: No.": the speaker tells another side's stance, not the speaker's own
            // (not after a form of "be", whose subject is what is asked of: "Is the Southern claim true?")
            if (!tokens[first].Has(WordClass.Be) && OthersStanceAsked(ParagraphScope.For(q), tokens, first + 1, mark, party)) return null;
            return (q, tokens[opening].Start, tokens[mark - 1].End, deny);
        }

        /// <summary>
        /// The end of the first sentence of the words in [from, to) (paragraph offsets): the end of its first full stop, question
        /// or exclamation mark that a capitalised word or a quotation mark follows inside the range; else <paramref name="to"/>.
        /// </summary>
        internal static int FirstSentenceEnd(IReadOnlyList<Token> words, int from, int to)
        {
            for (int i = Negation.IndexAt(words, from); i >= 0 && i + 1 < words.Count && words[i].Start < to; i++)
            {
                var t = words[i];
                if (t.Kind != TokenKind.Punct || !(t.Text == "." || t.Text == "?" || t.Text == "!") || t.End >= to) continue;
                var next = words[i + 1];
                if (next.Start < to && next.IsWord && next.IsCapitalized) return t.End;
            }
            return to;
        }

        /// <summary>An answer's words: lower case, letters, digits and apostrophes, split by one space.</summary>
        private static string AnswerWords(string text)
        {
            var said = new StringBuilder(text.Length);
            foreach (var ch in text.ToLowerInvariant())
                if (char.IsLetterOrDigit(ch) || ch == '\'' || ch == '\u2019') said.Append(ch == '\u2019' ? '\'' : ch);
                else if (said.Length > 0 && said[said.Length - 1] != ' ') said.Append(' ');
            return said.ToString().Trim();
        }

        /// <summary>
        /// True when the attribution's cue is a verb of refusing and its whole content one that takes the question put before
        /// it as said ("declined to rule it out": refused-affirm in accounts-stance.txt).
        /// </summary>
        private bool RefusesToRuleOut(FoundAttribution a, string? cue, string? content) =>
            content != null && content.Length <= MaxAnswer && CueVerbOf(a, cue) is { } verb && verb.Has(VerbTag.Refusal) &&
            _lexicon.RefusedAffirmations.Contains(AnswerWords(content));

        /// <summary>
        /// The reporting verb of an attribution's cue: the grammar's reading, else the lexicon's verb of the cue's one word as
        /// the record has it ("declined" of a rule that keeps no reading of its cue); null for a cue of several words or none.
        /// </summary>
        private static ReportingVerb? CueVerbOf(FoundAttribution a, string? cue)
        {
            if (a.Root.CueVerb is { } verb) return verb;
            if (string.IsNullOrEmpty(cue)) return null;
            foreach (var ch in cue!) if (!char.IsLetter(ch)) return null;
            return Lexicon.AnyVerb(cue);
        }

        /// <summary>
        /// The longest content (in characters) read as a short answer to a question put before it: a subject of a few words and
        /// the longest end of accounts-stance.txt's answer lists ('it was "difficult to see how it could have been anything else"').
        /// </summary>
        private const int MaxAnswer = 80;

        /// <summary>How many words may stand before a pointing answer's end ("his army" of "his army could not rule that out").</summary>
        private const int AnswerSubjectWords = 4;

        /// <summary>
        /// True when <paramref name="answer"/> (lower case, words split by one space) is one of <paramref name="ends"/>, or
        /// ends with one after at most <see cref="AnswerSubjectWords"/> words of its subject.
        /// </summary>
        private static bool EndsWithAnswer(string answer, IReadOnlyList<string> ends)
        {
            foreach (var end in ends)
            {
                if (answer.Length == end.Length ? !string.Equals(answer, end, StringComparison.Ordinal)
                    : answer.Length < end.Length + 2 || answer[answer.Length - end.Length - 1] != ' ' || !answer.EndsWith(end, StringComparison.Ordinal)) continue;
                int words = 0;
                for (int i = 0; i < answer.Length - end.Length; i++) if (answer[i] == ' ') words++;
                if (words <= AnswerSubjectWords) return true;
            }
            return false;
        }

        /// <summary>True when the word stands inside quotation marks (an odd number of marks before it in the paragraph).</summary>
        private static bool InsideQuotation(IReadOnlyList<Token> words, int at)
        {
            int marks = 0;
            for (int i = 0; i < at; i++)
                if (words[i].Kind == TokenKind.Punct && words[i].Text == "\"") marks++;
            return marks % 2 == 1;
        }

        /// <summary>
        /// The side of an attribution: its resolved speaker's party when it is one of the parties; else the
        /// side its source mention names (the manifest's people, organisations and aliases, then the country
        /// table through the speaker); else, for a pronoun or a description with no name ("the official",
        /// "he"), the side of the nearest earlier speaker. A speaker of no side ("analysts", a named person
        /// the manifest does not know) ends the chain.
        /// </summary>
        private PartyDefinition? PartyOf(FoundAttribution a, RecordView record, Chain chain, Dictionary<FoundAttribution, PartyDefinition?> decided, Dictionary<Entity, PartyDefinition?> ofSpeaker,
                                         Dictionary<int, FoundAttribution> turns, NamedFindings findings, string? homeSide, string? noSide, SurnameBearers bearers,
                                         Dictionary<string, PlaceOffice>? placeOffices, PartyResolver countries)
        {
            // without parties (a folder with no manifest, or one that names no side) every way below ends in no side: the
            // mention's words are not read
            if (_parties.Parties.Count == 0) return null;
            var p = a.Paragraph;
            if (a.ContinuesFrom != null)
            {
                // a quotation that continues another is that one's speaker's
                decided.TryGetValue(a.Root, out var rootParty);
                var party0 = rootParty ?? _parties.Find(record.Party);
                if (party0 != null) chain.Set(p, party0);
                return party0;
            }
            // "BERG: We found … ¶ DIAZ: We believe …": a "we" in someone's turn is that speaker's side, or none (the turn of a
            // host), never the side of an earlier turn or of a speaker the turn names
            if (a.Speaker is { IsFirstPerson: true } && a.SourceParagraph is { } sp && turns.TryGetValue(sp.Index, out var turn) && turn != a &&
                decided.TryGetValue(turn, out var turnParty))
            {
                chain.Set(p, turnParty);
                return turnParty;
            }
            // "We found no public evidence that …" in a fact-check: the writer's own voice speaks for no side, whichever side
            // spoke before it (the chain of earlier speakers goes on past it)
            if (a.Speaker is { IsWriter: true }) return null;
            var m = a.Root.Source;
            if (m == null) return _parties.Find(record.Party);
            // the side the mention's own words name ("Pakistan's army", "a spokesman for the Southern Guard, Col. Marsh"):
            // a person of the manifest first; no side for "analysts", "residents"; else the first side named
            var words = MentionWords(m, a.Root.SourceTokens);
            // "Our Washington correspondent Imran Siddiqi reports …", "this newspaper's reporter": the outlet's own person speaks for
            // no side, whatever place the title posts them to; the chain ends there (the officials the reporter relays are not them)
            if (OwnNewsroomPerson(words))
            {
                chain.Set(p, null);
                if (a.Speaker != null) ofSpeaker[a.Speaker] = null;
                return null;
            }
            // the mentions that name the speakers, in order (a loop: no closure, delegate and iterator per attribution)
            var mentioned = _parties.Mentions(words);
            // ("Khan said" after "Imran Khan", "Malik Sher Bahadur": a manifest person's last name that is a word of another person's
            // name the document wrote names no side at all)
            for (int k = mentioned.Count - 1; k >= 0; k--) // (a loop: no closure per attribution)
                if (mentioned[k].Kind == MentionKind.Surname && bearers.BearsIt(words.Substring(mentioned[k].Start, mentioned[k].End - mentioned[k].Start), mentioned[k].Term))
                    mentioned.RemoveAt(k);
            var named = new List<PartyMention>(mentioned.Count);
            int relative = RelativeClauseAt(m, words);
            // ("a cleric who addressed a rally in Islamabad": the act's clause inside the description, ActClauseAt)
            int acting = relative < 0 ? ActClauseAt(m, words) : -1;
            // the mentions that name only where the speaker came from or works (NamesAnOrigin, PlaceInRelativeClause), or where
            // the speaker did something (ActClauseAt)
            int origins = 0;
            foreach (var x in mentioned)
            {
                if (NamesAnOrigin(words, x.Start, x.End) || relative >= 0 && x.Start >= relative && PlaceInRelativeClause(words, x.Start, x.End) ||
                    acting >= 0 && x.Start >= acting && PlaceInRelativeClause(words, x.Start, x.End))
                {
                    origins++;
                    continue;
                }
                // ("Gul Baig said" when the manifest knows "Zafar Baig": the mention's first word is the given name of another person)
                // ("Mr Lind, who met Prime Minister Ulla Berg, said": a person the relative clause after the speaker names is
                // someone the speaker met, not the speaker)
                // ("Pakistan's counterpart, Jo Bell": the possessor of a counterpart is the one the speaker faces, not the speaker's side)
                if (!NotTheSpeakers(words, x.Start) && !(x.Kind == MentionKind.Surname && PartyIndex.AnotherPersonsSurname(words, x.Start, x.Term, opensWithName: true, end: x.End)) &&
                    !(x.IsPerson && relative >= 0 && x.Start >= relative) && PartyResolver.PastPossessorOfCounterpart(words, x.Start) < 0) named.Add(x);
            }
            var person = named.FirstOrDefault(x => x.IsPerson);
            // (not an organisation's name that holds such a word: "the Council of Elders")
            if (person.Party == null && m.Kind != SourceKind.Organisation && (Unaffiliated(WithoutParticiplePhrase(m, words)) || PeopleOfAPlace(words) || MentionFacts.LeftOffice(m) || MentionFacts.AtResearchBody(m)))
            {
                // (an expert, one who left an office or one at a body of research, the resolver gave the manifest's party of no side: that party, as the
                // quotation's; the chain goes on with none)
                chain.Set(p, null);
                return record.Party != null && record.Party == noSide ? _parties.Find(noSide) : null;
            }
            // "a Western diplomat in Islamabad": an envoy of a region or a bloc, of no one state, the resolver gave the others' party
            // is of it, whatever posting the words name after it
            if (person.Party == null && MentionFacts.EnvoyOfABloc(m) && _parties.Find(record.Party) is { Others: true } others)
            {
                chain.Set(p, others);
                return others;
            }
            var hit = person.Party != null ? person : named.FirstOrDefault();
            // "Foreign Ministry spokesman Lin Wei" filed from Beijing: a side named only by an office every state has, in a
            // story filed from a country of another side or of none, for a speaker the resolver (which reads the dateline, a
            // section's heading and a transcript's turns) gave no side, names no side
            // (but not one in a sentence opened by a place of that side: "BRUSSELS - … ¶ In Islamabad, Foreign Office spokeswoman
            // Lin Wei told reporters …" is of the place the sentence names, over the dateline)
            if (hit.Party != null && record.Party == null && homeSide != null && !homeSide.Equals(hit.Party.Name, StringComparison.Ordinal) &&
                NamedOnlyByBareOffices(named, hit.Party) && !ReferenceEquals(PlaceOpeningSentence(a.Root, m), hit.Party)) hit = default;
            // "Foreign Ministry spokesman Lin Wei" filed from Beijing, a capital of no side of the dispute, whom the resolver gave
            // the party of the others (the dateline's country's: SpeakerResolver.BareOfficeAtThirdCountryHome), is of that party,
            // not of the side whose office the bare words could name
            if (hit.Party != null && person.Party == null && record.Party != null && record.Party.Equals(homeSide, StringComparison.Ordinal) &&
                !record.Party.Equals(hit.Party.Name, StringComparison.Ordinal) && _parties.Find(record.Party) is { Others: true } othersHome &&
                NamedOnlyByBareOffices(named, hit.Party) && !ReferenceEquals(PlaceOpeningSentence(a.Root, m), hit.Party))
            {
                chain.Set(p, othersHome);
                return othersHome;
            }
            // "an official of the foreign ministry in Berlin": the same office, which the resolver gave the side of the place that
            // closes the description, is that side's
            if (hit.Party != null && person.Party == null && record.Party != null && !record.Party.Equals(hit.Party.Name, StringComparison.Ordinal) &&
                SpeakerResolver.ClosingPlace(words) != null && NamedOnlyByBareOffices(named, hit.Party) && _parties.Find(record.Party) is { } placed)
            {
                chain.Set(p, placed);
                return placed;
            }
            if (hit.Party != null && !Coordinated(words, hit, named))
            {
                chain.Set(p, hit.Party);
                return hit.Party;
            }
            // "QUESTION: But your own officials are telling reporters …": in a question's turn, what "your" owns (naming no side)
            // is of the one asked
            if (m.Kind == SourceKind.Description && TryAddresseesSide(a, m, turns, decided, out var asked))
                return asked;
            // "A. … one side's soldiers can be killed and the other side tells us afterwards that it was regrettable": the other
            // side is not the side of the one who speaks of it (an interviewee's, a turn's) nor the last speaker's; no side, and
            // the chain goes on past it
            if (MentionFacts.OtherSide(m))
            {
                if (a.Speaker != null) ofSpeaker[a.Speaker] = null;
                return null;
            }
            // "Northland dismissed the report, which said …": a relative pronoun is its antecedent, named right before it, never
            // the nearest earlier speaker (the subject of the verb whose object the antecedent is)
            if (m.IsPronoun && m.Owner is { } antecedent && Lexicon.Is(m.Determiner, WordClass.RelativePronoun)) m = antecedent;
            // words that name someone or something the manifest does not know ("the Northern Herald", "Greta Lund"):
            // no side, and the chain ends (the speaker's country-table party is kept on the claim by the caller)
            // ("the DGMO": a role's acronym the resolver found to be a person named before is as bare as "the general")
            bool bare = m.IsPronoun || m.Kind == SourceKind.Description && m.Name == null && (!HasName(OpeningCapitalLowered(m, a.Root.SourceTokens, words)) || TitleAlone(m, a.Root.SourceTokens)) ||
                        InstitutionAlone(m) ||
                        m.Kind == SourceKind.Organisation && a.Speaker is { Kind: EntityKind.Person };
            // ("Ms. Lund", "Gen. Bell": a surname with a title that names no side is as bare as the surname alone)
            bool surname = m.Kind == SourceKind.Name && m.Name != null && m.Name.IndexOf(' ') < 0;
            if (!bare && !surname)
            {
                // "LISA HARMON: …", a transcript's label, names in full a person its list of guests wrote with a role ("Lisa
                // Harmon, spokeswoman of the Southern Embassy"): the side the resolver gave that person, never a chain's
                var labelled = a.Root.IsTurn && a.Root.Kind == AttributionKind.Direct && m.Kind == SourceKind.Name && a.Speaker is { Kind: EntityKind.Person, PartyFromPlace: false }
                    ? _parties.Find(record.Party) : null;
                // "a senior officer at the army's headquarters in Peshawar" in a story filed from Pakistan: a description whose
                // only capitals are places of the home country, which the resolver read as the home institution's person
                if (labelled == null && m.Kind == SourceKind.Description && a.Speaker is { Kind: EntityKind.Individual or EntityKind.Group, PartyFromPlace: true })
                    labelled = _parties.Find(record.Party);
                // "Defence Minister Ali Shah" in a story filed from Islamabad, "Lena Berg, a Danish diplomat": words that name no
                // side of the manifest, for a speaker the resolver gave a side from the office, the country tables or the
                // manifest's party of no side (not words that name sides, "the U.S. envoy in Islamabad", nor a side's name inside
                // another name, "a correspondent for the Voice of Southland")
                // ("Dr Ada Lund, who teaches law in Islamabad": so too when the words name a side only as an origin or a place)
                if (labelled == null && mentioned.Count == origins && !_parties.NameHoldsAPartysName(words)) labelled = _parties.Find(record.Party);
                // "Pakistan's army rejected it. Its January response to the Clark report says …": what "its" or "their" owns, whose words
                // name a side only as what it answers or aims at ("to the Clark report"), is the body's the resolver found the
                // pronoun to stand for, with that body's side (none when it found none)
                if (labelled == null && named.Count == 0 && m.Kind == SourceKind.Description && Lexicon.Is(m.Determiner, WordGroup.GroupPossessive) &&
                    a.Speaker is { Kind: EntityKind.Organisation })
                    labelled = _parties.Find(record.Party);
                // "Pakistan tells the story another way. The country's embassy in Washington …": what "the country's" owns is of the
                // country the resolver found the sentence before to open with, whatever host its words name
                if (labelled == null && named.Count == 0 && m.Kind == SourceKind.Description && SpeakerResolver.OwnedByCountryNoun(words))
                    labelled = _parties.Find(record.Party);
                chain.Set(p, labelled);
                return labelled;
            }
            if (FindingsAlone(m))
            {
                // only the side of the findings themselves ("the inquiry" after "a U.S. inquiry"), never the last speaker's;
                // else the side that the document's earlier words gave its findings ("the U.S. report … The report states")
                var own = _parties.Find(record.Party) ?? FindingsNamedBefore(findings, a.Root, m);
                chain.Set(p, own);
                return own;
            }
            if (FindingsMakersAlone(m, named))
            {
                // "Who: the Harbour Board's report. ¶ What it means: the investigators wrote that …": bare makers of findings speak for
                // the findings the text named before them (or the side the resolver gave them), never for the side quoted last
                var own = _parties.Find(record.Party) ?? FindingsNamedBefore(findings, a.Root, m);
                if (own != null) chain.Set(p, own);
                return own;
            }
            if (DescribedFindings(m, words))
            {
                // "…, a military investigation released Thursday found": findings that words of their own describe, naming no side
                // and no owner, are no more the last speaker's than bare findings are (nor of a side their content names): the
                // side the resolver gave them, else none, and the chain goes on past them
                var own = _parties.Find(record.Party);
                if (own != null) chain.Set(p, own);
                return own;
            }
            if (PronounOwnedFindings(m))
            {
                // the side the resolver gave them, else that of a speaker of the same paragraph ("The army has never accepted
                // the inquiry, and its own report … said"), never of one further back: the pronoun's owner is then most often
                // another ("… a Lahore pollster said. ¶ The survey was taken before the United States released its own
                // investigation, which concluded …" is no finding of the pollster's side)
                var own = _parties.Find(record.Party) ?? chain.InParagraph(p);
                chain.Set(p, own);
                return own;
            }
            if (SpeakerResolver.IsThingsPart(m))
            {
                // "Its summary stated …": the side the resolver gave the document or body "it" stands for, else none, never the
                // last speaker's (the release that quotes the other side's inquiry is not that inquiry)
                var own = a.Speaker is { Kind: EntityKind.Organisation or EntityKind.Document } ? _parties.Find(record.Party) : null;
                if (own != null) chain.Set(p, own);
                return own;
            }
            // "An embassy official said": a person of a diplomatic mission speaks for the mission's country the resolver found, or
            // for no side, never for the last speaker's side (most often the host country's)
            if (m.Kind == SourceKind.Description && SpeakerResolver.OfAMission(m))
            {
                var own = _parties.Find(record.Party);
                chain.Set(p, own);
                return own;
            }
            if (OwnVoice(m))
            {
                // only the side the resolver gave the document, never the last speaker's (whom a "he" after it still is)
                var own = _parties.Find(record.Party);
                if (own != null) chain.Set(p, own);
                return own;
            }
            // "A: The ambassador has asked to see me.": in someone's turn, an envoy the speaker talks about is not the turn's side; no
            // side, and the chain goes on past it
            if (TalkedAboutInTurn(a, m, turns, p.Index)) return null;
            // "Q: The army says its posts never fired …": in a question's turn, a bare institution is one the asker speaks of, not the
            // one asked: no side from the chain (the answerer's), only the place's the story is filed from, when the resolver gave
            // that one; the chain goes on past it
            // ("Question: The army says …" where no turn rule read the label: a paragraph that opens with one is a question's turn too)
            if (InstitutionAlone(m) && (InQuestionTurn(a, turns, p.Index) || !turns.ContainsKey(p.Index) && OpensWithQuestionLabel(p.Tokens)))
                return _parties.Find(record.Party) is { } own && own.Name.Equals(homeSide, StringComparison.Ordinal) ? own : null;
            // "The army here says …": a state's body the writer's "here" places (SpeakerResolver.LocalBody) is the body of the place
            // the text reports from, with the side the resolver gave it (none when the text gives no such place), never the last
            // speaker's, most often a guest of the other side in an interview (nor is an "it" that stands for it later)
            // ("officers there are adamant …": people the writer's "there" places are of the place named before, with the side the
            // resolver gave them, none when no place was named, never the last speaker's)
            if (SpeakerResolver.LocalBody(m) || SpeakerResolver.IsNamedPlace(m.PostModifier))
            {
                var local = _parties.Find(record.Party);
                if (a.Speaker != null) ofSpeaker[a.Speaker] = local;
                return local;
            }
            // "he", "the official", a surname: the side this speaker was given earlier in the document,
            // else the side of the speaker the resolver found, else the nearest earlier speaker's side
            if (a.Speaker != null && ofSpeaker.TryGetValue(a.Speaker, out var earlier))
            {
                chain.Set(p, earlier);
                return earlier;
            }
            var fromSpeaker = _parties.Find(record.Party);
            if (fromSpeaker != null)
            {
                chain.Set(p, fromSpeaker);
                return fromSpeaker;
            }
            // (a person the resolver knows, of no side, is not the last speaker's side: "he" who is a named analyst; nor a paper or
            // a press piece, which speaks for no side named before: "it" that is the paper, "… Pakistan's government, the paper
            // says, has described …, though it notes …")
            if (!bare || a.Speaker is { Kind: EntityKind.Person } || a.Speaker is { Kind: EntityKind.Document } doc && Lexicon.IsOrganisationWord(doc.Head, OrganisationWordTag.Press))
            {
                chain.Set(p, null);
                return null;
            }
            // "Q: Pakistan says the findings are wrong. What is your response? ¶ A: We remain confident …": the answerer of a
            // labelled interview is not the side of the last speaker, most often one the question itself reported
            if (AnswerLabel(a.Root, m)) return null;
            // "The Americans accept it. But our side reads it differently": a body the writer's "our" owns is of the side not
            // written, never the last speaker's; nor is a bare institution after it (the chain ends there). In someone's turn
            // "our" is that speaker's own side ("General DIAZ. … Our officers said …")
            if (m.Kind == SourceKind.Description && SpeakerResolver.IsWritersPossessive(m.Determiner) && !turns.ContainsKey(p.Index))
            {
                chain.Set(p, null);
                if (a.Speaker != null) ofSpeaker[a.Speaker] = null;
                return null;
            }
            // "Nor has our own military changed its view. The army has never accepted …": a bare institution after the writer's own
            // is that one, whose side is not written, not the last speaker's (nor is an "it" that stands for it later)
            if (InstitutionAlone(m) && a.Root.SourceParagraph is { } sourceParagraph && ReferenceEquals(a.Root.SourceTokens, sourceParagraph.Tokens) &&
                SpeakerResolver.WritersOwnBodyBefore(sourceParagraph.Text, m.CharStart))
            {
                if (a.Speaker != null) ofSpeaker[a.Speaker] = null;
                return null;
            }
            // "General VAIL. It does, sir. Its spokesmen have said …": in someone's turn, a description owned by "its" or "their" is
            // of a body the speaker talks about, not of the speaker's side that the turn set
            if (m.Kind == SourceKind.Description && Lexicon.Is(m.Determiner, WordGroup.GroupPossessive) &&
                turns.TryGetValue(p.Index, out var speakersTurn) && speakersTurn != a.Root)
                return null;
            // "GEN. DIAZ: Our people passed a location to their liaison officer. He told us there were no troops there.": in someone's
            // turn, a pronoun the resolver could not resolve is someone the speaker talks about (the speaker is "I", never "he"),
            // not of the side the turn set; no side, and the chain goes on past it
            if (m.IsPronoun && a.Speaker == null && turns.TryGetValue(p.Index, out var talkersTurn) && talkersTurn != a.Root)
                return null;
            // "The army has said the findings are wrong. In Washington, officials say they stand by them.": a bare description
            // in a sentence that opens with a place of one side speaks for that place's side, not for the last speaker's
            if (m.Kind == SourceKind.Description && !m.IsPronoun && PlaceOpeningSentence(a.Root, m) is { } placeSide)
            {
                chain.Set(p, placeSide);
                return placeSide;
            }
            // "The army said the posts were attacked. A man said …", "… people say": someone named by nothing but being a person,
            // with no side in the words, is no one of the last speaker's side; no side, and the chain ends there
            // ("The ambassador told scholars … A man in the audience said …", "One questioner asked …": an asker, or one of a
            // gathering that heard the speaker, is none of the speaker's side either)
            if (MentionFacts.PlainPerson(m) || MentionFacts.AskerOrOneOfAGathering(m))
            {
                chain.Set(p, null);
                if (a.Speaker != null) ofSpeaker[a.Speaker] = null;
                return null;
            }
            // "The army said … ¶ The host asked …", "several farmers said", "rescue workers said": one named by a part that speaks for
            // no body of a state is no one of the last speaker's side; no side, and the chain goes on past it
            if (MentionFacts.PartSpeaksForNoSide(m)) return null;
            // "The Pentagon said … ¶ The posts stood on a ridge. ¶ Their commander said …": what "its" or "their" owns takes the side
            // of the chain only from a speaker of its paragraph, or a body that spoke in the one before ("The army says … Its spokesman says …");
            // else its owner is something the text named since, which the resolver did not find: no side (the chain goes on)
            if (m.Kind == SourceKind.Description && Lexicon.Is(m.Determiner, WordGroup.GroupPossessive) &&
                !chain.OwnerNear(p, Lexicon.Is(m.Determiner, WordSense.ThirdPlural)))
                return null;
            // "The Governor of Khyber Pakhtunkhwa visited … ¶ The United States said … ¶ "…," the governor said.": a bare "the" and
            // the noun of an office the document named before by its title and the place of its "of", with no name, is that
            // office's holder: the side of the place's country (none when no party stands for it), never the chain's
            if (placeOffices != null && OfficeOfPlaceHolder(m, p.Index, placeOffices) is { } office)
            {
                var officeSide = _parties.Find(countries.MapCountry(office.Country));
                if (a.Speaker != null) ofSpeaker[a.Speaker] = officeSide;
                return officeSide;
            }
            // no side from the chain, and the chain goes on past it, for
            // - "A U.S. official said … ¶ An official of the district council said …": a person introduced by an office of a body
            //   the description's own words name, a new person of that body, not the official who spoke last;
            // - "U.S. officials have said … ¶ The subedar said …": one person named by "the" and a noun that speaks for no body,
            //   whom the resolver found to be no one who spoke before, after a body or people who merely spoke before (after a
            //   person, whom the description may be though the resolver did not find it, the chain still gives its side)
            if (MentionFacts.OfficeOfBodyIntroduced(m) ||
                MentionFacts.BarePersonOfNoBody(m) && chain.Speaker is { Kind: EntityKind.Organisation or EntityKind.Group or EntityKind.Document })
            {
                if (a.Speaker != null) ofSpeaker[a.Speaker] = null;
                return null;
            }
            var last = chain.At(p);
            // "A: The army's account is simple. It says the posts did not fire first." in the turn of an analyst (a speaker of the
            // manifest's party of the others): a bare institution the speaker talks about, or "it" that stands for one, is no body
            // of a speaker of no side; no side, and the chain goes on past it
            if (last is { Others: true } && turns.TryGetValue(p.Index, out var othersTurn) && othersTurn != a.Root &&
                (InstitutionAlone(m) || m.IsPronoun && a.Speaker is { Kind: EntityKind.Organisation }))
            {
                if (a.Speaker != null) ofSpeaker[a.Speaker] = null;
                return null;
            }
            // "4:20 pm ¶ … The U.S. inquiry found … ¶ 3:05 pm ¶ A senior military officer, who served there, says …": in a live blog,
            // one introduced by "a" or "an" and a description whose own words name no side is someone new, not of the side that
            // spoke in an earlier entry; no side, and the chain goes on past it
            if (last != null && chain.FromEarlierEntry(p) && IndefiniteNewcomer(m))
            {
                if (a.Speaker != null) ofSpeaker[a.Speaker] = null;
                return null;
            }
            // "Army rejects Southland report": a bare institution that rejects or disputes a side's words is not of that side, nor is
            // it later in the document
            if (last != null && InstitutionAlone(m) && DisputesSide(record.Cue, record.Content, last))
            {
                if (a.Speaker != null) ofSpeaker[a.Speaker] = null;
                return null;
            }
            // "The Pakistani army's rebuttal stopped short of that, but a senior army officer told us …" after a U.S. speaker: a
            // person introduced, not named, in a sentence that names only another side before the mention is no one of the
            // last speaker's side (nor surely of the side named: no side); nor is a body described at the start of a sentence
            // after one that names only another side ("… the Pentagon said. ¶ Islamabad answered. The army's public relations
            // office called the report one-sided")
            if (last != null && OnlyOtherSideBefore(a.Root, m, last)) return null;
            // "Officials of the NATO-led force in Kabul said … a claim the army has rejected": a bare state's service is not the
            // force of another kind that spoke last, nor of its side (nor later in the document)
            if (last != null && InstitutionAlone(m) && Lexicon.IsOrganisationWord(m.Head, OrganisationWordTag.NationalForce) &&
                chain.Speaker is { } lastSpeaker && SpeakerResolver.JointForceOfNoCountry(lastSpeaker, _parties.Parties))
            {
                if (a.Speaker != null) ofSpeaker[a.Speaker] = null;
                return null;
            }
            // "The Pentagon has said it accepts … ¶ The army's version begins … The posts, it says, …": an "it" the resolver gave a
            // body of no side other than the body that last spoke with a side, in a later paragraph than that one's, is not of
            // that side, and the chain ends there (nor is "the army says" after it); a bare institution is left to the chain
            // ("… the military said. ¶ The Navy said …"), and so is a body after a person ("ABBAS: “…” ¶ It says …")
            if (last != null && m.IsPronoun && a.Speaker is { Kind: EntityKind.Organisation } body && chain.Speaker is { Kind: EntityKind.Organisation } before &&
                !ReferenceEquals(body, before) && chain.InParagraph(p) == null)
            {
                chain.Set(p, null);
                return null;
            }
            // "Maritime analyst Jo Bell said … ¶ The Navy said …": a person of the manifest's party of no side (an analyst) speaks
            // for no body: a bare institution after one takes no side from the chain; nor does any other description after one
            // whose role says so ("The bench also asked …" after a constitutional lawyer's quotation: the side is the person's
            // own, never one the chain passes on), though it does after a third country's official ("Karzai's office said")
            if (last != null && NoSidePersonLast(chain, last, noSide) &&
                (InstitutionAlone(m) || m.Kind == SourceKind.Description && !m.IsPronoun && SpeakerResolver.NoSideByRole(chain.Speaker!))) return null;
            if (last != null) chain.Set(p, last);
            return last;
        }

        /// <summary>
        /// True when a description introduces someone new by "a" or "an" ("A senior military officer", "an official who was there"),
        /// with no name, no owner and no words after its head that tie it to a body named before ("a member of the committee"): one
        /// the text has not named before.
        /// </summary>
        private static bool IndefiniteNewcomer(Mention m) =>
            m.Kind == SourceKind.Description && !m.IsPronoun && m.Name == null && m.Owner == null && !m.Plural && m.PostModifier == null &&
            Lexicon.Is(Casing.Lower(m.Determiner), WordClass.IndefiniteArticle);

        /// <summary>How many capitalised words (a city, a desk) may stand between the outlet's "our" and its newsroom noun ("our New Delhi correspondent").</summary>
        private const int OwnNewsroomPlaceWords = 2;

        /// <summary>
        /// True when a mention's words open with the outlet's own determiner (words.txt own-outlet: "our", "this") and, after at most
        /// <see cref="OwnNewsroomPlaceWords"/> capitalised words or the outlet's own noun in the possessive ("this newspaper's"), a
        /// noun of its people (words.txt newsroom: "correspondent", "reporter"): "Our Washington correspondent Imran Siddiqi".
        /// </summary>
        internal static bool OwnNewsroomPerson(string words)
        {
            // (the first word alone before the words are split: asked of every attribution's words, it is rarely "our" or "this")
            int blank = words.IndexOf(' ');
            if (blank <= 0 || !Lexicon.Is(Casing.Lower(words.Substring(0, blank)), WordSense.OwnOutlet)) return false;
            var w = words.Split(' ');
            for (int k = 1; k < w.Length && k - 1 <= OwnNewsroomPlaceWords; k++)
            {
                var word = w[k];
                if (word.Length == 0) return false;
                var bare = Possessive.Strip(word);
                if (char.IsLower(word[0]) && Lexicon.Is(bare, WordSense.Newsroom)) return bare.Length == word.Length || k + 1 < w.Length && Lexicon.Is(Casing.Lower(w[k + 1]), WordSense.Newsroom);
                if (!char.IsUpper(word[0])) return false;
            }
            return false;
        }

        /// <summary>True when the chain's last speaker is a person and its side is the manifest's party of no side (<see cref="PartyResolver.NoSide"/>).</summary>
        private static bool NoSidePersonLast(Chain chain, PartyDefinition last, string? noSide) =>
            noSide != null && last.Name == noSide && chain.Speaker is { Kind: EntityKind.Person };

        /// <summary>
        /// True when the attribution's content stands before its source and its cue holds a verb of denial (reporting-verbs.txt
        /// 'denial': "…, a claim the army has rejected", "…, an allegation Pakistan denies"): the content is what the source
        /// rejects, no word of its own.
        /// </summary>
        private static bool DeniesWordsBefore(FoundAttribution a, string? cue)
        {
            if (string.IsNullOrEmpty(cue) || a.SourceParagraph != a.Paragraph || a.SourceSpan is not { } source || a.Content.End > source.Start) return false;
            return CueDenies(cue!);
        }

        /// <summary>True when the cue's words hold a verb of denial (reporting-verbs.txt 'denial': "rejects", "has rejected").</summary>
        private static bool CueDenies(string cue) =>
            cue.Split(Separators.Whitespace, StringSplitOptions.RemoveEmptyEntries).Any(w => Lexicon.IsVerb(w, VerbTag.Denial));

        /// <summary>
        /// True when the cue's words hold a verb of denial (reporting-verbs.txt 'denial': "rejects", "disputes") and the words
        /// it governs at the start of its content (<see cref="DisputedWords"/>) name <paramref name="side"/>: "Army rejects
        /// Southland report".
        /// </summary>
        private bool DisputesSide(string? cue, string content, PartyDefinition side)
        {
            if (string.IsNullOrEmpty(cue) || string.IsNullOrEmpty(content)) return false;
            if (!CueDenies(cue!)) return false;
            foreach (var x in _parties.Mentions(content, 0, DisputedWords.End(content, 0)))
                if (ReferenceEquals(x.Party, side)) return true;
            return false;
        }

        /// <summary>
        /// The side of the one a question's turn asks, for a description that "your" owns in that turn (addressee in
        /// accounts-stance.txt): "QUESTION: But your own officials are telling reporters that …" speaks of the briefer's officials,
        /// whose side is that of the nearest earlier turn that answers (a label that is no interview label: "MR. TONER:"), as decided
        /// for it (none when that turn had none). False, and the caller reads on, when the paragraph is no question's turn, the
        /// description is not owned by "your", or no answering turn stands before it.
        /// </summary>
        private bool TryAddresseesSide(FoundAttribution a, Mention m, Dictionary<int, FoundAttribution> turns, Dictionary<FoundAttribution, PartyDefinition?> decided, out PartyDefinition? side)
        {
            side = null;
            // (the possessive is the mention's first word: "your own officials")
            if (a.Root.SourceTokens is not { } tokens || m.Start < 0 || m.Start >= tokens.Count || !_lexicon.AddresseePossessives.Contains(tokens[m.Start].Lower)) return false;
            if (a.SourceParagraph is not { } sp || !InQuestionTurn(a, turns, sp.Index)) return false;
            for (int i = sp.Index - 1; i >= 0; i--)
            {
                if (!turns.TryGetValue(i, out var earlier) || earlier.Source is not { } answerer || Lexicon.Is(answerer.Text, WordGroup.InterviewLabel)) continue;
                return decided.TryGetValue(earlier, out side);
            }
            return false;
        }

        /// <summary>
        /// True when the paragraph is a question's turn ("Q: …", "QUESTION: …": its turn's label a question label) and the
        /// attribution is not that turn itself.
        /// </summary>
        private static bool InQuestionTurn(FoundAttribution a, Dictionary<int, FoundAttribution> turns, int paragraph) =>
            turns.TryGetValue(paragraph, out var turn) && turn != a.Root && turn.Source is { } label && Lexicon.Is(label.Text, WordGroup.QuestionLabel);

        /// <summary>True when the paragraph's first word is a question's label written with its capital, then a colon ("Question: …", "Q: …").</summary>
        private static bool OpensWithQuestionLabel(IReadOnlyList<Token> tokens) =>
            tokens.Count > 2 && tokens[0].IsWord && tokens[0].IsCapitalized && Lexicon.Is(tokens[0].Text, WordGroup.QuestionLabel) && tokens[1].Is(":");

        /// <summary>
        /// True when <paramref name="m"/> is the answer label of a labelled interview ("A:" of "Q: … ¶ A: …"), read by a
        /// turn rule: the one answering, who is not named there.
        /// </summary>
        private static bool AnswerLabel(FoundAttribution root, Mention m) =>
            root.IsTurn && m.Kind == SourceKind.Description && Lexicon.Is(m.Text, WordGroup.InterviewLabel) && !Lexicon.Is(m.Text, WordGroup.QuestionLabel);

        /// <summary>
        /// The side of the place that opens the mention's sentence, right before it ("In Washington, officials say …", "In
        /// Islamabad, the ministry said …"): a place preposition, capitalised words and a comma
        /// (<see cref="Clauses.OpeningPlaceComma"/>), then the mention, all naming one side; null for anything else ("In response to Pakistan's claims,
        /// officials said" names no place of the speakers).
        /// </summary>
        private PartyDefinition? PlaceOpeningSentence(FoundAttribution root, Mention m)
        {
            var sp = root.SourceParagraph;
            var tokens = root.SourceTokens;
            if (sp == null || tokens == null || !ReferenceEquals(tokens, sp.Tokens) || m.Start < 3 || m.Start >= tokens.Count) return null;
            int start = sp.Sentences[sp.SentenceOf(m.Start)].Start;
            int comma = m.Start - 1;
            if (Clauses.OpeningPlaceComma(tokens, start, m.Start) != comma) return null;
            var named = SidesNamedIn(tokens, start + 1, comma);
            if (named.Count == 0) return null;
            foreach (var x in named)
                if (!ReferenceEquals(x.Party, named[0].Party)) return null;
            return named[0].Party;
        }

        /// <summary>An office of a place the document names without a name: its first paragraph and word, and the place's country.</summary>
        internal sealed class PlaceOffice
        {
            public PlaceOffice(int paragraph, int token, Country country, string modifiers) { Paragraph = paragraph; Token = token; Country = country; Modifiers = modifiers; }
            /// <summary>The title's words before its noun, lower case ("chief" of "Chief Minister"; empty for "Governor").</summary>
            public string Modifiers { get; }
            public int Paragraph { get; }
            public int Token { get; }
            public Country Country { get; }
            /// <summary>True when the document names offices of this noun of more than one country ("the Governor of Khyber Pakhtunkhwa met the Governor of Kandahar"), or of other words before the noun, is marked so.</summary>
            public bool Ambiguous { get; set; }
        }

        /// <summary>
        /// The offices of a place the document names with no name after them, by the singular lower-case noun of the title:
        /// "the Governor of Khyber Pakhtunkhwa visited", "the Mayor of Peshawar said" (a title of titles.txt or a speaker
        /// noun, capitalised, after "the", then "of" and a place the country table knows whole, <see cref="TitlePlace.End"/>, or
        /// a town of its gazetteer (<see cref="CountryTable.FindPlace"/>),
        /// and no capitalised word right after the place: "Governor of Punjab Jo Bell" names its holder). A noun of offices of
        /// two countries is marked ambiguous.
        /// </summary>
        private static Dictionary<string, PlaceOffice>? OfficesOfPlaces(AnalysedDocument document)
        {
            Dictionary<string, PlaceOffice>? offices = null;
            for (int pi = 0; pi < document.Paragraphs.Count; pi++)
            {
                var tk = document.Paragraphs[pi].Tokens;
                for (int of = 2; of + 1 < tk.Count; of++)
                {
                    if (!tk[of].IsLowerWord || !tk[of].Has(WordGroup.OfComplement) || !tk[of - 1].IsWord || !tk[of - 1].IsCapitalized || !tk[of + 1].IsCapitalized) continue;
                    // (the office's words first, read in place: the place after "of" is joined and looked up only after an office's
                    // singular noun and its "the", not after every capitalised word before an "of" ("the Bank of England", "Friends of"))
                    if (!tk[of - 1].IsSpeakerNoun(out var noun, out bool plural) || plural) continue;
                    // the title: its noun right before "of", and "the" before its words ("the Chief Minister", "the Governor")
                    int t = of - 1;
                    while (t - 1 >= 0 && tk[t - 1].IsWord && tk[t - 1].IsCapitalized && of - t < OfficeTitleWords) t--;
                    int title = -1;
                    for (int x = t; x < of && title < 0; x++)
                        if (MentionParser.MatchTitle(tk, x, of, out _) == of - x || tk[x].IsSpeakerNoun(out _, out _) && x == of - 1) title = x;
                    if (title < 1 || !tk[title - 1].IsWord || !Lexicon.Is(tk[title - 1].Lower, WordGroup.DefiniteArticle)) continue;
                    // (a country or province the country table knows, or a town of its gazetteer: "of Kandahar", "of Peshawar")
                    int place = TitlePlace.End(tk, of + 1, tk.Count - of - 1, (w, from, to) => MentionParser.Join(w, from, to), null);
                    Country? country = place > 0 ? TitlePlace.Whole(tk, of + 1, place) : null;
                    for (int n = Math.Min(TitlePlace.MaxWords, tk.Count - of - 1); country == null && n >= 1; n--)
                        if (CountryTable.FindPlace(MentionParser.Join(tk, of + 1, of + 1 + n)) is { } town) { country = town; place = of + 1 + n; }
                    if (country == null || place < tk.Count && tk[place].IsWord && tk[place].IsCapitalized) continue;
                    offices ??= new Dictionary<string, PlaceOffice>(StringComparer.Ordinal);
                    // (an office of another country, or with other words before its noun, under the same noun: which one is not known)
                    var modifiers = title < of - 1 ? Casing.Lower(MentionParser.Join(tk, title, of - 1)) : "";
                    if (!offices.TryGetValue(noun, out var known)) offices[noun] = new PlaceOffice(pi, title, country, modifiers);
                    else if (!ReferenceEquals(known.Country, country) || known.Modifiers != modifiers) known.Ambiguous = true;
                }
            }
            return offices;
        }

        /// <summary>At most this many capitalised words of an office's title before its "of" ("Chief Minister").</summary>
        private const int OfficeTitleWords = 3;

        /// <summary>
        /// The office of a place named before (<see cref="OfficesOfPlaces"/>) that <paramref name="m"/> names by a bare "the" and
        /// the office's noun ("the Governor", "the governor"), with no name, owner, apposition or modifier but the title's own, and
        /// no words after it but "of" and the office's place; null when it names none, or offices of two countries.
        /// </summary>
        private static PlaceOffice? OfficeOfPlaceHolder(Mention m, int paragraph, Dictionary<string, PlaceOffice> offices)
        {
            if (m.Kind != SourceKind.Description || m.IsPronoun || m.Plural || m.Name != null || m.Owner != null || m.Apposition != null ||
                !Lexicon.IsAsWritten(m.Determiner, WordGroup.DefiniteArticle) || m.Head.Length == 0) return null;
            if (!offices.TryGetValue(Casing.Lower(m.Head), out var office) || office.Ambiguous) return null;
            // (named before the mention's first word)
            if (office.Paragraph > paragraph || office.Paragraph == paragraph && office.Token > m.Start) return null;
            if (m.PostModifier != null)
            {
                var post = m.PostModifier.Trim();
                int space = post.IndexOf(' ');
                if (space < 0 || !Lexicon.Is(Casing.Lower(post.Substring(0, space)), WordGroup.OfComplement) ||
                    post.Substring(space + 1).TrimEnd(',', '.') is var named && !ReferenceEquals(CountryTable.Find(named) ?? CountryTable.FindPlace(named), office.Country)) return null;
            }
            // (only the title's own words before the noun: "the provincial governor", "the former governor", "the Prime Minister"
            // after "the Chief Minister of Khyber Pakhtunkhwa" may be another)
            return Casing.Lower(string.Join(" ", m.Modifiers)) == office.Modifiers ? office : null;
        }

        /// <summary>The parties that the words [<paramref name="a"/>, <paramref name="e"/>) name, in order.</summary>
        private List<PartyMention> SidesNamedIn(IReadOnlyList<Token> tokens, int a, int e) =>
            _parties.Mentions(AccountText.Normalize(MentionParser.Join(tokens, a, e)));


        /// <summary>
        /// True when <paramref name="m"/> is an indefinite description ("a senior officer") and the writer's words of its
        /// sentence before it (after any quotation) name a side, none of them <paramref name="party"/>; or a description of a
        /// body ("the army's public relations office") that opens its sentence, and the writer's words of the sentence before
        /// it in the paragraph name a side, none of them <paramref name="party"/>; or people ("Officials") who open their
        /// sentence after one whose subject is another side's body or seat by its name (<see cref="OtherSideNamedSubject"/>).
        /// </summary>
        private bool OnlyOtherSideBefore(FoundAttribution root, Mention m, PartyDefinition party)
        {
            if (m.Kind != SourceKind.Description) return false;
            var sp = root.SourceParagraph;
            var tokens = root.SourceTokens;
            if (sp == null || tokens == null || !ReferenceEquals(tokens, sp.Tokens) || m.Start <= 0 || m.Start >= tokens.Count) return false;
            int sentence = sp.SentenceOf(m.Start);
            int start = sp.Sentences[sentence].Start, end = m.Start;
            if (start == m.Start)
            {
                // (a body, not people: "Investigators blamed …", "Senior officers … believe" after a sentence of the other
                // side's men are most often still the last speaker's; but not after a sentence whose subject is the other side's
                // body by its name: "The army called the report thin. The Pentagon stands by it. Officials say …")
                if (sentence == 0) return false;
                if (!m.IsOrganisationHead) return OtherSideNamedSubject(tokens, sp.Sentences[sentence - 1], party);
                start = sp.Sentences[sentence - 1].Start;
            }
            else if (!Lexicon.Is(m.Determiner, WordTag.Indefinite))
            {
                // "… in its written response, though the director general of military operations told senators …": a "the"
                // description that names a role in full (a phrase after its head) brings in someone as "a" does, whom the
                // writer's words of its sentence and of the one before, naming only another side, give no side
                if (!Lexicon.IsAsWritten(m.Determiner, WordGroup.DefiniteArticle) || m.PostModifier == null || sentence == 0) return false;
                return OnlyOtherSides(SidesNamedIn(tokens, sp.Sentences[sentence - 1].Start, end), party);
            }
            // the writer's words only: a quotation before the mention is the speaker's own ("'… to the Americans,' an official said")
            for (int i = end - 1; i >= start; i--)
                if (tokens[i].IsQuote) { start = i + 1; break; }
            if (start >= end) return false;
            return OnlyOtherSides(SidesNamedIn(tokens, start, end), party);
        }

        /// <summary>How many tokens a card's label before a colon may hold ("The other side:": 4).</summary>
        private const int SubjectLabelTokens = 4;

        /// <summary>
        /// "The Pentagon stands by it.", "Washington has not budged.": <paramref name="sentence"/> opens (after a label and its colon,
        /// "The other side: …") with a subject of capitalised words after an optional determiner and then a verb, and those words
        /// name a side, none of them <paramref name="party"/> and none a person: a side's body or seat by its name, which takes the
        /// floor from the last speaker though it reports no words ("The army called the report thin. The Pentagon stands by it.
        /// Officials say …": the officials are no longer the army's, nor surely the Pentagon's). A subject of the side's men
        /// ("American helicopters struck again") is no name and does not.
        /// </summary>
        private bool OtherSideNamedSubject(IReadOnlyList<Token> tokens, (int Start, int End) sentence, PartyDefinition party)
        {
            int k = sentence.Start;
            for (int i = k; i < sentence.End && i - k < SubjectLabelTokens; i++)
                if (tokens[i].Is(":")) { k = i + 1; break; }
            int start = k;
            if (k < sentence.End && tokens[k].IsWord && tokens[k].Has(WordTag.Determiner)) k++;
            int names = k;
            while (k < sentence.End && tokens[k].IsCapitalized) k++;
            if (k == names || k >= sentence.End || !tokens[k].IsLowerWord || !(tokens[k].IsVerbForm || tokens[k].Has(WordTag.Finite | WordTag.Auxiliary)) ||
                tokens[k].Has(WordTag.Preposition | WordTag.Determiner | WordTag.Relative)) return false;
            var named = SidesNamedIn(tokens, start, k);
            foreach (var x in named)
                if (x.IsPerson) return false;
            return OnlyOtherSides(named, party);
        }

        /// <summary>
        /// Where, in a mention's words (<see cref="MentionWords"/>), the relative clause its apposition is starts ("Mr Lind, who
        /// met Prime Minister Ulla Berg"); -1 when the apposition is none or no relative clause.
        /// </summary>
        private static int RelativeClauseAt(Mention m, string words)
        {
            if (!RolePhrase.IsRelativeClause(m.Apposition)) return -1;
            return words.IndexOf(AccountText.Normalize(m.Apposition!.Trim()), StringComparison.Ordinal);
        }

        /// <summary>
        /// "Ali Shah, a cleric who addressed one of the rallies in Islamabad": where, in a mention's words, the verb of an act done
        /// at a place (words.txt 'place-act') ends that opens a relative clause inside the apposition ("who" and the auxiliaries
        /// before the verb); -1 when there is none. A place after it is where the act was, not a post the speaker holds there
        /// ("an officer who serves in Islamabad", "an official in Islamabad" keep their side).
        /// </summary>
        private static int ActClauseAt(Mention m, string words)
        {
            var apposition = m.Apposition;
            if (apposition == null || RolePhrase.IsRelativeClause(apposition)) return -1;
            var text = AccountText.Normalize(apposition.Trim());
            int at = words.IndexOf(text, StringComparison.Ordinal);
            int who = at < 0 ? -1 : text.IndexOf(" who ", StringComparison.Ordinal);
            if (who < 0) return -1;
            int i = who + " who ".Length;
            while (i < text.Length)
            {
                int e = i;
                while (e < text.Length && char.IsLetter(text[e])) e++;
                if (e == i) return -1;
                var w = text.Substring(i, e - i).ToLowerInvariant();
                if (Lexicon.Is(w, WordSense.PlaceAct)) return at + e;
                // ("who had addressed", "who was speaking", "who also spoke": the auxiliaries and adverbs before the verb)
                if (!Lexicon.Is(w, WordTag.Auxiliary) && !Lexicon.Is(w, WordTag.CueAdverb)) return -1;
                i = e;
                while (i < text.Length && text[i] == ' ') i++;
            }
            return -1;
        }

        /// <summary>The words of a source mention that may name a side: the mention, its apposition, post-modifier and owner.</summary>
        private static string MentionWords(Mention m, IReadOnlyList<Token>? tokens)
        {
            // all the parse took in ("An editorial in Pakistan Today", "Jo Bell, a spokeswoman for the port")
            var s = tokens != null && m.Start < tokens.Count && Math.Max(m.Next, m.End) <= tokens.Count && Math.Max(m.Next, m.End) > m.Start
                ? MentionParser.Join(tokens, m.Start, SpeakingAsideAt(m, tokens) ? m.End : Math.Max(m.Next, m.End)).TrimEnd(',', ' ')
                : m.Text;
            if (m.Apposition != null) s += ", " + m.Apposition;
            if (m.PostModifier != null && s.IndexOf(m.PostModifier, StringComparison.Ordinal) < 0) s += " " + m.PostModifier;
            if (m.Owner != null && s.IndexOf(m.Owner.Text, StringComparison.Ordinal) < 0) s += " " + m.Owner.Text;
            // a label that stands for a name ("A:" for the interviewee the article named)
            if (m.Kind == SourceKind.Name && m.Name != null && s.IndexOf(m.Name, StringComparison.Ordinal) < 0) s += " " + m.Name;
            return AccountText.Normalize(s);
        }

        /// <summary>
        /// "Jo Bell, speaking from Northland, said": an aside opened by a participle of speaking (words.txt 'aside-participle') right
        /// after the mention's comma tells where or how the person spoke, not whom the person speaks for; the place it names is no side.
        /// </summary>
        private static bool SpeakingAsideAt(Mention m, IReadOnlyList<Token> tokens) =>
            m.Next > m.End + 1 && m.End + 1 < tokens.Count && tokens[m.End].Is(",") && tokens[m.End + 1].IsLowerWord && tokens[m.End + 1].Has(WordGroup.AsideParticiple);

        /// <summary>
        /// "The Prime Minister said" after "Prime Minister Yousuf Raza Gilani": a determiner and one title of titles.txt, no name
        /// after it, is as bare as "the prime minister" (its capitals are the title's, not a name's the manifest does not know).
        /// </summary>
        private static bool TitleAlone(Mention m, IReadOnlyList<Token>? tokens)
        {
            if (tokens == null || m.Determiner.Length == 0 || m.End > tokens.Count || m.End - m.Start < 2) return false;
            int j = m.Start + 1;
            return tokens[m.Start].IsWord && tokens[m.Start].Has(WordTag.Determiner) && MentionParser.MatchTitle(tokens, j, m.End, out _) == m.End - j;
        }

        /// <summary>
        /// "Senior officers said": a description that opens its sentence has its first word capitalised for that
        /// alone; that word is read in lower case (a modifier, not a name), so the description stays bare.
        /// </summary>
        private static string OpeningCapitalLowered(Mention m, IReadOnlyList<Token>? tokens, string words)
        {
            if (tokens == null || m.Start >= tokens.Count || m.Determiner.Length > 0 || words.Length == 0 || !char.IsUpper(words[0])) return words;
            bool opens = m.Start == 0 || tokens[m.Start - 1].Is(".") || tokens[m.Start - 1].Is(":") || tokens[m.Start - 1].Is("?") || tokens[m.Start - 1].Is("!");
            if (!opens || m.Modifiers.Count == 0 || !m.Text.StartsWith(m.Modifiers[0], StringComparison.Ordinal)) return words;
            return char.ToLowerInvariant(words[0]) + words.Substring(1);
        }

        /// <summary>
        /// True when the mention's words make its speaker one of no side: a word of accounts-unaffiliated-words.txt
        /// ("analysts", "residents"), or a private person ("a Pakistani graduate student", speaker-nouns.txt 'private')
        /// where no one who speaks for an institution is named ("a student spokesman" is not).
        /// </summary>
        /// <summary>
        /// The next word of <paramref name="text"/> at or after <paramref name="i"/> that blanks and commas part, as
        /// Split(' ', ',') with no empty entry gives them: true with the word at [<paramref name="start"/>, <paramref name="i"/>),
        /// false when no word is left.
        /// </summary>
        internal static bool NextWord(string text, ref int i, out int start)
        {
            while (i < text.Length && (text[i] == ' ' || text[i] == ',')) i++;
            start = i;
            while (i < text.Length && text[i] != ' ' && text[i] != ',') i++;
            return i > start;
        }

        /// <summary>
        /// The mention's words without the participle phrase after its head ("A U.S. official speaking to journalists",
        /// "a diplomat briefing reporters"): the people the phrase takes as its object are whom the speaker met, not what the
        /// speaker is, so "journalists" there makes no speaker of no side. Any other phrase after the head stays read ("a
        /// spokesman for the residents").
        /// </summary>
        private static string WithoutParticiplePhrase(Mention m, string words)
        {
            if (m.Kind != SourceKind.Description || m.PostModifier is not { } post || post.Length == 0) return words;
            int blank = post.IndexOf(' ');
            if (!CueLexicon.EndsInIng((blank < 0 ? post : post.Substring(0, blank)).ToLowerInvariant())) return words;
            int at = words.IndexOf(AccountText.Normalize(post), StringComparison.Ordinal);
            return at > 0 ? words.Substring(0, at).TrimEnd() : words;
        }

        /// <summary>
        /// "Some in Pakistan say …", "many in the United States believe …": a quantifier (words.txt 'quantifier') then "in" and
        /// a country (countries.txt) or a side's own name or alias, with nothing after it: unnamed people of the country, who
        /// speak for no side, not its government or its army ("some in the army", "many in the Pentagon" still name a body of a
        /// side; and not a capital, "some in Islamabad", which as often names the government's circles).
        /// </summary>
        private bool PeopleOfAPlace(string words)
        {
            int blank = words.IndexOf(' ');
            if (blank <= 0 || !Lexicon.Is(words.Substring(0, blank), WordClass.Quantifier)) return false;
            var rest = words.Substring(blank + 1);
            if (!rest.StartsWith("in ", StringComparison.OrdinalIgnoreCase)) return false;
            var place = rest.Substring(3).Trim();
            if (place.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) place = place.Substring(4).Trim();
            if (place.Length == 0) return false;
            if (CountryTable.Find(place) != null) return true;
            var named = _parties.Mentions(place);
            return named.Count == 1 && named[0].Start == 0 && named[0].End == place.Length && named[0].Kind is MentionKind.Name or MentionKind.Alias;
        }

        private bool Unaffiliated(string words)
        {
            bool privatePerson = false, institutional = false;
            // the words between blanks and commas, as Split(' ', ',') with no empty entry gives them, read in place: no array of
            // them and no array of the separators at every call (issue #10)
            for (int i = 0; NextWord(words, ref i, out int start);)
            {
                var w = start == 0 && i == words.Length ? words : words.Substring(start, i - start);
                var bare = w.ToLowerInvariant();
                if (bare.EndsWith(Possessive.Straight, StringComparison.Ordinal)) bare = bare.Substring(0, bare.Length - Possessive.Straight.Length);
                // (the kin of one named or described, speaker-nouns.txt 'kin', speak for their family, not for the side of the
                // one they are kin to or of the speaker before: "the father of one of the dead soldiers said")
                if (_lexicon.UnaffiliatedWords.Contains(bare) || Lexicon.IsSpeakerNoun(bare, SpeakerNounTag.Kin)) return true;
                privatePerson |= Lexicon.IsSpeakerNoun(bare, SpeakerNounTag.Private);
                institutional |= Lexicon.IsSpeakerNoun(bare, SpeakerNounTag.Institutional);
            }
            return privatePerson && !institutional;
        }

        /// <summary>"the investigators" with no words of their own (speaker-nouns.txt 'findings'): people who make findings, bare, after "the".</summary>
        /// <remarks>
        /// A plural with no determiner at all is as bare ("Investigators concluded that …" after "the report of General Reyes"): the
        /// makers of the findings named before, as "the investigators" are.
        /// </remarks>
        private static bool FindingsMakersAlone(Mention m, List<PartyMention> named) =>
            m.Kind == SourceKind.Description && !m.IsPronoun && m.Name == null && m.Owner == null && m.Modifiers.Count == 0 && named.Count == 0 &&
            (Lexicon.Is(m.Determiner, WordGroup.DefiniteArticle) || m.Determiner.Length == 0) && Lexicon.IsSpeakerNoun(m.Head, SpeakerNounTag.Findings);

        /// <summary>
        /// "The investigation found …", "the report said …" with no owner written: findings, of whoever made them (the side
        /// an earlier mention of them gave, "a U.S. inquiry"), never of the speaker before them; a "he" after them takes
        /// that side too, not the one before.
        /// </summary>
        private static bool FindingsAlone(Mention m) =>
            m.Kind == SourceKind.Description && m.IsDocument && m.Owner == null && m.Modifiers.Count == 0 && Lexicon.IsOrganisationWord(m.Head, OrganisationWordTag.Findings);

        /// <summary>
        /// "a military investigation", "the naval inquiry released on Thursday": findings with words of their own (modifiers) and
        /// no owner, neither a possessive determiner nor a possessive among the words, whose words name no side.
        /// </summary>
        private bool DescribedFindings(Mention m, string words)
        {
            if (m.Kind != SourceKind.Description || !m.IsDocument || m.Owner != null || m.Modifiers.Count == 0 ||
                !Lexicon.IsOrganisationWord(m.Head, OrganisationWordTag.Findings) || Lexicon.Is(m.Determiner, WordClass.CollectivePossessive) ||
                Lexicon.Is(m.Determiner, WordGroup.GroupPossessive)) return false;
            foreach (var w in m.Modifiers)
                if (Possessive.EndsIn(w)) return false;
            return _parties.Mentions(words).Count == 0;
        }

        /// <summary>
        /// "its own investigation", "their final report": findings a possessive pronoun owns, with words of their own (the
        /// bare "its report" is <see cref="FindingsAlone"/>).
        /// </summary>
        private static bool PronounOwnedFindings(Mention m) =>
            m.Kind == SourceKind.Description && m.IsDocument && m.Owner == null && m.Modifiers.Count > 0 &&
            Lexicon.Is(m.Determiner, WordClass.CollectivePossessive) && Lexicon.IsOrganisationWord(m.Head, OrganisationWordTag.Findings);

        /// <summary>
        /// The words a side's name may have between it and a findings word that it names the maker of ("the U.S. military
        /// investigation", "Pakistan's army inquiry"): group nouns or capitalised words, at most this many.
        /// </summary>
        private const int FindingsMakerWords = 2;

        /// <summary>
        /// The findings a document names with their maker written before the findings word, in the order written: a side's
        /// name ("the U.S. report", "a Pakistani army inquiry", "the Pentagon's investigation": that side), or another maker
        /// ("its report", "the committee's inquiry": no side). Found once, when a bare "the report" first needs a side.
        /// </summary>
        private sealed class NamedFindings
        {
            private readonly AnalysedDocument _document;
            private List<(int At, string Head, PartyDefinition? Party)>? _found;

            public NamedFindings(AnalysedDocument document) => _document = document;

            public List<(int At, string Head, PartyDefinition? Party)> Of(ClaimReader reader) => _found ??= reader.FindingsOf(_document);
        }

        private List<(int At, string Head, PartyDefinition? Party)> FindingsOf(AnalysedDocument document)
        {
            var list = new List<(int At, string Head, PartyDefinition? Party)>();
            foreach (var p in document.Paragraphs)
            {
                var tk = p.Tokens;
                var sided = new Dictionary<int, PartyDefinition>();
                foreach (var x in _parties.Mentions(p.Text))
                {
                    // the token the name ends in: the name's own word, or the name with "'s" ("Pakistan's inquiry"), nothing
                    // else joined to it ("U.S.-led")
                    int k = p.TokenAt(x.End) - 1;
                    if (k < 0 || k >= tk.Count) continue;
                    var rest = tk[k].End > x.End ? p.Text.Substring(x.End, tk[k].End - x.End) : "";
                    if (rest.Length > 0 && !Possessive.IsSuffix(rest)) continue;
                    int first = k + 1 < tk.Count && rest.Length == 0 && tk[k + 1].Start == x.End && Possessive.IsSuffix(tk[k + 1].Text) ? k + 2 : k + 1;
                    if (PublishedFindings(tk, first) is var published && published >= 0)
                    {
                        sided[published] = x.Party;
                        continue;
                    }
                    if (FindingsByMaker(tk, p.TokenAt(x.Start)) is var by && by >= 0)
                    {
                        sided[by] = x.Party;
                        continue;
                    }
                    for (int n = 0, j = first; j < tk.Count && n <= FindingsMakerWords && tk[j].IsWord; j++, n++)
                    {
                        if (Lexicon.IsOrganisationWord(tk[j].Lower, OrganisationWordTag.Findings))
                        {
                            if (FindingsHead(tk, j)) sided[j] = x.Party;
                            break;
                        }
                        if (!(tk[j].IsCapitalized || _lexicon.GroupNouns.Contains(tk[j].Lower))) break;
                    }
                }
                for (int j = 1; j < tk.Count; j++)
                {
                    if (!tk[j].IsWord || !Lexicon.IsOrganisationWord(tk[j].Lower, OrganisationWordTag.Findings) || !FindingsHead(tk, j)) continue;
                    if (sided.TryGetValue(j, out var side)) list.Add((p.Start + tk[j].Start, tk[j].Lower, side));
                    // another maker: an owner ("its report", "the committee's inquiry"; a capitalised word may be a place: "the
                    // Salala inquiry")
                    else if (tk[j - 1].IsWord && (tk[j - 1].Has(WordTag.Possessive) || Possessive.EndsIn(tk[j - 1].Text)))
                        list.Add((p.Start + tk[j].Start, tk[j].Lower, null));
                }
            }
            return list;
        }

        /// <summary>
        /// "The Pentagon released the report", "NATO on Thursday published its findings": the findings word that a verb of
        /// publishing (tagged publishing in words.txt) right after a side's name takes as its object (after a determiner and at
        /// most <see cref="FindingsMakerWords"/> words in lower case), so that the side is their maker; -1 when there is none.
        /// </summary>
        private int PublishedFindings(TokenList tk, int v)
        {
            // "the American military has published its inquiry": a side's name with group nouns after it ("military", "army")
            for (int n = 0; n < FindingsMakerWords && v < tk.Count && tk[v].IsLowerWord && _lexicon.GroupNouns.Contains(tk[v].Lower); n++) v++;
            while (v < tk.Count && tk[v].IsLowerWord && tk[v].Has(WordTag.Auxiliary | WordTag.CueAdverb)) v++;
            // "on Thursday released": a day phrase before the verb
            if (v + 1 < tk.Count && tk[v].IsLowerWord && tk[v].Has(WordClass.DayLead) && tk[v + 1].Has(WordTag.Calendar)) v += 2;
            if (v >= tk.Count || !tk[v].IsLowerWord || !tk[v].Has(WordGroup.Publishing)) return -1;
            int j = v + 1;
            if (j < tk.Count && tk[j].IsLowerWord && tk[j].Has(WordTag.Determiner | WordTag.Possessive)) j++;
            for (int n = 0; j < tk.Count && n <= FindingsMakerWords && tk[j].IsLowerWord; j++, n++)
                if (Lexicon.IsOrganisationWord(tk[j].Lower, OrganisationWordTag.Findings))
                    return FindingsHead(tk, j) ? j : -1;
            return -1;
        }

        /// <summary>
        /// The capitalised words a maker's name may have before it after "by" ("the report by Air Force Brigadier General
        /// Stephen Clark": the titles before the name the manifest knows), at most this many.
        /// </summary>
        private const int MakerTitleWords = 4;

        /// <summary>
        /// "the report by Brigadier General Stephen Clark", "an inquiry by NATO", "the investigation released by the Pentagon",
        /// "the investigation led by General Reyes", "the report of Colonel Ames": the findings word whose maker is the side's
        /// name starting at token <paramref name="k"/>, named after "by" (and a determiner or titles; a verb of publishing or a
        /// participle of making or leading a document, document-makers.txt, may stand between the findings word and "by"),
        /// or after "of" and titles for a document whose "of" names its author (<see cref="AuthoredBy"/>); -1 when there is
        /// none, or when the findings, with no verb between them and "by", are themselves the object of a noun ("the rejection
        /// of the report by Pakistan": "by" then most often names who rejected it; "the summary of the investigation led by
        /// General Reyes" is his).
        /// </summary>
        private int FindingsByMaker(TokenList tk, int k)
        {
            int b = k - 1;
            int titles = 0;
            for (; b >= 0 && titles < MakerTitleWords && tk[b].IsWord && tk[b].IsCapitalized; titles++) b--;
            if (b >= 0 && tk[b].IsLowerWord && tk[b].Has(WordTag.Determiner)) b--;
            if (b < 1 || !tk[b].IsLowerWord) return -1;
            bool agent = tk[b].Has(WordGroup.Agent);
            if (!agent && !AuthoredBy(tk, b, titles)) return -1;
            int j = b - 1;
            // (a participle of making or leading a document, document-makers.txt, of one word or two: "led by", "carried out by")
            int made = !agent || !tk[j].IsLowerWord ? 0 : tk[j].Has(WordGroup.Publishing) || Lexicon.IsDocumentMaker(tk[j].Lower) ? 1 :
                j > 0 && tk[j - 1].IsLowerWord && Lexicon.IsDocumentMaker(tk[j - 1].Lower + " " + tk[j].Lower) ? 2 : 0;
            bool verb = made > 0;
            j -= made;
            if (j < 0 || !tk[j].IsLowerWord || !Lexicon.IsOrganisationWord(tk[j].Lower, OrganisationWordTag.Findings) || !FindingsHead(tk, j)) return -1;
            int d = j - 1;
            if (d >= 0 && tk[d].IsLowerWord && tk[d].Has(WordTag.Determiner)) d--;
            if (!verb && d >= 0 && tk[d].IsLowerWord && tk[d].Has(WordGroup.OfComplement)) return -1;
            return j;
        }

        /// <summary>
        /// "the report of Brig Gen Stephen Clark": an "of" at <paramref name="b"/> after a document whose "of" names its author
        /// (accounts-stance.txt authored-findings), before a name with at least one title (<paramref name="titles"/> capitalised
        /// words before it), so a person: "the investigation of General Reyes" is into him, and "the report of the Pentagon's
        /// rejection" names what it reports.
        /// </summary>
        private bool AuthoredBy(TokenList tk, int b, int titles) =>
            titles > 0 && tk[b].Has(WordGroup.OfComplement) && tk[b - 1].IsLowerWord && _lexicon.AuthoredFindings.Contains(tk[b - 1].Lower);

        /// <summary>
        /// Whether the findings word at <paramref name="j"/> heads its phrase ("the U.S. report found", "the inquiry conducted
        /// by …"), not a word before the noun of a group or an organisation ("Gilani's ruling coalition", "the U.S. investigation
        /// team", "the Senate review board").
        /// </summary>
        private bool FindingsHead(TokenList tk, int j)
        {
            if (j + 1 >= tk.Count || !tk[j + 1].IsLowerWord) return true;
            var next = tk[j + 1].Lower;
            return !(Lexicon.IsOrganisationWord(next) || _lexicon.GroupNouns.Contains(next) || Lexicon.IsSpeakerNoun(next, out _, out _));
        }

        /// <summary>
        /// The side of a bare "the report", "the investigation" (<see cref="FindingsAlone"/>) that the document's words before it
        /// gave the findings named last before it ("the U.S. report", "an American inquiry"); none when those findings have another
        /// maker ("its report") or none written, or when findings of more than one side were named before (whose "the report" is
        /// it then?).
        /// </summary>
        private PartyDefinition? FindingsNamedBefore(NamedFindings findings, FoundAttribution root, Mention m)
        {
            if (root.SourceSpan is not { } at) return null;
            // the maker of the findings of the same word named last before it ("the report" after "its report" is that one,
            // whatever "American inquiry" came between), else of any findings named last; and no other side's findings before
            PartyDefinition? side = null, last = null, lastSame = null;
            bool same = false;
            var head = Casing.Lower(m.Head);
            foreach (var (where, word, party) in findings.Of(this))
            {
                if (where >= at.Start) break;
                last = party;
                if (word == head) { lastSame = party; same = true; }
                if (party == null) continue;
                if (side != null && !ReferenceEquals(side, party)) return null;
                side = party;
            }
            return same ? lastSame : last;
        }

        /// <summary>
        /// A document that is not the speaker before it under another name: one with its owner written ("the army's
        /// rebuttal", "posts on social media": the owner's side, which its words did not name), or one that does not
        /// speak for the side named before ("some posts claim", "an article argued"; "the statement" does,
        /// organisation-words.txt 'institutional').
        /// </summary>
        private static bool OwnVoice(Mention m)
        {
            if (m.Kind != SourceKind.Description) return false;
            // "some posts": a plural the parse kept as written is the document word's too
            var head = Lexicon.IsDocumentPlural(m.Head) ? m.Head.Substring(0, m.Head.Length - 1) : m.Head;
            if (!(m.IsDocument || Lexicon.IsDocumentWord(head))) return false;
            if (m.Owner is { IsPronoun: false } || !Lexicon.IsOrganisationWord(head, OrganisationWordTag.Institutional)) return true;
            foreach (var w in m.Modifiers)
                if (Possessive.EndsIn(w)) return true;
            return false;
        }

        /// <summary>"The Department", "the Ministry": one organisation word, capitalised, that stands for the organisation named before.</summary>
        private static bool InstitutionAlone(Mention m)
        {
            var name = (m.Name ?? m.Text).Trim();
            if (name.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) name = name.Substring(4);
            return (m.Kind == SourceKind.Organisation || m.Kind == SourceKind.Description) && name.IndexOf(' ') < 0 && Lexicon.IsOrganisationWord(name.ToLowerInvariant());
        }

        /// <summary>True when the words hold a capitalised word that is not a stop word or a speaker noun: a name.</summary>
        private bool HasName(string words)
        {
            foreach (var w in words.Split(new[] { ' ', ',' }, StringSplitOptions.RemoveEmptyEntries))
            {
                if (w.Length == 0 || !char.IsUpper(w[0])) continue;
                var lower = w.ToLowerInvariant().TrimEnd('.');
                if (_lexicon.StopWords.Contains(lower) || _lexicon.SpeakerNouns.Contains(lower) || _lexicon.Abbreviations.Contains(lower) || Lexicon.Is(lower, WordTag.Determiner | WordTag.Intro)) continue;
                return true;
            }
            return false;
        }

        /// <summary>
        /// "a Pakistani-born internist", "a doctor of Pakistani descent", "a Pakistani-American pharmacist": a country's word joined by
        /// a hyphen to a word of origin (words.txt 'origin': "born"), or before one after "of", or one of two demonyms joined by a
        /// hyphen, names where the person or the family came from, not a side the person speaks for.
        /// </summary>
        private static bool NamesAnOrigin(string words, int start, int end)
        {
            // "Pakistani-born", "Pakistani-American": the hyphen and the word right after the term
            if (end + 1 < words.Length && words[end] == '-' && char.IsLetter(words[end + 1]))
            {
                int e = end + 1;
                while (e < words.Length && char.IsLetter(words[e])) e++;
                var next = words.Substring(end + 1, e - end - 1);
                if (Lexicon.Is(next.ToLowerInvariant(), WordSense.Origin)) return true;
                if (CountryTable.FindDemonym(next) != null && CountryTable.FindDemonym(words.Substring(start, end - start)) != null) return true;
            }
            // "Pakistani-American": the second demonym, after the first and its hyphen
            if (start >= 2 && words[start - 1] == '-' && char.IsLetter(words[start - 2]))
            {
                int b = start - 1;
                while (b > 0 && char.IsLetter(words[b - 1])) b--;
                if (CountryTable.FindDemonym(words.Substring(b, start - 1 - b)) != null && CountryTable.FindDemonym(words.Substring(start, end - start)) != null) return true;
            }
            // "of Pakistani descent": "of" before the term, a word of origin after it
            if (LetterWordBeforeIs(words, start, "of") && end + 1 < words.Length && words[end] == ' ')
            {
                int e = end + 1;
                while (e < words.Length && char.IsLetter(words[e])) e++;
                return e > end + 1 && Lexicon.Is(words.Substring(end + 1, e - end - 1).ToLowerInvariant(), WordSense.Origin);
            }
            return false;
        }

        /// <summary>
        /// "Dr Ada Lund, who teaches strategic studies in Islamabad", "who was born in Pakistan": a side's name or seat that a
        /// preposition of place opens in the relative clause after the speaker is where the speaker works, lives or came from, not
        /// the side the speaker speaks for; a side as an owner keeps it ("who sits in Pakistan's parliament").
        /// </summary>
        private static bool PlaceInRelativeClause(string words, int start, int end)
        {
            var before = LetterWordBefore(words, start, out _);
            if (before.Length == 0 || !Lexicon.IsAsWritten(before, WordClass.PlacePreposition)) return false;
            return !(end < words.Length && (words[end] == '\'' || words[end] == '’')) && !Possessive.EndsIn(words.Substring(start, end - start));
        }

        /// <summary>
        /// "the ambassador to Washington", "a post on Facebook": a side after such a preposition is not the speaker's (a statement "by"
        /// keeps its author); nor is the host a mission's words name ("Embassy Islamabad", "the consulate in Karachi"), nor a seat
        /// the speaker stood beside ("speaking to reporters outside the Pentagon": <see cref="PartyResolver.BesideAPlace"/>).
        /// </summary>
        private static bool NotTheSpeakers(string words, int at)
        {
            if (PartyResolver.AfterAMission(words, at) || PartyResolver.BesideAPlace(words, at)) return true;
            if (AddresseeOfMissive(words, at)) return true;
            var w = LetterWordBefore(words, at, out int b);
            if (w == "the") w = LetterWordBefore(words, b, out b);
            if (Lexicon.IsAsWritten(w, WordGroup.Agent))
            {
                // "a statement by the Guard" keeps its author; "interviewed by Northland radio" does not
                var before = LetterWordBefore(words, b, out int b2);
                return !(Lexicon.IsDocumentWord(before) || Lexicon.IsSpeakerNoun(before, out _, out _) || MadeDocument(words, b2, before));
            }
            return Lexicon.Is(w, WordClass.TargetPreposition);
        }

        /// <summary>
        /// True when <see cref="LetterWordBefore"/> is <paramref name="lower"/> (a lower-case word), compared in place: asked of
        /// every side the speaker's words name, it needs no new string (issue #10; the text layer's reading, which the party
        /// resolver's <see cref="PartyResolver.OfOrigin"/> asks too).
        /// </summary>
        private static bool LetterWordBeforeIs(string words, int at, string lower) => LookBack.LetterWordIs(words, at, lower);

        /// <summary>
        /// The word of letters that ends where the blanks before <paramref name="at"/> begin, in lower case ("" when a mark or
        /// the start stands there), and where it starts: the look-back of <see cref="NotTheSpeakers"/>,
        /// <see cref="AddresseeOfMissive"/> and <see cref="MadeDocument"/>.
        /// </summary>
        private static string LetterWordBefore(string words, int at, out int start)
        {
            int e = at;
            while (e > 0 && words[e - 1] == ' ') e--;
            start = e;
            while (start > 0 && char.IsLetter(words[start - 1])) start--;
            return words.Substring(start, e - start).ToLowerInvariant();
        }

        /// <summary>
        /// "NATO's chief, in a letter to Prime Minister Ali Shah, said", "in a meeting with President Jo Bell": a person named, with
        /// the titles written before the name, right after "to" or "with" that follow a missive ("letter", "message", "note") or an
        /// occasion of talk ("meeting", "interview", "conversation") is the one written or spoken to, never the speaker (as "to"
        /// right before the name already says; the titles between do not make the addressee the speaker).
        /// </summary>
        private static bool AddresseeOfMissive(string words, int at)
        {
            int e = at, titles = 0;
            while (true)
            {
                while (e > 0 && words[e - 1] == ' ') e--;
                int b = e;
                while (b > 0 && words[b - 1] != ' ') b--;
                if (b == e) return false;
                var w = words.Substring(b, e - b);
                if (char.IsUpper(w[0]) && (Lexicon.IsTitleWord(w) || Lexicon.IsTitleWord(w.TrimEnd('.'))))
                {
                    e = b;
                    titles++;
                    continue;
                }
                // (a name right after "to" is read so by NotTheSpeakers already)
                if (titles == 0 || !(w.Equals("to", StringComparison.Ordinal) || w.Equals("with", StringComparison.Ordinal))) return false;
                var noun = LetterWordBefore(words, b, out _);
                return noun.Length > 0 && Lexicon.IsOrganisationWord(noun, OrganisationWordTag.Missive) || Lexicon.Is(noun, WordTag.InterviewNoun) || Lexicon.Is(noun, WordGroup.Occasion);
            }
        }

        /// <summary>
        /// True when the words before "by" (<paramref name="participle"/>, which starts at <paramref name="at"/>, with the word
        /// before it for a phrase of two) say that the one after "by" made or led the document the words name before them
        /// (document-makers.txt): "The inquiry, conducted by the Southern Guard" keeps its maker, as "a statement by" does.
        /// </summary>
        private static bool MadeDocument(string words, int at, string participle)
        {
            var first = LetterWordBefore(words, at, out int b);
            if (!Lexicon.IsDocumentMaker(participle))
            {
                if (first.Length == 0 || !Lexicon.IsDocumentMaker(first + " " + participle)) return false;
                at = b;
            }
            foreach (var w in words.Substring(0, at).Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries))
                if (Lexicon.IsDocumentWord(w.Trim(',').ToLowerInvariant())) return true;
            return false;
        }

        /// <summary>
        /// True when one of the named is of <paramref name="party"/>: a loop, not a lambda, since a lambda over the parameter
        /// costs its caller a closure at every call (<see cref="OthersClaimNounAt"/> runs at every lower-case word; issue #10).
        /// </summary>
        private static bool NamesParty(List<PartyMention> named, PartyDefinition party)
        {
            foreach (var x in named)
                if (ReferenceEquals(x.Party, party)) return true;
            return false;
        }

        /// <summary>True when the named hold one side or more and none is <paramref name="party"/>.</summary>
        private static bool OnlyOtherSides(List<PartyMention> named, PartyDefinition party) => named.Count > 0 && !NamesParty(named, party);

        /// <summary>True when every mention of the party among the named is an office every state has ("Foreign Ministry"), none a person or a name of its own.</summary>
        private static bool NamedOnlyByBareOffices(List<PartyMention> named, PartyDefinition party)
        {
            foreach (var x in named)
                if (ReferenceEquals(x.Party, party) && (x.IsPerson || !PartyResolver.IsBareMinistry(x.Term))) return false;
            return true;
        }

        /// <summary>
        /// "U.S. and Pakistani officials", "Pakistani officials and American diplomats", "the Pakistani army and the U.S.
        /// embassy": a source of two sides is neither's. Between the two sides' words stand at most
        /// <see cref="ConjunctHeadWords"/> words of people or bodies (speaker nouns, organisation words: the first conjunct's
        /// head), then "and", "or", "&amp;" or a comma, then at most an article; "the U.S. envoy for Afghanistan and Pakistan"
        /// (a preposition between) is one person of the first side.
        /// </summary>
        private static bool Coordinated(string words, PartyMention chosen, List<PartyMention> mentions)
        {
            foreach (var other in mentions)
            {
                if (other.Party == chosen.Party) continue;
                int a = Math.Min(chosen.End, other.End), b = Math.Max(chosen.Start, other.Start);
                if (b < a) continue;
                if (JoinsConjuncts(words.Substring(a, b - a))) return true;
            }
            return false;
        }

        /// <summary>How many words of the first conjunct's head may stand before "and" in a joint source ("officials", "border police").</summary>
        private const int ConjunctHeadWords = 2;

        /// <summary>True when the words between two sides' names join two conjuncts (<see cref="Coordinated"/>).</summary>
        private static bool JoinsConjuncts(string between)
        {
            var w = between.Split(Separators.Whitespace, StringSplitOptions.RemoveEmptyEntries);
            int end = w.Length;
            if (end == 0) return between.IndexOf(',') >= 0;
            // (an article after "and" or "or", never after a comma: "Ada Lund, an independent member" is an apposition)
            if (end > 1 && Lexicon.Is(w[end - 1], WordClass.Article) && Lexicon.IsAsWritten(w[end - 2].ToLowerInvariant(), WordClass.ListCoordinator)) end--;
            var joint = w[end - 1];
            int head = end - 1;
            // ("Pakistani officials, American diplomats": a comma on the last head word)
            if (joint.EndsWith(",", StringComparison.Ordinal) && joint.Length > 1) { head = end; joint = ","; }
            if (!(joint == "," || joint == "&" || Lexicon.IsAsWritten(joint.ToLowerInvariant(), WordClass.ListCoordinator))) return false;
            if (head > ConjunctHeadWords) return false;
            for (int i = 0; i < head; i++)
            {
                var word = w[i].TrimEnd(',').ToLowerInvariant();
                if (!(Lexicon.IsPersonOrBodyWord(word) || Lexicon.IsGroupNoun(word)))
                    return false;
            }
            return true;
        }

        // ---------------------------------------------------------------- positions

        /// <summary>
        /// A paragraph prepared for cue matching: its text with curly marks made straight (offsets kept), cut a range at a time,
        /// and its words with quotations opened. One per thread, filled again for each paragraph (<see cref="For"/>): the words'
        /// list keeps its capacity from paragraph to paragraph and from document to document.
        /// </summary>
        private sealed class ParagraphScope
        {
            [ThreadStatic] private static ParagraphScope? _ofThread;

            private readonly List<Token> _opened = new List<Token>();
            private string _text = "";

            /// <summary>The paragraph this scope was filled for: the caller fills it again for another.</summary>
            public AnalysedParagraph? Paragraph { get; private set; }

            /// <summary>This thread's scope filled for <paramref name="p"/> (the scope filled before is gone).</summary>
            public static ParagraphScope For(AnalysedParagraph p)
            {
                var scope = _ofThread ??= new ParagraphScope();
                scope.Fill(p);
                return scope;
            }

            /// <summary>This thread's scope let go of its paragraph and its words (the list's capacity is kept).</summary>
            public static void Release()
            {
                if (_ofThread is not { } scope) return;
                scope.Paragraph = null;
                scope._text = "";
                scope.Words = Array.Empty<Token>();
                scope._opened.Clear();
            }

            private void Fill(AnalysedParagraph p)
            {
                Paragraph = p;
                _text = p.Text;
                _opened.Clear();
                bool same = true;
                foreach (var t in p.Tokens)
                {
                    if (t.IsQuote || !ReferenceEquals(AccountText.Normalize(t.Text), t.Text)) { same = false; break; }
                }
                if (same)
                {
                    // no quotation and no word to normalise: the paragraph's own tokens are the words
                    Words = p.Tokens;
                    return;
                }
                foreach (var t in p.Tokens)
                {
                    if (t.IsQuote)
                    {
                        // the marks count as marks (a clause ends at them), the words inside as words
                        _opened.Add(new Token(TokenKind.Punct, t.Start, t.Start + 1, "\""));
                        foreach (var inner in p.InnerTokens(p.QuotationIndexOf(t))) _opened.Add(Normalize(inner));
                        _opened.Add(new Token(TokenKind.Punct, t.End - 1, t.End, "\""));
                        continue;
                    }
                    _opened.Add(Normalize(t));
                }
                Words = _opened;
            }

            /// <summary>The paragraph's length in characters.</summary>
            public int Length => _text.Length;

            /// <summary>The paragraph's text from <paramref name="from"/> to <paramref name="to"/>, curly marks made straight.</summary>
            public string Cut(int from, int to) => AccountText.Normalize(_text, from, to - from);

            /// <summary>[from, to) cut into sentences, inside quotations too ("… fired first. They're wrong. They fired first."), in <paramref name="result"/> (emptied first).</summary>
            public List<(int From, int To)> Sentences(int from, int to, List<(int From, int To)> result)
            {
                result.Clear();
                int start = from;
                for (int i = Negation.IndexAt(Words, from); i >= 0 && i < Words.Count && Words[i].Start < to; i++)
                {
                    var t = Words[i];
                    if (t.Kind != TokenKind.Punct || !(t.Text == "." || t.Text == "?" || t.Text == "!")) continue;
                    if (i + 1 < Words.Count && !(Words[i + 1].IsCapitalized || Words[i + 1].Kind == TokenKind.Punct && Words[i + 1].Text == "\"")) continue;
                    if (t.End > start && t.End <= to) { result.Add((start, t.End)); start = t.End; }
                }
                if (to > start) result.Add((start, to));
                return result;
            }

            /// <summary>The paragraph's words and marks, quotations opened, apostrophes made straight.</summary>
            public IReadOnlyList<Token> Words { get; private set; } = Array.Empty<Token>();

            private static Token Normalize(Token t)
            {
                var text = AccountText.Normalize(t.Text);
                return ReferenceEquals(text, t.Text) ? t : new Token(t.Kind, t.Start, t.End, text);
            }
        }

        /// <summary>
        /// A cue limited to one side and naming no party ("fired upon", "unprovoked" for the side that was
        /// attacked) means that side was the target. The text may make the speaker's own side the doer
        /// instead: an agent after the cue ("an unprovoked attack by Northern forces", said by Northland; "fired on
        /// by our own aircraft"), or,
        /// for a participle with a target preposition ("fired on", "shot at"), an active clause whose subject is
        /// the speaker's side ("their soldiers shot at anyone", "we fired on the post"; not "we were fired on"), or a
        /// passive whose subject is another side ("Northern troops were fired on", said by Southland). Gives 1 when the cue reads as written, -1 when the speaker's side is the doer (the other position),
        /// 0 when a noun cue is another side's act ("the claim of self-defence by the other side": no vote), and 0 for such an
        /// active participle whose target after it is another side and whose subject is not the speaker's ("the troops had not
        /// fired on the coalition convoy", said by Southland); -1 for such an active participle denied with a subject of no side
        /// ("the soldiers at the post had not fired on the patrol": a side denies its own men's act).
        /// </summary>
        private int Doer(ParagraphScope scope, int start, int end, CompiledCue cue, PartyDefinition party)
        {
            if (cue.Party == null || cue.Cue.Text.IndexOf('{') >= 0) return 1;
            var words = scope.Words;
            var cueWords = AccountLexicon.Words(cue.Cue.Text);
            bool participle = cueWords.Length == 2 && _lexicon.TargetPrepositions.Contains(cueWords[1])
                && (cueWords[0].EndsWith("ed", StringComparison.Ordinal) || _lexicon.Participles.Contains(cueWords[0]));
            // the agent: "by" right after a participle ("fired upon by"), or after the noun the cue qualifies
            // ("an unprovoked attack by"); not right after a noun cue, whose "by" names who claims or does it
            // ("the claim of self-defence by the soldiers")
            int k = Negation.IndexAt(words, end);
            for (int i = k, n = 0; i >= 0 && i < words.Count && n < 3; i++)
            {
                var t = words[i];
                if (!t.IsWord) { if (t.Text == "\"") continue; break; }
                n++;
                if (!_lexicon.AgentPrepositions.Contains(t.Lower)) continue;
                var side = SideOfWords(scope, i + 1, +1, party);
                if (n == 1 && !participle)
                {
                    // "the claim of self-defence by the other side": whose act the cue is turns round; no vote
                    if (side == false) return 0;
                    break;
                }
                return side == true ? -1 : 1;
            }
            // an active participle: "shot at", "fired on" with a subject of the speaker's side
            if (!participle) return 1;
            int m = Negation.IndexAt(words, start) - 1;
            bool denied = false;    // a negator between the subject and the participle ("had not fired on")
            while (m >= 0 && words[m].IsWord && (words[m].Has(WordTag.Finite | WordTag.CueAdverb | WordTag.Negation) || words[m].Lower.EndsWith("ly", StringComparison.Ordinal) || words[m].Has(WordGroup.PerfectParticiple))
                   && !_lexicon.PassiveWords.Contains(words[m].Lower))
            {
                denied |= words[m].Has(WordTag.Negation);
                m--;
            }
            if (m < 0 || !words[m].IsWord) return 1;
            // a target preposition left with no object ("U.S. troops fired on first at border", "troops fired on from the
            // ridge"): a passive whose "be" is left out, as headlines and reduced relatives leave it; its subject ends right
            // before the participle
            if (k >= 0 && k < words.Count && words[k].IsWord && _lexicon.StrandedWords.Contains(words[k].Lower)
                && !_lexicon.PassiveWords.Contains(words[m].Lower) && !denied)
            {
                int head = HeadBeforePlacePhrase(words, m);
                return SideOfWords(scope, head >= 0 ? head : m, -1, party) == false ? -1 : 1;
            }
            if (_lexicon.PassiveWords.Contains(words[m].Lower))
            {
                // a passive whose subject names another side: that side was the target ("U.S. troops were fired on",
                // said by anyone); the speaker's side or no side named: the cue as written
                int subject = m - 1;
                while (subject >= 0 && words[subject].IsWord && (words[subject].Has(WordTag.Finite | WordTag.CueAdverb | WordTag.Negation) || words[subject].Lower.EndsWith("ly", StringComparison.Ordinal))) subject--;
                // ("commandos operating near the Northern border were fired on": the side of the place is not the men's)
                if (subject >= 0 && HeadBeforePlacePhrase(words, subject) is var head && head >= 0) subject = head;
                return subject >= 0 && words[subject].IsWord && SideOfWords(scope, subject, -1, party) == false ? -1 : 1;
            }
            // an active clause: the speaker's side as its subject did it. Otherwise a target named right after the cue that is
            // another side ("the troops at the post had not fired on the coalition convoy"; not "shot at from the other side") was
            // not the speaker's side, and a subject of no side does not say who did it (the speaker's troops, or militants): no vote
            var doer = SideOfWords(scope, m, -1, party);
            if (doer == true) return -1;
            bool target = k >= 0 && k < words.Count && words[k].IsWord && !words[k].Has(WordTag.Preposition);
            if (target && SideOfWords(scope, k, +1, party) == false) return 0;
            // a side denies what its own men did: "the soldiers at the post had not fired on the patrol", said by that side, is its
            // soldiers who did not fire (not "it was not fired on"); a subject of another side keeps the cue as written
            return denied && doer == null ? -1 : 1;
        }

        /// <summary>The most words read back from a passive's subject to the place preposition after its participle ("near the Northern border").</summary>
        private const int PlacePhraseWords = 4;

        /// <summary>
        /// "Southern commandos operating near the Northern border were fired on": a passive's subject whose noun a participle in
        /// -ing and a place phrase follow (accounts-stance.txt place: "at", "on", "in", "near"). The side the place phrase names
        /// is where the men were, not whose they were: the subject's side is read from its noun before the participle. The index
        /// of that noun's last word, or -1 when the subject ends in no such phrase ("the soldiers at the Northern posts were fired
        /// on" are that side's soldiers, and still read so).
        /// </summary>
        private int HeadBeforePlacePhrase(IReadOnlyList<Token> words, int subject)
        {
            for (int i = subject, n = 0; i >= 2 && n < PlacePhraseWords; i--, n++)
            {
                if (!words[i].IsWord) return -1;
                if (!_lexicon.PlacePrepositions.Contains(words[i].Lower)) continue;
                var participle = words[i - 1];
                var noun = words[i - 2];
                // a participle longer than the least form in -ing ("operating", "patrolling"; not "being", "doing"), not a noun in -ing
                // after its determiner ("the building")
                bool ing = CueLexicon.IsIngForm(participle) && participle.Lower.Length > CueLexicon.IngFormMinLength;
                return ing && noun.IsWord && !noun.Has(WordTag.Determiner) ? i - 2 : -1;
            }
            return -1;
        }

        /// <summary>
        /// Whether up to four words from <paramref name="at"/> (forward, or backward to the start of the
        /// subject) name the speaker's own side (true), another side (false), or no side (null). "we", "us",
        /// and "our", "its", "their" before a group noun ("their soldiers") are the speaker's side.
        /// </summary>
        private bool? SideOfWords(ParagraphScope scope, int at, int direction, PartyDefinition party)
        {
            var words = scope.Words;
            int first = at, last = at;
            for (int i = at, n = 0; i >= 0 && i < words.Count && n < 4; i += direction)
            {
                var t = words[i];
                if (!t.IsWord) break;
                if (direction < 0 && (t.Has(WordGroup.Complementizer) || t.Has(WordGroup.Additive) || _lexicon.ReportingVerb(t.Lower) != null || t.Has(WordTag.Finite))) break;
                n++;
                if (direction > 0) last = i; else first = i;
            }
            if (first < 0 || last >= words.Count || first > last || !words[first].IsWord) return null;
            var lower = words[first].Lower;
            if (Lexicon.Is(lower, WordClass.FirstPersonPlural)) return true;
            if (Lexicon.Is(lower, WordClass.CollectivePossessive) && first < last && _lexicon.GroupNouns.Contains(words[first + 1].Lower)) return true;
            var text = scope.Cut(words[first].Start, words[last].End);
            var named = _parties.Mentions(text);
            if (named.Count == 0) return null;
            if (named.All(x => ReferenceEquals(x.Party, party) || string.Equals(x.Party.Name, party.Name, StringComparison.OrdinalIgnoreCase))) return true;
            return false;
        }

        /// <summary>True when a candidate cue is one of the question's (a loop: the query's closure was made at every call).</summary>
        private static bool HasCueFor(List<CompiledCue> candidates, QuestionDefinition q)
        {
            foreach (var c in candidates)
                if (c.Question == q) return true;
            return false;
        }

        /// <summary>The matches of a question's cues, those kept and their votes (<see cref="Position"/>'s lists, emptied for each question).</summary>
        private readonly List<(int Start, int End, CompiledCue Cue, bool InnerNegation)> _found = new List<(int Start, int End, CompiledCue Cue, bool InnerNegation)>();
        private readonly List<(int Start, int End, CompiledCue Cue, bool InnerNegation)> _kept = new List<(int Start, int End, CompiledCue Cue, bool InnerNegation)>();
        private readonly List<(int Position, int Start, int End, bool Negated, bool Yields)> _votes = new List<(int Position, int Start, int End, bool Negated, bool Yields)>();
        /// <summary>Position's coverage map of the kept matches, made again only for a longer extent.</summary>
        private bool[] _covered = Array.Empty<bool>();

        /// <summary>
        /// For each range of the source being read, the pronoun read as the noun of findings it stands for, or null
        /// (<see cref="FindingsPronoun"/>): filled with the ranges' texts in <see cref="Read"/>, which it replaced in them, and read
        /// by <see cref="Position"/> to put each match back at the words as written.
        /// </summary>
        private readonly List<FindingsPronoun.Antecedent?> _pronouns = new List<FindingsPronoun.Antecedent?>();

        /// <summary>
        /// Where each range of the source being read that holds what another told the speaker's side starts, at its verb of telling
        /// (<see cref="ToldToOwnSide"/>): in such a range only a cue whose match opens at that verb counts (read by <see cref="Position"/>).
        /// </summary>
        private readonly List<int> _toldFrom = new List<int>();

        /// <summary>
        /// The words a claim's negation and questioning are read in: the paragraph's, or for a country's side's owned account
        /// (<see cref="Attribution.Rules.OwnedStatement.IsSideAccount"/>) those from its owner on.
        /// </summary>
        private static IReadOnlyList<Token> OwnWords(ParagraphScope scope, FoundAttribution a)
        {
            if (!Attribution.Rules.OwnedStatement.IsSideAccount(a) || a.SourceParagraph != a.Paragraph || a.SourceSpan is not { } source) return scope.Words;
            int from = source.Start - a.Paragraph.Start;
            var words = new List<Token>();
            foreach (var t in scope.Words)
                if (t.Start >= from) words.Add(t);
            return words;
        }

        /// <summary>
        /// The position the ranges of a paragraph (what one source says) take on the question, given the cues that may match them
        /// (<paramref name="candidates"/>, in the order matches are collected) and those that may match each range, or null.
        /// </summary>
        /// <remarks>
        /// A cue is run only on the ranges that hold its words (<see cref="PositionCues.Candidates"/>): on the others its pattern
        /// cannot match, and a source's words cut at other reports are often several ranges, each holding the words of a few cues.
        /// In a range, it is tried only where its first words stand (<see cref="CompiledCue.Match"/>).
        /// </remarks>
        private string? Position(QuestionDefinition q, List<CompiledCue> candidates, List<List<CompiledCue>> rangeCandidates, List<LiteralHits> rangeHits, ParagraphScope scope, IReadOnlyList<Token> own, List<(int From, int To)> ranges, List<string> rangeTexts, PartyDefinition party,
            (int From, int To, bool Deny)? answer, int ownCue, out string? cueText, out bool negated, out bool yields, out bool open)
        {
            cueText = null;
            negated = false;
            yields = false;
            open = false;
            if (ranges.Count == 0 || !HasCueFor(candidates, q)) return null;
            // (this reader's lists, emptied for each question: the matches, those kept, their votes)
            var found = _found;
            found.Clear();
            // the first phrase of the question's open: that the source's words hold ("would not say from where the fire had come")
            (int Start, int End)? leftOpen = null;
            for (int r = 0; r < ranges.Count; r++)
            {
                int rf = ranges[r].From;
                var span = rangeTexts[r];
                var mayMatch = rangeCandidates[r];
                var hits = rangeHits[r];
                foreach (var cue in candidates)
                {
                    if (cue.Question != q || !mayMatch.Contains(cue)) continue;
                    for (var m = cue.Match(span, 0, hits); m.Success; m = cue.Next(span, m, hits))
                    {
                        if (m.Length == 0) continue;
                        // (a range of what another told the speaker's side, ToldToOwnSide: only a cue that opens with the telling)
                        if (m.Index != 0 && _toldFrom.Contains(rf)) continue;
                        bool counts = PositionCues.Counts(cue, m);
                        if (!counts && (cue.Open || !PositionCues.CountsIfDenied(cue, m))) continue;
                        // (a match in a range whose pronoun was read as its noun, at the words as written)
                        var at = _pronouns[r] is { } noun
                            ? (Start: noun.StartAsWritten(m.Index, rf), End: noun.EndAsWritten(m.Index + m.Length, rf))
                            : (Start: rf + m.Index, End: rf + m.Index + m.Length);
                        // ("rejected the contention that troops at the posts had opened fire first": the speaker's own men, denied by
                        // the words around the cue rather than by its own auxiliaries)
                        if (!counts && Negation.IsNegated(own, at.Start, _lexicon, at.End) == PositionCues.InnerNegation(m)) continue;
                        // ("They have not told us anything officially": no formal word since, not one side kept in the dark)
                        if (cue.HoldsNegator && FormalChannel.After(own, m.Value, at.End, _lexicon)) continue;
                        // ("We were not told the truth about that night": honesty about the act afterwards, not information before it)
                        if (cue.HoldsNegator && FormalChannel.Truth(own, m.Value, at.End, _lexicon)) continue;
                        if (cue.Open)
                        {
                            // (OpenQuestion) said, not asked or supposed ("if it is unclear who fired first")
                            if (leftOpen == null && OpenQuestion.Said(own, at.Start, _lexicon)) leftOpen = at;
                            continue;
                        }
                        found.Add((at.Start, at.End, cue, PositionCues.InnerNegation(m)));
                    }
                }
            }
            // OpenQuestion: the source leaves the question's very point open, so no cue of its words takes a position on it
            if (leftOpen is { } lo)
            {
                cueText = scope.Cut(lo.Start, lo.End);
                open = true;
                return null;
            }
            if (found.Count == 0) return null;
            int from = ranges[0].From, to = ranges[ranges.Count - 1].To;
            // Longest first; a match that overlaps a kept one is dropped (a coverage map keeps this linear).
            var kept = _kept;
            kept.Clear();
            // (this reader's map, cleared for its length)
            if (_covered.Length < to - from) _covered = new bool[Math.Max(to - from, _covered.Length * 2)];
            else Array.Clear(_covered, 0, to - from);
            var covered = _covered;
            // longest first, then leftmost, ties in the order found (the stable order of OrderByDescending(length).ThenBy(start)),
            // without the query's iterators, keys and closures
            StableSort.Sort(found, (a, b) => LongerOrLeftmost(a.Start, a.End, b.Start, b.End) ? -1 : LongerOrLeftmost(b.Start, b.End, a.Start, a.End) ? 1 : 0);
            foreach (var f in found)
            {
                bool overlaps = false;
                for (int c = f.Start - from; c < f.End - from && !overlaps; c++) overlaps = covered[c];
                if (overlaps) continue;
                for (int c = f.Start - from; c < f.End - from; c++) covered[c] = true;
                kept.Add(f);
            }

            var votes = _votes;
            votes.Clear();
            // the kept matches overlap none of each other, so no two start at one offset: an unstable sort gives the one order
            kept.Sort((a, b) => a.Start.CompareTo(b.Start));
            foreach (var k in kept)
            {
                // "would not say whether it was deliberate", "if it was deliberate": asked or supposed, not said
                // "the coalition never told Pakistan about the operation": a cue that holds a negator of its own and the
                // attribution's own verb says the source did not speak, not what it said
                if (ownCue >= k.Start && ownCue < k.End && k.Cue.HoldsNegator) continue;
                bool answered = answer is { } an && k.Start >= an.From && k.End <= an.To;
                if (!answered && Negation.IsOpen(own, k.Start, _lexicon)) continue;
                // "That is deliberate", said of a wording before the reader now, not of the act
                if (Negation.IsPresentDemonstrativePredicate(own, k.Start, k.End, _lexicon)) continue;
                // "asked about the claim that its troops fired first": a claim put as a question, asserted by no one here
                if (Negation.IsClaimAskedAbout(own, k.Start, _lexicon)) continue;
                // "Kaira said Pakistan had never accepted the American claim that its soldiers fired first": in a side's account that
                // another speaker names, "its" or "their" may be the owner's side or the side just named; no position on a guess
                if (!ReferenceEquals(own, scope.Words) && k.Cue.Cue.Text.IndexOf(PositionCues.SelfPlaceholder, StringComparison.OrdinalIgnoreCase) >= 0) continue;
                // "First it was a mistake, then it was self-defence": a story recounted as it changed, not the speaker's
                if (Negation.IsSuccessionOfVersions(own, k.Start, _lexicon)) continue;
                // "An accident happens once. Not for a whole night.": the sentence after restricts this one
                if (Negation.IsRestrictedAfter(scope.Words, k.End)) continue;
                // "had only responded to attacks by militants who crossed …": whom the side answered, not which side fired first
                if (Negation.AnswersOtherAttacker(own, k.End, _lexicon)) continue;
                bool denied = Negation.IsNegated(own, k.Start, _lexicon, k.End);
                // "will not accept that it was an accident because Washington says so": the other's authority refused, not the clause
                if (denied && Negation.IsRefusedOnAuthority(own, k.End, _lexicon)) continue;
                bool neg = denied != k.InnerNegation;
                if (answered && answer!.Value.Deny) neg = !neg;
                int position = k.Cue.Position;
                int doer = Doer(scope, k.Start, k.End, k.Cue, party);
                if (doer == 0) continue;
                if (doer < 0)
                {
                    // the cue is said of the speaker's side as the target ("we were fired upon"); here that side is the doer
                    if (q.Positions.Count != 2) continue;
                    position = 1 - position;
                }
                if (neg)
                {
                    // a denied word whose reading turns on who says it, read as written ("he did not accept that the attack was
                    // unprovoked", said by the side that attacked): the speaker may deny the other side's word for its own act,
                    // which is no opposite position of its own; a doer the cue's words name (above) settles it
                    if (doer > 0 && k.Cue.Mirrored) continue;
                    if (q.Positions.Count != 2) continue;
                    position = 1 - position;
                }
                votes.Add((position, k.Start, k.End, neg, k.Cue.Cue.Yields));
            }
            if (votes.Count == 0) return null;
            YieldWithinClaim(votes);
            // the position with the most votes, then the longest cue, then the leftmost (ties: the position voted first); its
            // longest vote (ties: the first) gives the cue's text. What GroupBy, then a stable OrderByDescending(count),
            // ThenByDescending(longest), ThenBy(leftmost), then First gave, without the query's groups and closures.
            int bestVote = -1, bestCount = 0, bestLongest = 0, bestLeftmost = 0;
            for (int i = 0; i < votes.Count; i++)
            {
                int position = votes[i].Position;
                bool first = true;
                for (int j = 0; j < i && first; j++) first = votes[j].Position != position;
                if (!first) continue;
                int count = 0, longest = int.MinValue, leftmost = int.MaxValue, longestVote = i;
                for (int j = i; j < votes.Count; j++)
                {
                    if (votes[j].Position != position) continue;
                    count++;
                    int length = votes[j].End - votes[j].Start;
                    if (length > longest) { longest = length; longestVote = j; }
                    if (votes[j].Start < leftmost) leftmost = votes[j].Start;
                }
                if (bestVote < 0 || count > bestCount || count == bestCount && (longest > bestLongest || longest == bestLongest && leftmost < bestLeftmost))
                {
                    bestVote = longestVote;
                    bestCount = count;
                    bestLongest = longest;
                    bestLeftmost = leftmost;
                }
            }
            var winner = votes[bestVote];
            cueText = scope.Cut(winner.Start, winner.End);
            negated = winner.Negated;
            // the position rests only on cues that yield (see YieldToOwnWord)
            yields = true;
            foreach (var v in votes) if (v.Position == winner.Position && !v.Yields) yields = false;
            return q.Positions[winner.Position].Label;
        }

        /// <summary>
        /// A cue that yields (<see cref="CueDefinition.Yields"/>) gives way within one claim as it does in the document
        /// (<see cref="YieldToOwnWord"/>): "the locations had been shared with NATO and the coalition did not inform Pakistan of
        /// the operation" is the side's own word of the failure, whatever the cues' lengths. The votes of a position that only
        /// yielding cues gave are dropped when another position has a vote of a cue that does not yield.
        /// </summary>
        private static void YieldWithinClaim(List<(int Position, int Start, int End, bool Negated, bool Yields)> votes)
        {
            bool firm = false;
            foreach (var v in votes) firm |= !v.Yields;
            if (!firm) return;
            for (int i = votes.Count - 1; i >= 0; i--)
            {
                if (!votes[i].Yields) continue;
                bool held = false;
                foreach (var v in votes) held |= !v.Yields && v.Position == votes[i].Position;
                if (!held) votes.RemoveAt(i);
            }
        }

        /// <summary>Whether the match [s1, e1) sorts before [s2, e2): longer, or as long and starting earlier.</summary>
        private static bool LongerOrLeftmost(int s1, int e1, int s2, int e2) =>
            e1 - s1 > e2 - s2 || e1 - s1 == e2 - s2 && s1 < s2;
    }
}
