using System;
using System.Collections.Generic;
using System.Linq;
using IncidentTools.Accounts;

namespace IncidentTools
{
    /// <summary>
    /// Finds the claims of a document: the sentences a party says, in quotes or in reported
    /// speech, and the question and position each one takes. The accounts stage of the engine.
    /// </summary>
    public static class ClaimFinder
    {
        /// <summary>
        /// Every claim of the document. A sentence is a party's claim when a quote of that party
        /// covers it, or when it reports what the party says ("Pakistan has said that …",
        /// "…, the Pentagon said", "according to X, …"); a pronoun or a bare "the official"
        /// takes the side of the nearest earlier speaker of the same section. A sentence that
        /// answers several questions gives one claim per question; one that answers none gives
        /// one claim with no question.
        /// </summary>
        public static IReadOnlyList<IncidentClaim> Find(
            IncidentDocument document,
            IReadOnlyList<IncidentQuote>? quotes,
            IEnumerable<PartyDefinition>? parties,
            IEnumerable<QuestionDefinition>? questions)
        {
            if (document == null) throw new ArgumentNullException(nameof(document));
            var lexicon = AccountLexicon.Default;
            var manifest = CompiledManifest.For(parties, questions, lexicon);
            return new ClaimReader(lexicon, manifest.Parties, manifest.Cues).Read(document, quotes ?? Array.Empty<IncidentQuote>());
        }
    }
}

namespace IncidentTools.Accounts
{
    /// <summary>How a claim reached the text: in the party's quoted words, or in the writer's report of them.</summary>
    internal enum ClaimSource { Quote, ReportedSpeech }

    /// <summary>Who says a sentence.</summary>
    internal sealed class Attribution
    {
        public Attribution(PartyDefinition party, string? speaker, string? cue, int verbStart, ClaimSource source, bool fromQuoteEngine = false)
        {
            Party = party;
            Speaker = speaker;
            Cue = cue;
            VerbStart = verbStart;
            Source = source;
            FromQuoteEngine = fromQuoteEngine;
        }

        public PartyDefinition Party { get; }
        public string? Speaker { get; }
        /// <summary>The reporting verb or phrase.</summary>
        public string? Cue { get; }
        /// <summary>Offset of the reporting verb in the paragraph, or -1.</summary>
        public int VerbStart { get; }
        public ClaimSource Source { get; }
        public bool FromQuoteEngine { get; }
    }

    /// <summary>The claim reader for one set of parties and questions.</summary>
    internal sealed class ClaimReader
    {
        private static readonly HashSet<string> Auxiliaries = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "has", "have", "had", "also", "repeatedly", "previously", "still", "now", "did", "does", "do", "would", "will",
            "may", "might", "could", "should", "long", "once", "again", "reportedly", "later", "earlier", "already", "then",
            "too", "first", "further", "not", "never", "strongly", "flatly", "publicly", "privately", "initially", "consistently", "always",
        };

        private static readonly HashSet<string> Passive = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "was", "were", "is", "are", "been", "being", "be", "to",
        };

        private static readonly HashSet<string> Determiners = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your", "any", "no", "every", "each", "such",
        };

        private static readonly HashSet<string> WindowStops = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "that", "when", "because", "if", "whether", "while", "although", "though", "but", "since", "after", "before", "as",
        };

        private static readonly HashSet<string> InvertingVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "say", "add", "tell", "write", "insist", "explain", "note", "declare", "reply", "conclude", "warn", "argue", "report",
        };

        private static readonly HashSet<string> Connectives = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "but", "and", "however", "meanwhile", "also", "yet", "so", "then", "still", "new",
        };

        private static readonly HashSet<string> Pronouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "he", "she", "they", "it", "we" };

        private readonly AccountLexicon _lexicon;
        private readonly PartyIndex _parties;
        private readonly PositionCues _cues;

        public ClaimReader(AccountLexicon lexicon, PartyIndex parties, PositionCues cues)
        {
            _lexicon = lexicon;
            _parties = parties;
            _cues = cues;
        }

        internal sealed class State
        {
            private PartyDefinition? _lastParty;
            private int _lastParagraph;
            public string? LastSpeaker;
            public ParagraphSection? Section;
            /// <summary>The ordinal of the paragraph being read.</summary>
            public int Paragraph;

            /// <summary>How many paragraphs back a pronoun or "the official" may find its speaker.</summary>
            public const int Reach = 3;

            /// <summary>The side of the nearest earlier speaker, within <see cref="Reach"/> paragraphs.</summary>
            public PartyDefinition? LastParty
            {
                get => Paragraph - _lastParagraph <= Reach ? _lastParty : null;
                set
                {
                    _lastParty = value;
                    _lastParagraph = Paragraph;
                }
            }
        }

        public IReadOnlyList<IncidentClaim> Read(IncidentDocument document, IReadOnlyList<IncidentQuote> quotes)
        {
            var docQuotes = quotes.Where(q => q != null && string.Equals(q.DocumentId, document.Id, StringComparison.OrdinalIgnoreCase));
            return ReadDocument(document, docQuotes);
        }

        /// <summary>The claims of one document, given the quotes of that document (any order).</summary>
        public IReadOnlyList<IncidentClaim> ReadDocument(IncidentDocument document, IEnumerable<IncidentQuote> documentQuotes)
        {
            var claims = new List<IncidentClaim>();
            var state = new State();
            // The quotes of each paragraph, in their given order: one pass, not one per paragraph.
            var byParagraph = new Dictionary<(ParagraphSection, int), List<IncidentQuote>>();
            foreach (var q in documentQuotes)
            {
                if (q == null || q.Party == null) continue;
                var key = (q.Section, q.Paragraph);
                if (!byParagraph.TryGetValue(key, out var list)) byParagraph[key] = list = new List<IncidentQuote>();
                list.Add(q);
            }
            foreach (var p in document.AllParagraphs())
            {
                state.Paragraph++;
                if (state.Section != p.Section)
                {
                    state.LastParty = null;
                    state.LastSpeaker = null;
                    state.Section = p.Section;
                }
                var paragraphQuotes = byParagraph.TryGetValue((p.Section, p.Number), out var pq)
                    ? pq.Where(q => q.Start >= p.Start && q.Start <= p.Start + p.Length).ToArray()
                    : Array.Empty<IncidentQuote>();
                ReadParagraph(document, p, paragraphQuotes, state, claims);
            }
            return claims;
        }

        /// <summary>The tokens of each sentence (tokens and sentences both in text order): one pass over the paragraph.</summary>
        private static List<Token>[] SentenceTokens(List<Token> tokens, List<SentenceSpan> sentences)
        {
            var result = new List<Token>[sentences.Count];
            int k = 0;
            for (int i = 0; i < sentences.Count; i++)
            {
                var s = sentences[i];
                var list = new List<Token>();
                while (k < tokens.Count && tokens[k].Start < s.Start) k++;
                int j = k;
                while (j < tokens.Count && tokens[j].Start < s.End)
                {
                    if (tokens[j].End <= s.End) list.Add(tokens[j]);
                    j++;
                }
                k = j;
                result[i] = list;
            }
            return result;
        }

        private void ReadParagraph(IncidentDocument document, DocumentParagraph p, IncidentQuote[] paragraphQuotes, State state, List<IncidentClaim> claims)
        {
            var original = p.Text;
            var norm = AccountText.Normalize(original);
            var mask = AccountText.QuoteMask(original);
            var tokens = AccountText.Tokenize(norm, mask);
            var sentences = AccountText.Sentences(original, _lexicon);
            var attributions = new Attribution?[sentences.Count];
            var seconds = new Attribution?[sentences.Count];
            var sentenceTokens = SentenceTokens(tokens, sentences);
            var quoted = sentenceTokens.Select(ts => ts.Any(t => t.IsWord && t.InQuote)).ToArray();

            // The first quote (in the given order) that overlaps each sentence.
            var sentenceQuote = new IncidentQuote?[sentences.Count];
            foreach (var q in paragraphQuotes)
            {
                int qs = q.Start - p.Start, qe = qs + q.Length;
                int lo = 0, hi = sentences.Count;
                while (lo < hi)
                {
                    int mid = (lo + hi) / 2;
                    if (sentences[mid].End <= qs) lo = mid + 1; else hi = mid;
                }
                for (int i = lo; i < sentences.Count && sentences[i].Start < qe; i++)
                    if (sentenceQuote[i] == null && qs < sentences[i].End && qe > sentences[i].Start) sentenceQuote[i] = q;
            }

            for (int i = 0; i < sentences.Count; i++)
            {
                var quote = sentenceQuote[i];
                PartyDefinition? quoteParty = quote == null ? null : _parties.Find(quote.Party);
                if (quote != null && quoteParty != null)
                {
                    attributions[i] = new Attribution(quoteParty, quote.Speaker, quote.Cue, -1, ClaimSource.Quote, fromQuoteEngine: true);
                    state.LastParty = quoteParty;
                    state.LastSpeaker = quote.Speaker ?? state.LastSpeaker;
                    continue;
                }
                attributions[i] = Attribute(norm, sentenceTokens[i], state);
                // "Pakistan says …, while U.S. officials say …": the other side's clause is its own claim.
                if (attributions[i] is { } first && (seconds[i] = SecondSpeaker(norm, sentenceTokens[i], first)) is { } second)
                {
                    state.LastParty = second.Party;
                    state.LastSpeaker = second.Speaker;
                }
            }

            // A quoted sentence with no attribution of its own belongs to the speaker of the
            // nearest attributed quote of the same paragraph ("“…,” he said. “More words.”");
            // at equal distance the earlier one.
            var nextAttributed = new int[sentences.Count];
            for (int i = sentences.Count - 1, next = -1; i >= 0; i--)
            {
                nextAttributed[i] = next;
                if (attributions[i] != null && quoted[i]) next = i;
            }
            int previous = -1;
            for (int i = 0; i < sentences.Count; i++)
            {
                if (attributions[i] == null && quoted[i])
                {
                    int after = nextAttributed[i];
                    Attribution? from = null;
                    if (previous >= 0 && (after < 0 || i - previous <= after - i)) from = attributions[previous];
                    else if (after >= 0) from = attributions[after];
                    if (from != null) attributions[i] = new Attribution(from.Party, from.Speaker, from.Cue, -1, ClaimSource.Quote, from.FromQuoteEngine);
                }
                if (attributions[i] != null && quoted[i]) previous = i;
            }

            int lineBreaks = 0, counted = 0;
            for (int i = 0; i < sentences.Count; i++)
            {
                var a = attributions[i];
                if (a == null) continue;
                var s = sentences[i];
                var ts = sentenceTokens[i];
                var text = original.Substring(s.Start, s.Length);
                lineBreaks += CountLineBreaks(original, counted, s.Start);
                counted = s.Start;
                int line = p.Line + lineBreaks;
                var source = a.Source == ClaimSource.ReportedSpeech && a.VerbStart >= 0 && IsPostposedOrInverted(ts, a.VerbStart)
                    ? ClaimSource.Quote : a.Source;
                AddClaims(a, source, from: -1);
                if (seconds[i] is { } b) AddClaims(b, ClaimSource.ReportedSpeech, from: b.VerbStart);

                IncidentAttribution Record(Attribution by, ClaimSource kind) =>
                    new IncidentAttribution(document, p, line, kind == ClaimSource.Quote ? AttributionKind.Direct : AttributionKind.Indirect,
                        null, null, by.Cue, null, text, p.Start + s.Start, by.Speaker, null, by.Party.Name, "ClaimFinder");

                // The claims of one speaker of the sentence: what it says after `from` (its own clause), up to where another side speaks.
                void AddClaims(Attribution by, ClaimSource kind, int from)
                {
                    var others = new Lazy<int>(() => ReportedOfOthersFrom(ts, by, from));
                    var candidates = _cues.Candidates(norm.Substring(s.Start, s.Length), by.Party);
                    bool any = false;
                    foreach (var q in _cues.Questions)
                    {
                        var position = Position(q, candidates, norm, s, ts, others, from, out var cue, out var negated);
                        if (position == null) continue;
                        any = true;
                        claims.Add(new IncidentClaim(Record(by, kind), by.Party.Name, by.Speaker, q.Id, position, cue, negated, text, p.Start + s.Start, line));
                    }
                    if (!any)
                        claims.Add(new IncidentClaim(Record(by, kind), by.Party.Name, by.Speaker, null, null, null, false, text, p.Start + s.Start, line));
                }
            }
        }

        private static readonly HashSet<string> ClauseOpeners = new HashSet<string>(StringComparer.Ordinal)
        {
            "while", "whereas", "but", "although", "though",
        };

        /// <summary>
        /// Another side that speaks in a clause of its own after the sentence's speaker: "Pakistan says
        /// A, while U.S. officials say B", "…, but the Pentagon maintains B", "…; NATO said B". The
        /// clause opens with while, whereas, but, although, though, a semicolon or ", and", and its
        /// subject names a side (a pronoun or "officials" alone does not). Null when there is none.
        /// </summary>
        private Attribution? SecondSpeaker(string norm, List<Token> tokens, Attribution first)
        {
            if (first.FromQuoteEngine || first.VerbStart < 0) return null;
            for (int v = 0; v < tokens.Count; v++)
            {
                var t = tokens[v];
                if (!t.IsWord || t.InQuote || t.Start <= first.VerbStart) continue;
                var lemma = _lexicon.ReportingVerb(t.Lower);
                if (lemma == null || t.Lower.EndsWith("ing", StringComparison.Ordinal) || !IsVerbUse(tokens, v, lemma)) continue;
                // Back from the verb over its subject (at most eight words) to the word that opens the clause.
                int k = CatenativeStart(tokens, v);
                k = (k >= 0 ? k : v) - 1;
                while (k >= 0 && tokens[k].IsWord && Auxiliaries.Contains(tokens[k].Lower)) k--;
                int words = 0;
                while (k >= 0 && tokens[k].IsWord && !tokens[k].InQuote && !ClauseOpeners.Contains(tokens[k].Lower) && words < 8) { k--; words++; }
                if (k < 0 || words == 0) continue;
                bool opens = tokens[k].IsWord ? ClauseOpeners.Contains(tokens[k].Lower) && !tokens[k].InQuote
                    : tokens[k].Text == ";" || (tokens[k].Text == "," && k + 1 < tokens.Count && tokens[k + 1].Lower == "and");
                if (!opens) continue;
                var second = Before(norm, tokens, v, new State());
                if (second == null || string.Equals(second.Party.Name, first.Party.Name, StringComparison.OrdinalIgnoreCase)) continue;
                return second;
            }
            return null;
        }

        /// <summary>True when the reporting verb stands outside the quotation and after quoted words: "“…,” he said".</summary>
        private static bool IsPostposedOrInverted(List<Token> tokens, int verbStart)
        {
            int v = IndexAt(tokens, verbStart);
            if (v < 0 || tokens[v].Start != verbStart || tokens[v].InQuote) return false;
            for (int i = 0; i < v; i++)
                if (tokens[i].InQuote) return true;
            return false;
        }

        /// <summary>The index of the first token that starts at or after the offset, or -1 (binary search).</summary>
        internal static int IndexAt(List<Token> tokens, int start)
        {
            int lo = 0, hi = tokens.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) / 2;
                if (tokens[mid].Start < start) lo = mid + 1; else hi = mid;
            }
            return lo < tokens.Count ? lo : -1;
        }

        private static int CountLineBreaks(string text, int from, int upTo)
        {
            int n = 0;
            for (int i = from; i < upTo && i < text.Length; i++)
            {
                if (text[i] == '\n') n++;
                else if (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')) n++;
            }
            return n;
        }

        // ---------------------------------------------------------------- attribution

        private enum VerbPlace { Postposed, Inverted, Preposed, Participle }

        /// <summary>Who says a sentence, from its own words; null when it reports nobody.</summary>
        internal Attribution? Attribute(string norm, List<Token> tokens, State state)
        {
            // "according to X"
            for (int k = 0; k + 1 < tokens.Count; k++)
            {
                if (tokens[k].InQuote || tokens[k].Lower != "according" || tokens[k + 1].Lower != "to") continue;
                int end = k + 2;
                while (end < tokens.Count && end < k + 14 && !tokens[end].InQuote && tokens[end].Text != "," && tokens[end].Text != "." && tokens[end].Text != ";" && tokens[end].Text != "\"") end++;
                if (end == k + 2) continue;
                var a = Resolve(norm, tokens, k + 2, end, relative: false, nearestFirst: false, "according to", tokens[k].Start, state);
                if (a != null) return a;
            }

            var candidates = new List<(int Index, VerbPlace Place)>();
            int accordingEnd = -1;
            for (int v = 0; v < tokens.Count; v++)
            {
                var t = tokens[v];
                if (t.IsWord && t.Lower == "according" && v + 1 < tokens.Count && tokens[v + 1].Lower == "to")
                {
                    // "according to a Moody's Analytics report": no reporting verb in the source's name
                    accordingEnd = v + 2;
                    while (accordingEnd < tokens.Count && accordingEnd < v + 16 && tokens[accordingEnd].IsWord) accordingEnd++;
                }
                if (v < accordingEnd) continue;
                if (!t.IsWord || t.InQuote) continue;
                var lemma = _lexicon.ReportingVerb(t.Lower) ?? (IsQuotedAsSaying(tokens, v) ? "quote" : null);
                if (lemma == null || !IsVerbUse(tokens, v, lemma)) continue;
                var place = Place(tokens, v, lemma);
                if (place != null) candidates.Add((v, place.Value));
                // "X, speaking on condition of anonymity, said the …": what looks like an inverted
                // subject after the verb may be its object; the subject before it is tried too.
                if (place == VerbPlace.Inverted && FiniteAfter(tokens, v)) candidates.Add((v, VerbPlace.Preposed));
            }
            foreach (var place in new[] { VerbPlace.Postposed, VerbPlace.Inverted, VerbPlace.Preposed, VerbPlace.Participle })
            {
                var ordered = candidates.Where(c => c.Place == place);
                if (place == VerbPlace.Postposed) ordered = ordered.Reverse();
                foreach (var (v, _) in ordered)
                {
                    var a = place == VerbPlace.Inverted ? Inverted(norm, tokens, v, state) : Before(norm, tokens, v, state);
                    if (a != null) return a;
                }
            }
            return null;
        }

        /// <summary>True when a finite auxiliary follows the verb before the next mark: "said the shelling was deliberate".</summary>
        private static bool FiniteAfter(List<Token> tokens, int v)
        {
            for (int i = v + 1; i < tokens.Count && i <= v + 14; i++)
            {
                if (!tokens[i].IsWord) return false;
                if (Finite.Contains(tokens[i].Lower)) return true;
            }
            return false;
        }

        /// <summary>
        /// Verbs that take a reporting verb as their infinitive and report with it: "have continued
        /// to say", "went on to say", "refused to accept", "declined to endorse". ("go on" is two words.)
        /// </summary>
        private static readonly HashSet<string> Catenatives = new HashSet<string>(StringComparer.Ordinal)
        {
            "continue", "continues", "continued", "refuse", "refuses", "refused", "decline", "declines", "declined",
        };

        private static readonly HashSet<string> GoOn = new HashSet<string>(StringComparer.Ordinal) { "go", "goes", "went" };

        /// <summary>The index of the verb that governs "to" + the verb at <paramref name="v"/> ("continued to say", "went on to say"), or -1.</summary>
        private static int CatenativeStart(List<Token> tokens, int v)
        {
            if (v < 2 || tokens[v - 1].Lower != "to" || !tokens[v - 2].IsWord || tokens[v - 2].InQuote) return -1;
            if (Catenatives.Contains(tokens[v - 2].Lower)) return v - 2;
            if (v >= 3 && tokens[v - 2].Lower == "on" && GoOn.Contains(tokens[v - 3].Lower)) return v - 3;
            return -1;
        }

        /// <summary>"X was quoted as saying (by Y)": "quoted" is X's reporting verb.</summary>
        private bool IsQuotedAsSaying(List<Token> tokens, int v) =>
            tokens[v].Lower == "quoted" && v + 2 < tokens.Count && tokens[v + 1].Lower == "as"
            && tokens[v + 2].Lower.EndsWith("ing", StringComparison.Ordinal) && _lexicon.ReportingVerb(tokens[v + 2].Lower) != null;

        private bool IsVerbUse(List<Token> tokens, int v, string lemma)
        {
            var t = tokens[v];
            var prev = PreviousWord(tokens, v);
            var next = v + 1 < tokens.Count ? tokens[v + 1].Lower : "";
            if (lemma == "quote") return true;                                                // "was quoted as saying"
            if (prev != null && Passive.Contains(prev.Value.Lower) && CatenativeStart(tokens, v) < 0) return false; // "was found", "to say"
            if (next == "of") return false;                                                   // "the report of"
            if (lemma == "call" && (next == "in" || next == "off" || next == "up" || next == "out")) return false;
            if (lemma == "add" && next == "to") return false;                                 // "added to the confusion"
            if (t.Lower.EndsWith("ing", StringComparison.Ordinal) && !(v > 0 && tokens[v - 1].Text == ",")) return false; // only ", saying …"
            bool inflectedPast = t.Lower.EndsWith("ed", StringComparison.Ordinal) || t.Lower != lemma && !t.Lower.EndsWith("s", StringComparison.Ordinal) && !t.Lower.EndsWith("ing", StringComparison.Ordinal);
            if (!inflectedPast && prev != null && (Determiners.Contains(prev.Value.Lower) || prev.Value.Lower.EndsWith("'s", StringComparison.Ordinal)))
                return false;                                                                 // "Clark's report", "the claims"
            if (!inflectedPast && v > 0 && char.IsUpper(t.Text[0]) && PreviousWord(tokens, v) is { } pw && char.IsUpper(pw.Text[0]) && pw.Lower != "u.s.")
                return false;                                                                 // a name: "The Pentagon Report"
            return true;
        }

        private static Token? PreviousWord(List<Token> tokens, int v)
        {
            for (int i = v - 1; i >= 0; i--)
            {
                if (tokens[i].IsWord) return tokens[i];
                if (tokens[i].Text != "'") return null;
            }
            return null;
        }

        private VerbPlace? Place(List<Token> tokens, int v, string lemma)
        {
            var t = tokens[v];
            int wordsAfter = 0;
            bool thatAfter = false, quotedAfter = false;
            // Only the first five words after the verb matter (a postposed verb has at most four).
            for (int i = v + 1; i < tokens.Count && wordsAfter <= 4; i++)
            {
                if (!tokens[i].IsWord) continue;
                if (tokens[i].InQuote) quotedAfter = true;
                wordsAfter++;
                if (tokens[i].Lower == "that") thatAfter = true;
            }
            if (v > 0 && (tokens[v - 1].Text == "," || tokens[v - 1].Text == "\"") && InvertingVerbs.Contains(lemma) && !t.Lower.EndsWith("ing", StringComparison.Ordinal)
                && v + 1 < tokens.Count && tokens[v + 1].IsWord && !Pronouns.Contains(tokens[v + 1].Lower) && tokens[v + 1].Lower != "that"
                && InvertedSubjectEnds(tokens, v))
                return VerbPlace.Inverted;
            if (t.Lower.EndsWith("ing", StringComparison.Ordinal)) return VerbPlace.Participle;
            // A postposed verb ("…, the official said.") has its subject right after a comma or a quotation.
            int words = 0;
            bool boundary = false;
            for (int i = v - 1; i >= 0 && words <= 8; i--)
            {
                if (tokens[i].IsWord && !tokens[i].InQuote && WindowStops.Contains(tokens[i].Lower)) break; // "…, after Pakistan dismissed it": a clause, not a speaker
                if (tokens[i].IsWord && !tokens[i].InQuote) { words++; continue; }
                boundary = tokens[i].Text == "," || tokens[i].Text == "\"" || tokens[i].Text == ":" || tokens[i].InQuote;
                break;
            }
            if (words > 0 && wordsAfter <= 4 && !thatAfter && !quotedAfter && boundary) return VerbPlace.Postposed;
            if (wordsAfter == 0 && words > 8) return null;                                    // "… the findings of the U.S. report."
            return VerbPlace.Preposed;
        }

        /// <summary>True when the words after an inverted verb are its subject to the end: "…,” said a senior official."</summary>
        private static bool InvertedSubjectEnds(List<Token> tokens, int v)
        {
            int i = v + 1, words = 0;
            while (i < tokens.Count && !tokens[i].InQuote && tokens[i].Text != "," && tokens[i].Text != ";" && tokens[i].Text != "\"")
            {
                if (tokens[i].IsWord && (++words > 12 || tokens[i].Lower == "that")) return false;
                if (i - v > 40) return false;
                i++;
            }
            if (i >= tokens.Count) return true;
            if (tokens[i].Text != ",") return false;
            var next = i + 1 < tokens.Count ? tokens[i + 1].Lower : "";
            return next == "who" || next == "which" || next == "a" || next == "an" || next == "the" || next == "according" || i + 1 >= tokens.Count;
        }

        /// <summary>The subject after an inverted verb: "…,” said a senior Pakistani official.</summary>
        private Attribution? Inverted(string norm, List<Token> tokens, int v, State state)
        {
            int end = v + 1;
            while (end < tokens.Count && end < v + 16 && !tokens[end].InQuote && tokens[end].Text != "," && tokens[end].Text != ";" && tokens[end].Text != "\"") end++;
            while (end > v + 1 && !tokens[end - 1].IsWord) end--;
            if (end == v + 1) return null;
            return Resolve(norm, tokens, v + 1, end, relative: false, nearestFirst: false, tokens[v].Text, tokens[v].Start, state);
        }

        /// <summary>The subject before a verb: "Pakistan has said", "…, the official said", "Pakistan, which has insisted".</summary>
        private Attribution? Before(string norm, List<Token> tokens, int v, State state)
        {
            int i = v - 1;
            // "have continued to say", "went on to say": the subject stands before the governing verb.
            int governing = CatenativeStart(tokens, v);
            if (governing >= 0) i = governing - 1;
            bool quoted = tokens[v].Lower == "quoted";
            while (i >= 0 && tokens[i].IsWord && (Auxiliaries.Contains(tokens[i].Lower) || quoted && Passive.Contains(tokens[i].Lower) && tokens[i].Lower != "to")) i--;
            bool relative = i >= 0 && (tokens[i].Lower == "which" || tokens[i].Lower == "who");
            if (relative)
            {
                i--;
                if (i >= 0 && tokens[i].Text == ",") i--;
            }
            int end = i + 1, start = end, words = 0;
            while (start > 0)
            {
                var t = tokens[start - 1];
                if (t.InQuote || t.Text == ";" || t.Text == ":" || t.Text == "--" || t.Text == "\u2013" || t.Text == "\u2014" || t.Text == "\"" || t.Text == "(" || t.Text == ")") break;
                if (t.IsWord && WindowStops.Contains(t.Lower) && (t.Lower != "but" || start - 1 == 0 || tokens[start - 2].Text == "," || tokens[start - 2].Text == ";")) break;
                if (t.IsWord && _lexicon.ReportingVerb(t.Lower) != null && !t.Lower.EndsWith("ing", StringComparison.Ordinal)) break; // "X said he would … tell"
                if (t.IsWord && ++words > 15) break;
                if (end - start > 40) break;                                                   // runs of marks
                start--;
            }
            if (start >= end) return null;
            return Resolve(norm, tokens, start, end, relative, nearestFirst: true, tokens[v].Text, tokens[v].Start, state);
        }

        /// <summary>
        /// The party and speaker of a subject window tokens[start..end): a person named anywhere in
        /// it; else a party named in the segment nearest the verb (commas divide segments); else an
        /// earlier segment that is a name and nothing else ("Ryan Mauro, an analyst, told");
        /// else, for a pronoun or a speaker noun ("the official"), the nearest earlier speaker's side.
        /// </summary>
        private Attribution? Resolve(string norm, List<Token> tokens, int start, int end, bool relative, bool nearestFirst, string cue, int verbStart, State state)
        {
            int from = tokens[start].Start, to = tokens[end - 1].End;
            var mentions = _parties.Mentions(norm, from, to);
            var segments = new List<(int From, int To)>();
            int segStart = start;
            for (int i = start; i <= end; i++)
            {
                if (i == end || tokens[i].Text == ",")
                {
                    int a = segStart, b = i;
                    while (a < b && !tokens[a].IsWord) a++;
                    while (b > a && !tokens[b - 1].IsWord) b--;
                    if (b > a) segments.Add((tokens[a].Start, tokens[b - 1].End));
                    segStart = i + 1;
                }
            }
            if (segments.Count == 0) return null;
            var order = (nearestFirst ? Enumerable.Reverse(segments) : segments).ToList();
            // "X, speaking on condition of anonymity, said", "X, in a call with Y, said": the subject is before the aside.
            while (nearestFirst && order.Count > 1 && IsAside(tokens, start, end, order[0])) order.RemoveAt(0);
            // "the ambassador to Washington": the side after "to" is where the speaker is sent, not whose the speaker is.
            // So is a side after "by", "on", "against", "about", "with": "tests conducted by police", "a post on Facebook".
            // ("A statement by the Pakistani army" keeps its author.)
            mentions.RemoveAll(m => WordBefore(tokens, start, m.Start) is { } w && NotSubjectPrepositions.Contains(w)
                                    && !(w == "by" && WordBefore(tokens, start, m.Start, 1) is { } noun && _lexicon.SpeakerNouns.Contains(noun)));
            var nearest = order[0];
            var nearestWords = new List<Token>();
            for (int i = start; i < end; i++)
                if (tokens[i].IsWord && tokens[i].Start >= nearest.From && tokens[i].End <= nearest.To) nearestWords.Add(tokens[i]);

            // "the case the Department of Justice had brought against Apple, claiming": a clause, not a subject.
            if (nearestFirst && nearestWords.Take(nearestWords.Count - 1).Any(t => Finite.Contains(t.Lower)) && !relative) return null;

            PartyMention? chosen = null;
            var person = mentions.Where(m => m.IsPerson).Cast<PartyMention?>().FirstOrDefault();
            if (person != null) chosen = person;
            else if (nearestWords.Any(t => _lexicon.UnaffiliatedWords.Contains(t.Bare)))
            {
                // "defence analysts in Islamabad said", "local officials said": nobody's side, and the chain ends.
                state.LastParty = null;
                state.LastSpeaker = null;
                return null;
            }
            else if (nearestWords.Count > 0 && nearestFirst && (nearestWords[nearestWords.Count - 1].Lower == "i" || nearestWords[nearestWords.Count - 1].Lower == "you"))
            {
                return null;                                                                    // "… going right and I think": the writer or an interviewee
            }
            else if (nearestWords.Count > 0 && Pronouns.Contains((nearestFirst ? nearestWords[nearestWords.Count - 1] : nearestWords[0]).Lower)
                     && (nearestWords.Count <= 3 || nearestFirst))
            {
                var party = state.LastParty;
                if (party == null) return null;
                state.LastParty = party;
                return new Attribution(party, state.LastSpeaker, cue, verbStart, ClaimSource.ReportedSpeech);
            }
            else
            {
                var inNearest = mentions.Where(m => m.Start >= nearest.From && m.End <= nearest.To).ToList();
                if (inNearest.Count > 0)
                {
                    chosen = relative ? inNearest[inNearest.Count - 1] : inNearest[0];
                    if (!relative && IsCoordinated(norm, chosen.Value, mentions)) return null;
                }
                else
                {
                    foreach (var seg in order.Skip(1).Take(2))
                    {
                        var whole = mentions.Where(m => m.Start == seg.From && m.End == seg.To).Cast<PartyMention?>().FirstOrDefault();
                        if (whole != null) { chosen = whole; break; }
                    }
                    // "A spokesman for ISAF, Brig. Gen. Jan Doe, said": a name the manifest does not know,
                    // in apposition to a speaker of a party just before it.
                    if (chosen == null && nearestFirst && order.Count > 1 && IsName(nearestWords))
                    {
                        var before = order[1];
                        var inBefore = mentions.Where(m => m.Start >= before.From && m.End <= before.To).ToList();
                        bool speakerNoun = false;
                        for (int i = start; i < end; i++)
                            if (tokens[i].IsWord && tokens[i].Start >= before.From && tokens[i].End <= before.To && _lexicon.SpeakerNouns.Contains(tokens[i].Bare)) speakerNoun = true;
                        if (inBefore.Count > 0 && speakerNoun && !IsCoordinated(norm, inBefore[0], mentions)) chosen = inBefore[0];
                    }
                }
            }
            if (chosen is { } c)
            {
                var segment = segments.FirstOrDefault(sg => c.Start >= sg.From && c.End <= sg.To);
                var speaker = c.IsPerson ? c.Term : relative ? norm.Substring(c.Start, c.End - c.Start) : Clean(norm, tokens, segment.From, segment.To);
                state.LastParty = c.Party;
                state.LastSpeaker = speaker;
                return new Attribution(c.Party, speaker, cue, verbStart, ClaimSource.ReportedSpeech);
            }
            if (nearestWords.Count == 0) return null;
            bool generic = nearestWords.Count <= 10 && nearestWords.Any(t => _lexicon.SpeakerNouns.Contains(t.Bare));
            if (!generic)
            {
                // "John Smith, a farmer, said": someone of no party speaks now; a later "he" is not the last party's.
                if (tokens.Skip(start).Take(end - start).Any(t => t.IsWord && char.IsUpper(t.Text[0]) && !_lexicon.StopWords.Contains(t.Lower) && !Connectives.Contains(t.Lower)))
                {
                    state.LastParty = null;
                    state.LastSpeaker = null;
                }
                return null;
            }
            // "Foreign Ministry spokeswoman Hua Chunying said": a named speaker the manifest does not
            // know is someone new, not the last party's speaker; the chain ends.
            if (nearestWords.Skip(1).Any(t => char.IsUpper(t.Text[0]) && !_lexicon.SpeakerNouns.Contains(t.Bare) && !_lexicon.StopWords.Contains(t.Lower)
                                             && !_lexicon.Abbreviations.Contains(t.Lower) && !Connectives.Contains(t.Lower)))
            {
                state.LastParty = null;
                state.LastSpeaker = null;
                return null;
            }
            if (state.LastParty == null) return null;
            var phrase = Clean(norm, tokens, nearest.From, nearest.To);
            state.LastParty = state.LastParty;                                                  // re-set: the chain's reach runs from here
            state.LastSpeaker = phrase;
            return new Attribution(state.LastParty, phrase, cue, verbStart, ClaimSource.ReportedSpeech);
        }

        private static readonly HashSet<string> NotSubjectPrepositions = new HashSet<string>(StringComparer.Ordinal)
        {
            "to", "by", "on", "against", "about", "with", "than", "into", "toward", "towards",
        };

        /// <summary>Finite auxiliaries: in the middle of a subject window they show a clause, not a speaker ("the case the ministry had brought, claiming").</summary>
        private static readonly HashSet<string> Finite = new HashSet<string>(StringComparer.Ordinal)
        {
            "is", "are", "was", "were", "had", "has", "have", "will", "would", "did", "does", "could", "can", "should", "must", "shall",
        };

        private static readonly HashSet<string> AsideStarts = new HashSet<string>(StringComparer.Ordinal)
        {
            "who", "which", "whose", "in", "on", "at", "with", "during", "after", "before", "while", "when", "like", "as", "without",
            "however", "meanwhile", "nevertheless", "nonetheless", "though", "too", "instead", "moreover", "furthermore",
        };

        /// <summary>A segment that is an aside between a subject and its verb: "speaking on condition of anonymity", "in a call with …", "who led the inquiry".</summary>
        private static bool IsAside(List<Token> tokens, int start, int end, (int From, int To) segment)
        {
            for (int i = start; i < end; i++)
            {
                if (!tokens[i].IsWord || tokens[i].Start < segment.From) continue;
                var w = tokens[i].Text;
                if (char.IsUpper(w[0])) return false;
                return AsideStarts.Contains(w) || (w.EndsWith("ing", StringComparison.Ordinal) && w.Length > 5);
            }
            return false;
        }

        /// <summary>The word just before an offset in the window (or <paramref name="skip"/> words further back; lower case, "the" skipped), or null.</summary>
        private static string? WordBefore(List<Token> tokens, int start, int offset, int skip = 0)
        {
            int i = IndexAt(tokens, offset) - 1;
            if (i < -1) i = tokens.Count - 1;
            while (i >= start && tokens[i].IsWord && tokens[i].Lower == "the") i--;
            for (; skip > 0 && i >= start; skip--)
            {
                i--;
                while (i >= start && tokens[i].IsWord && tokens[i].Lower == "the") i--;
            }
            return i >= start && tokens[i].IsWord ? tokens[i].Bare : null;
        }

        /// <summary>Words that look like a name: each capitalised, or an abbreviation of a title ("Brig. Gen. Jan Doe").</summary>
        private bool IsName(List<Token> words) =>
            words.Count > 0 && words.Count <= 6 && words.All(t => char.IsUpper(t.Text[0])) && words.Any(t => !_lexicon.StopWords.Contains(t.Lower));

        /// <summary>"U.S. and Pakistani officials": a subject of two sides is neither's claim.</summary>
        private static bool IsCoordinated(string norm, PartyMention chosen, List<PartyMention> mentions)
        {
            foreach (var other in mentions)
            {
                if (other.Start < chosen.End || other.Party == chosen.Party) continue;
                var between = norm.Substring(chosen.End, other.Start - chosen.End).Trim().ToLowerInvariant();
                if (between == "and" || between == "&" || between == "," || between == "and the" || between == "or") return true;
            }
            foreach (var other in mentions)
            {
                if (other.End > chosen.Start || other.Party == chosen.Party) continue;
                var between = norm.Substring(other.End, chosen.Start - other.End).Trim().ToLowerInvariant();
                if (between == "and" || between == "&" || between == "and the" || between == "or") return true;
            }
            return false;
        }

        /// <summary>A speaker phrase: the segment without leading connectives ("But", "However") and trailing clauses ("with knowledge of …").</summary>
        private static string Clean(string norm, List<Token> tokens, int from, int to)
        {
            var words = new List<Token>();
            int first = IndexAt(tokens, from);
            for (int i = first < 0 ? tokens.Count : first; i < tokens.Count && tokens[i].Start < to; i++)
                if (tokens[i].IsWord && tokens[i].End <= to) words.Add(tokens[i]);
            int k = 0;
            while (k < words.Count - 1 && Connectives.Contains(words[k].Lower)) k++;
            int e = words.Count;
            for (int i = k + 1; i < words.Count; i++)
                if (words[i].Lower == "with" || words[i].Lower == "who" || words[i].Lower == "which") { e = i; break; }
            if (words.Count == 0) return norm.Substring(from, to - from).Trim();
            return norm.Substring(words[k].Start, words[e - 1].End - words[k].Start).Trim();
        }

        // ---------------------------------------------------------------- positions

        /// <summary>The position a sentence takes on the question, given the cues that may match it, or null.</summary>
        private string? Position(QuestionDefinition q, List<CompiledCue> candidates, string norm, SentenceSpan s, List<Token> tokens, Lazy<int> reportedOfOthersFrom, int from, out string? cueText, out bool negated)
        {
            cueText = null;
            negated = false;
            if (!candidates.Any(c => c.Question == q)) return null;
            var sentence = norm.Substring(s.Start, s.Length);
            var found = new List<(int Start, int End, CompiledCue Cue, bool InnerNegation)>();
            foreach (var cue in candidates)
            {
                if (cue.Question != q) continue;
                for (var m = cue.Pattern.Match(sentence); m.Success; m = m.NextMatch())
                    if (m.Length > 0 && s.Start + m.Index > from) found.Add((s.Start + m.Index, s.Start + m.Index + m.Length, cue, PositionCues.InnerNegation(m)));
            }
            if (found.Count == 0) return null;
            // Longest first; a match that overlaps a kept one is dropped (a coverage map keeps this linear).
            var kept = new List<(int Start, int End, CompiledCue Cue, bool InnerNegation)>();
            var covered = new bool[s.Length];
            foreach (var f in found.OrderByDescending(f => f.End - f.Start).ThenBy(f => f.Start))
            {
                bool overlaps = false;
                for (int c = f.Start - s.Start; c < f.End - s.Start && !overlaps; c++) overlaps = covered[c];
                if (overlaps) continue;
                for (int c = f.Start - s.Start; c < f.End - s.Start; c++) covered[c] = true;
                kept.Add(f);
            }

            var votes = new List<(int Position, int Start, int End, bool Negated)>();
            foreach (var k in kept.OrderBy(k => k.Start))
            {
                if (reportedOfOthersFrom.Value < k.Start) continue;
                bool neg = Negation.IsNegated(tokens, k.Start, _lexicon, k.End) != k.InnerNegation;
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

        /// <summary>
        /// Where what the speaker reports another side as saying begins: the offset of the first
        /// reporting verb of another subject ("they contend that we fired first", "the Pakistani
        /// military reported that they were under attack, Clark said"); int.MaxValue when none.
        /// A cue after it does not count for the speaker.
        /// </summary>
        private int ReportedOfOthersFrom(List<Token> tokens, Attribution a, int after = -1)
        {
            for (int v = 0; v < tokens.Count; v++)
            {
                var t = tokens[v];
                if (!t.IsWord || t.Start == a.VerbStart || t.Start <= after) continue;
                if (a.FromQuoteEngine && !t.InQuote) continue;
                var lemma = _lexicon.ReportingVerb(t.Lower);
                if (lemma == null || t.Lower.EndsWith("ing", StringComparison.Ordinal) || !IsVerbUse(tokens, v, lemma)) continue;
                int i = v - 1;
                while (i >= 0 && tokens[i].IsWord && Auxiliaries.Contains(tokens[i].Lower)) i--;
                if (i < 0 || !tokens[i].IsWord) continue;
                if (tokens[i].Lower == "they" || tokens[i].Lower == "he" || tokens[i].Lower == "she") return t.Start;
                // a named other side just before the verb
                if (OtherSideBefore(tokens, i, a.Party)) return t.Start;
            }
            return int.MaxValue;
        }

        private bool OtherSideBefore(List<Token> tokens, int last, PartyDefinition party)
        {
            // The subject words just before the verb (up to five), as one text.
            int first = last;
            while (first > 0 && last - first < 4 && tokens[first - 1].IsWord && !WindowStops.Contains(tokens[first - 1].Lower)) first--;
            var text = string.Join(" ", tokens.Skip(first).Take(last - first + 1).Select(t => t.Text));
            var mentions = _parties.Mentions(text);
            return mentions.Count > 0 && mentions.All(m => m.Party != party);
        }
    }
}
