using System;
using System.Collections.Generic;
using System.Linq;
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

        private readonly AccountLexicon _lexicon;
        private readonly PartyIndex _parties;
        private readonly PositionCues _cues;

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

            public PartyDefinition? At(AnalysedParagraph p) =>
                p.Section == _section && p.Index - _paragraph <= Reach ? _party : null;

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
            var order = Enumerable.Range(0, found.Count).OrderBy(i => found[i].Content.Start).ThenBy(i => i).ToArray();
            var claims = new List<IncidentClaim>();
            var chain = new Chain();
            var partyOf = new PartyDefinition?[found.Count];
            var decided = new Dictionary<FoundAttribution, PartyDefinition?>();
            var ofSpeaker = new Dictionary<Entity, PartyDefinition>();
            foreach (var i in order)
            {
                decided[found[i]] = partyOf[i] = PartyOf(found[i], records[i], chain, decided, ofSpeaker);
                if (partyOf[i] != null && found[i].Speaker is { } e && !ofSpeaker.ContainsKey(e)) ofSpeaker[e] = partyOf[i]!;
            }

            // the attributions of each paragraph in the order of their cues, to cut a claim where another source's report begins
            var byParagraph = new Dictionary<int, List<int>>();
            foreach (var i in order)
            {
                if (!byParagraph.TryGetValue(found[i].Paragraph.Index, out var list)) byParagraph[found[i].Paragraph.Index] = list = new List<int>();
                list.Add(i);
            }
            foreach (var list in byParagraph.Values) list.Sort((x, y) => CueAt(found[x]).CompareTo(CueAt(found[y])));
            var scopes = new Dictionary<int, ParagraphScope>();
            foreach (var i in order)
            {
                var a = found[i];
                var record = records[i];
                var party = partyOf[i];
                var p = a.Paragraph;
                if (!scopes.TryGetValue(p.Index, out var scope)) scopes[p.Index] = scope = new ParagraphScope(p);
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
                if (party != null && _cues.Questions.Count > 0)
                {
                    // what this source says: its extent, sentence by sentence, each up to where another source's report begins in it
                    var ranges = new List<(int From, int To)>();
                    foreach (var (f0, t0) in scope.Sentences(from, to))
                    {
                        int cut = CutAtOtherReport(a, party, partyOf, found, byParagraph[p.Index], f0, t0);
                        cut = ReportedOfOthersFrom(scope, a, party, f0, cut);
                        if (cut > f0) ranges.Add((f0, cut));
                    }
                    var candidates = new List<CompiledCue>();
                    foreach (var (rf, rt) in ranges)
                        foreach (var c in _cues.Candidates(scope.Normalized.Substring(rf, rt - rf), party))
                            if (!candidates.Contains(c)) candidates.Add(c);
                    foreach (var q in _cues.Questions)
                    {
                        var position = Position(q, candidates, scope, ranges, out var cue, out var negated);
                        if (position == null) continue;
                        any = true;
                        claims.Add(new IncidentClaim(record, party.Name, record.Speaker, q.Id, position, cue, negated, text, p.Start + sentenceStart, line));
                    }
                }
                if (!any)
                    // without a manifest, the side the country and organisation tables give the speaker
                    claims.Add(new IncidentClaim(record, _parties.Parties.Count > 0 ? party?.Name : record.Party, record.Speaker, null, null, null, false, text, p.Start + sentenceStart, line));
            }
            return claims;
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
                int cueAt = bc.Start - p.Start, sourceAt = Math.Min(bs.Start, bc.Start) - p.Start;
                if (cueAt <= own || cueAt < from || cueAt >= to) continue;
                var other = partyOf[j];
                bool anotherSide = other != null && !ReferenceEquals(other, party);
                bool unresolved = other == null && b.Source is { IsPronoun: true } pm && (pm.Determiner == "they" || pm.Determiner == "he" || pm.Determiner == "she");
                if ((anotherSide || unresolved) && sourceAt > from && sourceAt < cut) cut = sourceAt;
            }
            return cut;
        }

        /// <summary>
        /// Where what the speaker reports another side as saying begins inside [from, to): the first
        /// reporting verb (not the attribution's own cue) whose subject is "they", "he", "she" or words
        /// that name another side ("“They claim that Northland fired first,” Berg said": Berg's claim
        /// stops at "claim"); <paramref name="to"/> when there is none. Reads inside quotations too.
        /// </summary>
        private int ReportedOfOthersFrom(ParagraphScope scope, FoundAttribution a, PartyDefinition party, int from, int to)
        {
            var words = scope.Words;
            var p = a.Paragraph;
            int own = a.Root.Cue is { } c && a.Root.SourceParagraph == p ? c.Start - p.Start : -1;
            for (int v = Negation.IndexAt(words, from); v >= 0 && v < words.Count && words[v].Start < to; v++)
            {
                var t = words[v];
                if (!t.IsWord || t.Start == own || !t.IsLowerWord) continue;
                if (_lexicon.ReportingVerb(t.Lower) == null && CueLexicon.Verb(t.Lower) is not { IsSpeech: true }) continue;
                if (t.Lower.EndsWith("ing", StringComparison.Ordinal)) continue;
                // a verb in use, not a noun of the same spelling ("the NATO attack was …")
                int lo = v, hi = v;
                while (lo > 0 && words[lo - 1].Start >= from) lo--;
                while (hi < words.Count && words[hi].Start < to) hi++;
                if (Attribution.Rules.ReportedSpeech.FiniteVerbAt(words, v, lo, hi) == null) continue;
                int i = v - 1;
                while (i >= 0 && words[i].IsWord && words[i].IsLowerWord && Lexicon.Is(words[i].Lower, WordTag.Finite | WordTag.CueAdverb | WordTag.Negation)) i--;
                if (i < 0 || !words[i].IsWord || words[i].Start < from) continue;
                var w = words[i].Lower;
                if (w == "they" || w == "he" || w == "she") return t.Start;
                // another side named just before the verb (up to five words of its subject)
                int first = i;
                while (first > 0 && i - first < 4 && words[first - 1].IsWord && words[first - 1].Start >= from && !Lexicon.Is(words[first - 1].Lower, WordTag.Opener)) first--;
                var subject = scope.Normalized.Substring(words[first].Start, words[i].End - words[first].Start);
                var named = _parties.Mentions(subject);
                if (named.Count > 0 && named.All(m => !ReferenceEquals(m.Party, party))) return t.Start;
            }
            return to;
        }

        /// <summary>
        /// The side of an attribution: its resolved speaker's party when it is one of the parties; else the
        /// side its source mention names (the manifest's people, organisations and aliases, then the country
        /// table through the speaker); else, for a pronoun or a description with no name ("the official",
        /// "he"), the side of the nearest earlier speaker. A speaker of no side ("analysts", a named person
        /// the manifest does not know) ends the chain.
        /// </summary>
        private PartyDefinition? PartyOf(FoundAttribution a, IncidentAttribution record, Chain chain, Dictionary<FoundAttribution, PartyDefinition?> decided, Dictionary<Entity, PartyDefinition> ofSpeaker)
        {
            var p = a.Paragraph;
            if (a.ContinuesFrom != null)
            {
                // a quotation that continues another is that one's speaker's
                decided.TryGetValue(a.Root, out var rootParty);
                var party0 = rootParty ?? _parties.Find(record.Party);
                if (party0 != null) chain.Set(p, party0);
                return party0;
            }
            var m = a.Root.Source;
            if (m == null) return _parties.Find(record.Party);
            // the side the mention's own words name ("Pakistan's army", "a spokesman for the Southern Guard, Col. Marsh"):
            // a person of the manifest first; no side for "analysts", "residents"; else the first side named
            var words = MentionWords(m, a.Root.SourceTokens);
            var named = _parties.Mentions(words).Where(x => !NotTheSpeakers(words, x.Start)).ToList();
            var person = named.FirstOrDefault(x => x.IsPerson);
            if (person.Party == null && Unaffiliated(words))
            {
                chain.Set(p, null);
                return null;
            }
            var hit = person.Party != null ? person : named.FirstOrDefault();
            if (hit.Party != null && !Coordinated(words, hit, named))
            {
                chain.Set(p, hit.Party);
                return hit.Party;
            }
            // words that name someone or something the manifest does not know ("the Northern Herald", "Greta Lund"):
            // no side, and the chain ends (the speaker's country-table party is kept on the claim by the caller)
            bool bare = m.IsPronoun || m.Kind == SourceKind.Description && m.Name == null && !HasName(words) || InstitutionAlone(m);
            bool surname = m.Kind == SourceKind.Name && m.Name != null && m.Name.IndexOf(' ') < 0 && m.Title == null;
            if (!bare && !surname)
            {
                chain.Set(p, null);
                return null;
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
            // (a person the resolver knows, of no side, is not the last speaker's side: "he" who is a named analyst)
            if (!bare || a.Speaker is { Kind: EntityKind.Person }) { chain.Set(p, null); return null; }
            var last = chain.At(p);
            if (last != null) chain.Set(p, last);
            return last;
        }

        /// <summary>The words of a source mention that may name a side: the mention, its apposition, post-modifier and owner.</summary>
        private static string MentionWords(Mention m, IReadOnlyList<Token>? tokens)
        {
            // all the parse took in ("An editorial in Pakistan Today", "Jo Bell, a spokeswoman for the port")
            var s = tokens != null && m.Start < tokens.Count && Math.Max(m.Next, m.End) <= tokens.Count && Math.Max(m.Next, m.End) > m.Start
                ? MentionParser.Join(tokens, m.Start, Math.Max(m.Next, m.End)).TrimEnd(',', ' ')
                : m.Text;
            if (m.Apposition != null) s += ", " + m.Apposition;
            if (m.PostModifier != null && s.IndexOf(m.PostModifier, StringComparison.Ordinal) < 0) s += " " + m.PostModifier;
            if (m.Owner != null && s.IndexOf(m.Owner.Text, StringComparison.Ordinal) < 0) s += " " + m.Owner.Text;
            // a label that stands for a name ("A:" for the interviewee the article named)
            if (m.Kind == SourceKind.Name && m.Name != null && s.IndexOf(m.Name, StringComparison.Ordinal) < 0) s += " " + m.Name;
            return AccountText.Normalize(s);
        }

        private bool Unaffiliated(string words)
        {
            foreach (var w in words.Split(new[] { ' ', ',' }, StringSplitOptions.RemoveEmptyEntries))
            {
                var bare = w.ToLowerInvariant();
                if (bare.EndsWith("'s", StringComparison.Ordinal)) bare = bare.Substring(0, bare.Length - 2);
                if (_lexicon.UnaffiliatedWords.Contains(bare)) return true;
            }
            return false;
        }

        /// <summary>True when the words hold a capitalised word that is not a stop word or a speaker noun: a name.</summary>
        /// <summary>"The Department", "the Ministry": one organisation word, capitalised, that stands for the organisation named before.</summary>
        private static bool InstitutionAlone(Mention m)
        {
            var name = (m.Name ?? m.Text).Trim();
            if (name.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) name = name.Substring(4);
            return (m.Kind == SourceKind.Organisation || m.Kind == SourceKind.Description) && name.IndexOf(' ') < 0 && Lexicon.IsOrganisationWord(name.ToLowerInvariant());
        }

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

        /// <summary>"the ambassador to Washington", "a post on Facebook": a side after such a preposition is not the speaker's (a statement "by" keeps its author).</summary>
        private static bool NotTheSpeakers(string words, int at)
        {
            int e = at;
            while (e > 0 && words[e - 1] == ' ') e--;
            if (e >= 3 && words.Substring(0, e).EndsWith(" the", StringComparison.OrdinalIgnoreCase)) { e -= 4; while (e > 0 && words[e - 1] == ' ') e--; }
            int b = e;
            while (b > 0 && char.IsLetter(words[b - 1])) b--;
            var w = words.Substring(b, e - b).ToLowerInvariant();
            if (w == "by")
            {
                // "a statement by the Guard" keeps its author; "interviewed by Northland radio" does not
                int e2 = b;
                while (e2 > 0 && words[e2 - 1] == ' ') e2--;
                int b2 = e2;
                while (b2 > 0 && char.IsLetter(words[b2 - 1])) b2--;
                var before = words.Substring(b2, e2 - b2).ToLowerInvariant();
                return !(Lexicon.IsDocumentWord(before) || Lexicon.IsSpeakerNoun(before, out _, out _));
            }
            return w == "to" || w == "on" || w == "against" || w == "about" || w == "with" || w == "than" || w == "into" || w == "toward" || w == "towards";
        }

        /// <summary>"U.S. and Pakistani officials": a source of two sides is neither's.</summary>
        private static bool Coordinated(string words, PartyMention chosen, List<PartyMention> mentions)
        {
            foreach (var other in mentions)
            {
                if (other.Party == chosen.Party) continue;
                int a = Math.Min(chosen.End, other.End), b = Math.Max(chosen.Start, other.Start);
                if (b < a) continue;
                var between = words.Substring(a, b - a).Trim().ToLowerInvariant();
                if (between == "and" || between == "&" || between == "," || between == "and the" || between == "or") return true;
            }
            return false;
        }

        // ---------------------------------------------------------------- positions

        /// <summary>A paragraph prepared for cue matching: its text with curly marks made straight (offsets kept), and its words with quotations opened.</summary>
        private sealed class ParagraphScope
        {
            public ParagraphScope(AnalysedParagraph p)
            {
                Normalized = AccountText.Normalize(p.Text);
                var words = new List<Token>(p.Tokens.Count);
                int quote = 0;
                foreach (var t in p.Tokens)
                {
                    if (t.IsQuote)
                    {
                        // the marks count as marks (a clause ends at them), the words inside as words
                        words.Add(new Token(TokenKind.Punct, t.Start, t.Start + 1, "\"", -1));
                        foreach (var inner in p.InnerTokens(t.Quote)) words.Add(Normalize(inner));
                        words.Add(new Token(TokenKind.Punct, t.End - 1, t.End, "\"", -1));
                        quote++;
                        continue;
                    }
                    words.Add(Normalize(t));
                }
                Words = words;
            }

            public string Normalized { get; }

            /// <summary>[from, to) cut into sentences, inside quotations too ("… fired first. They're wrong. They fired first.").</summary>
            public List<(int From, int To)> Sentences(int from, int to)
            {
                var result = new List<(int, int)>();
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
            public IReadOnlyList<Token> Words { get; }

            private static Token Normalize(Token t) => new Token(t.Kind, t.Start, t.End, AccountText.Normalize(t.Text), t.Quote);
        }

        /// <summary>The position the ranges of a paragraph (what one source says) take on the question, given the cues that may match them, or null.</summary>
        private string? Position(QuestionDefinition q, List<CompiledCue> candidates, ParagraphScope scope, List<(int From, int To)> ranges, out string? cueText, out bool negated)
        {
            cueText = null;
            negated = false;
            if (ranges.Count == 0 || !candidates.Any(c => c.Question == q)) return null;
            var norm = scope.Normalized;
            var found = new List<(int Start, int End, CompiledCue Cue, bool InnerNegation)>();
            foreach (var (rf, rt) in ranges)
            {
                var span = norm.Substring(rf, rt - rf);
                foreach (var cue in candidates)
                {
                    if (cue.Question != q) continue;
                    for (var m = cue.Pattern.Match(span); m.Success; m = m.NextMatch())
                        if (m.Length > 0) found.Add((rf + m.Index, rf + m.Index + m.Length, cue, PositionCues.InnerNegation(m)));
                }
            }
            if (found.Count == 0) return null;
            int from = ranges[0].From, to = ranges[ranges.Count - 1].To;
            // Longest first; a match that overlaps a kept one is dropped (a coverage map keeps this linear).
            var kept = new List<(int Start, int End, CompiledCue Cue, bool InnerNegation)>();
            var covered = new bool[to - from];
            foreach (var f in found.OrderByDescending(f => f.End - f.Start).ThenBy(f => f.Start))
            {
                bool overlaps = false;
                for (int c = f.Start - from; c < f.End - from && !overlaps; c++) overlaps = covered[c];
                if (overlaps) continue;
                for (int c = f.Start - from; c < f.End - from; c++) covered[c] = true;
                kept.Add(f);
            }

            var votes = new List<(int Position, int Start, int End, bool Negated)>();
            foreach (var k in kept.OrderBy(k => k.Start))
            {
                bool neg = Negation.IsNegated(scope.Words, k.Start, _lexicon, k.End) != k.InnerNegation;
                int position = k.Cue.Position;
                if (neg)
                {
                    if (q.Positions.Count != 2) continue;
                    position = 1 - position;
                }
                votes.Add((position, k.Start, k.End, neg));
            }
            if (votes.Count == 0) return null;
            var best = votes.GroupBy(v => v.Position)
                .OrderByDescending(g => g.Count())
                .ThenByDescending(g => g.Max(v => v.End - v.Start))
                .ThenBy(g => g.Min(v => v.Start))
                .First();
            var winner = best.OrderByDescending(v => v.End - v.Start).First();
            cueText = norm.Substring(winner.Start, winner.End - winner.Start);
            negated = winner.Negated;
            return q.Positions[best.Key].Label;
        }
    }
}
