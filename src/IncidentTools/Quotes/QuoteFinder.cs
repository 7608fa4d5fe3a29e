using System;
using System.Collections.Generic;
using System.Linq;
using IncidentTools.Quotes;
using IncidentTools.Text;

namespace IncidentTools
{
    /// <summary>
    /// Finds the quotations of a document and attributes them: the quote stage of the engine.
    /// Paragraph by paragraph: quotation spans (Text/QuotationScanner), tokens and the writer's
    /// sentences (Text/Tokenizer), the attribution of each span (Quotes/AttributionFinder),
    /// the speaker resolved within the document (Quotes/SpeakerResolver) and the party
    /// (Quotes/PartyResolver).
    /// </summary>
    public static class QuoteFinder
    {
        /// <summary>
        /// Every quotation in the document's title, highlights and body (never in removed cruft),
        /// attributed where the text says who speaks. Quotes without a speaker are included;
        /// their <see cref="IncidentQuote.Speaker"/> is null.
        /// </summary>
        public static IReadOnlyList<IncidentQuote> Find(IncidentDocument document, IEnumerable<PartyDefinition>? parties = null)
        {
            if (document == null) throw new ArgumentNullException(nameof(document));
            return new DocumentQuotes(document, parties).Run();
        }
    }
}

namespace IncidentTools.Quotes
{
    /// <summary>One quotation found, while the document is read.</summary>
    internal sealed class FoundQuote
    {
        public DocumentParagraph Paragraph = null!;
        public int ParagraphIndex;
        public QuotationSpan Span = null!;
        public int Token;
        public int Sentence;
        public bool AtSentenceStart;
        public bool Named;
        public bool TitleLike;
        public bool RunsOn;
        public QuoteKind Kind;
        public Attribution? Attribution;
        public Entity? Speaker;
        public string? MentionText;
        public int MentionStart;
        public string? Cue;

        public bool Attributed => Speaker != null;

        /// <summary>True when the quote's sentence holds nothing but quotations (no failed attribution of its own).</summary>
        public bool StandsAlone;

        /// <summary>The entity most recently mentioned as subject or speaker when the quote was read.</summary>
        public Entity? Salient;

        /// <summary>
        /// The person the paragraph's previous sentence was about, when that sentence reported their
        /// speech ("Shadman says he is heartbroken.") or introduced the quote with a colon.
        /// </summary>
        public (Entity Entity, Mention Mention, string Text, int Start, CueMatch Cue)? SpeakingSubject;

        public void CopyFrom(FoundQuote other)
        {
            Attribution = other.Attribution == null ? null : new Attribution(other.Attribution.Mention, other.Attribution.Cue, AttributionSource.Continued);
            Speaker = other.Speaker;
            MentionText = other.MentionText;
            MentionStart = other.MentionStart;
            Cue = other.Cue;
        }
    }

    /// <summary>The quote stage for one document.</summary>
    internal sealed class DocumentQuotes
    {
        private readonly IncidentDocument _doc;
        private readonly PartyResolver _parties;
        private readonly MentionParser _parser;
        private readonly AttributionFinder _finder;
        private SpeakerResolver _resolver = null!;
        private int _sentenceCounter;

        public DocumentQuotes(IncidentDocument doc, IEnumerable<PartyDefinition>? parties)
        {
            _doc = doc;
            _parties = new PartyResolver(parties);
            _parser = new MentionParser(_parties.Organisations);
            _finder = new AttributionFinder(_parser);
        }

        private sealed class ParagraphState
        {
            public DocumentParagraph Paragraph = null!;
            public IReadOnlyList<Token> Tokens = null!;
            public IReadOnlyList<(int Start, int End)> Sentences = null!;
            public List<FoundQuote> Quotes = new List<FoundQuote>();
            public FoundQuote? ColonIntro;
        }

        public IReadOnlyList<IncidentQuote> Run()
        {
            var states = new List<ParagraphState>();
            foreach (var ap in AnalysedDocument.Of(_doc).Paragraphs)
            {
                states.Add(new ParagraphState { Paragraph = ap.Paragraph, Tokens = ap.Tokens, Sentences = ap.Sentences });
                _spans.Add(ap.Quotations);
            }
            _resolver = new SpeakerResolver(_parties, FullNames(states));

            var result = new List<FoundQuote>();
            for (int pi = 0; pi < states.Count; pi++)
            {
                var st = states[pi];
                ReadParagraph(st, pi, _spans[pi]);
                ContinueWithin(st);
                if (pi > 0) ContinueAcross(states[pi - 1], st);
                result.AddRange(st.Quotes);
            }
            return result.Select(ToQuote).ToList();
        }

        private readonly List<IReadOnlyList<QuotationSpan>> _spans = new List<IReadOnlyList<QuotationSpan>>();

        private static bool IsTitleLike(string text)
        {
            var t = text.Trim();
            if (t.Length == 0) return false;
            if (t.EndsWith(",", StringComparison.Ordinal)) return false;
            var words = t.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 10) return false;
            char lastChar = t[t.Length - 1];
            bool final = lastChar == '.' || lastChar == '?' || lastChar == '!';
            if (words.Length == 1 && final) return false;
            for (int i = 0; i < t.Length - 1; i++)
                if ((t[i] == '.' || t[i] == '?' || t[i] == '!') && t[i + 1] == ' ') return false;
            int capitals = 0;
            for (int i = 0; i < words.Length; i++)
            {
                var w = words[i].Trim('(', ')', ':', '.', ',', '!', '?', '\'', '’', '‘');
                if (w.Length == 0) continue;
                if (char.IsUpper(w[0]) || char.IsDigit(w[0])) { capitals++; continue; }
                if ((i > 0 || words.Length > 1) && Lexicon.Is(w, WordTag.TitleMinor)) continue;
                return false;
            }
            return capitals > 0;
        }

        private static bool StartsUpper(string text)
        {
            foreach (char c in text)
            {
                if (char.IsLetter(c)) return char.IsUpper(c);
                if (char.IsDigit(c)) return true;
            }
            return false;
        }

        private static bool EndsStatement(string text)
        {
            var t = text.TrimEnd(' ', '’', '\'', ')');
            return t.Length > 0 && (t.EndsWith(".", StringComparison.Ordinal) || t.EndsWith("?", StringComparison.Ordinal) || t.EndsWith("!", StringComparison.Ordinal) || t.EndsWith(",", StringComparison.Ordinal) || t.EndsWith("…", StringComparison.Ordinal));
        }

        private void ReadParagraph(ParagraphState st, int pi, IReadOnlyList<QuotationSpan> spans)
        {
            var p = st.Paragraph;
            var tk = st.Tokens;
            _parser.HeadlineCase = p.Section == ParagraphSection.Title;
            (Entity Entity, Mention Mention, string Text, int Start, CueMatch Cue)? speakingSubject = null;
            for (int si = 0; si < st.Sentences.Count; si++)
            {
                var (s, e) = st.Sentences[si];
                int sentence = ++_sentenceCounter;
                var pending = new List<(FoundQuote Quote, Attribution Attribution)>();
                bool standsAlone = true;
                for (int x = s; x < e && standsAlone; x++) standsAlone = tk[x].IsQuote || tk[x].Kind == TokenKind.Punct;
                for (int k = s; k < e; k++)
                {
                    if (!tk[k].IsQuote) continue;
                    var span = spans[tk[k].Quote];
                    var f = new FoundQuote
                    {
                        Paragraph = p,
                        ParagraphIndex = pi,
                        Span = span,
                        Token = k,
                        Sentence = si,
                        AtSentenceStart = k == s || k == s + 1 && tk[s].Kind == TokenKind.Punct,
                        RunsOn = !span.Closed && span.TextEnd >= p.Text.TrimEnd().Length,
                        StandsAlone = standsAlone,
                        Salient = _resolver.LastTouched,
                        SpeakingSubject = speakingSubject,
                    };
                    var text = tk[k].Text;
                    f.Named = AttributionFinder.IsNamed(tk, k, s);
                    f.TitleLike = p.Section != ParagraphSection.Title && IsTitleLike(text);
                    f.Kind = KindOf(tk, k, s, text, f.TitleLike);
                    if (!f.Named)
                    {
                        var a = _finder.FindAfter(tk, k, e);
                        if (a == null && !f.TitleLike)
                        {
                            var before = _finder.FindBefore(tk, k, s);
                            var atEnd = _finder.FindAtSentenceEnd(tk, k, e);
                            // "… responded with a “show of force,” …, Clark said.": the closing attribution
                            // speaks for the sentence unless the verb before governs the quote closely.
                            a = before != null && (atEnd == null || k - before.Cue.End <= 3 && IsSpeechVerb(before.Cue)) ? before : atEnd ?? before;
                        }
                        if (a != null) pending.Add((f, a));
                    }
                    st.Quotes.Add(f);
                }

                // salience: the sentence's subject, then the speakers of its quotations
                var subject = _finder.Subject(tk, s, e);
                Entity? subjectEntity = null;
                if (subject != null && !pending.Any(x => x.Attribution.Mention.Start == subject.Start))
                {
                    subjectEntity = _resolver.Resolve(subject, p.Text, sentence, pi);
                    if (subjectEntity != null) _resolver.Touch(subjectEntity, sentence, pi);
                }
                foreach (var (f, a) in pending)
                {
                    Attribute(f, a, st, sentence, pi, e);
                    if (subject != null && a.Mention.Start == subject.Start) subjectEntity = f.Speaker;
                }

                // "Shadman says he is heartbroken. “I grew up with them.”": the next sentence's quotation
                // may be the subject's words when this sentence reports their speech
                speakingSubject = null;
                if (subject != null && subjectEntity != null && subjectEntity.IsIndividual && !subjectEntity.Plural && pending.Count == 0)
                {
                    var cue = _parser.ParseCue(tk, subject.Next, e, allowAdverbs: true);
                    bool colon = tk[e - 1].Is(":");
                    if (cue != null && cue.Verb != null && cue.Verb.States || colon && cue != null)
                        speakingSubject = (subjectEntity, subject, p.Text.Substring(subject.CharStart, subject.CharEnd - subject.CharStart), p.Start + subject.CharStart, cue!);
                }

                if (si == st.Sentences.Count - 1)
                {
                    var colon = _finder.ColonIntroduction(tk, s, e);
                    if (colon != null)
                    {
                        var f = new FoundQuote { Paragraph = p, ParagraphIndex = pi, Sentence = si };
                        Attribute(f, colon, st, sentence, pi, e);
                        if (f.Attributed) st.ColonIntro = f;
                    }
                }
            }
        }

        private static bool IsSpeechVerb(CueMatch cue) => cue.Verb == null || cue.Verb.States || cue.Verb.Has(VerbTag.Naming);

        private QuoteKind KindOf(IReadOnlyList<Token> tk, int k, int s, string text, bool titleLike)
        {
            if (titleLike || !StartsUpper(text)) return QuoteKind.Partial;
            int words = text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Length;
            if (words < 3 && !EndsStatement(text)) return QuoteKind.Partial;
            if (k == s) return QuoteKind.Direct;
            var prev = tk[k - 1];
            if (prev.Is(":") || prev.Is(",") || prev.Is("—") || prev.Is("--") || prev.IsQuote) return QuoteKind.Direct;
            if (prev.IsWord && (prev.Lower == "that" || Lexicon.Verb(prev.Lower) != null)) return QuoteKind.Direct;
            if (k == s + 1 && prev.Kind == TokenKind.Punct) return QuoteKind.Direct;
            return QuoteKind.Partial;
        }

        private void Attribute(FoundQuote f, Attribution a, ParagraphState st, int sentence, int pi, int sentenceEnd)
        {
            var p = st.Paragraph;
            var m = a.Mention;
            var speaker = _resolver.Resolve(m, p.Text, sentence, pi);
            if (speaker != null && IsBareGeneric(speaker))
            {
                // "officials said in a statement published on the department's website"
                var owner = StatementOwner(st.Tokens, a.Cue.End, sentenceEnd, p.Text, sentence, pi);
                if (owner != null) speaker = owner;
            }
            f.Attribution = a;
            f.Cue = a.Cue.Text;
            f.MentionText = p.Text.Substring(m.CharStart, m.CharEnd - m.CharStart);
            f.MentionStart = p.Start + m.CharStart;
            f.Speaker = speaker;
            if (speaker != null)
            {
                speaker.Spoke = true;
                _resolver.Touch(speaker, sentence, pi);
            }
        }

        private static bool IsBareGeneric(Entity e) =>
            (e.Kind == EntityKind.Group || e.Kind == EntityKind.Individual) && e.Words.Count == 0 && e.Party == null;

        private Entity? StatementOwner(IReadOnlyList<Token> tk, int from, int end, string text, int sentence, int pi)
        {
            bool statement = false;
            for (int c = Math.Max(0, from - 3); c < from; c++)
                if (tk[c].IsWord && Lexicon.IsDocumentWord(tk[c].Lower)) statement = true;
            for (int k = from; k < end && k - from < 14; k++)
            {
                if (!tk[k].IsWord) continue;
                if (Lexicon.IsDocumentWord(tk[k].Lower)) statement = true;
                if (!statement) continue;
                var w = tk[k].Text;
                if (!(w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal))) continue;
                var bare = w.Substring(0, w.Length - 2);
                if (char.IsUpper(bare[0])) return _resolver.ResolveOrganisation(bare);
                if (Lexicon.IsOrganisationWord(bare.ToLowerInvariant()) && k > 0 && tk[k - 1].Lower == "the")
                {
                    var m = new Mention
                    {
                        Kind = MentionKind.Description, Determiner = "the", Head = bare.ToLowerInvariant(), IsOrganisationHead = true,
                        Text = "the " + bare, Start = k - 1, End = k + 1, CharStart = tk[k - 1].Start, CharEnd = tk[k].End,
                    };
                    var e = _resolver.Resolve(m, text, sentence, pi);
                    if (e != null && e.Kind == EntityKind.Organisation && e.Display.Split(' ').Length > 1) return e;
                }
            }
            return null;
        }

        /// <summary>
        /// “A,” he said. “B.”: B, standing as its own sentence right after A's, is A's speaker's too;
        /// so is the rest of a quotation broken by its attribution (“A,” said X, “b …”), and a quotation
        /// standing alone after writer's sentences that are still about the same speaker.
        /// </summary>
        private static void ContinueWithin(ParagraphState st)
        {
            FoundQuote? prev = null;
            foreach (var f in st.Quotes)
            {
                if (f.Attributed || f.Named || f.TitleLike) { prev = f; continue; }
                if (prev != null && prev.Attributed &&
                    f.AtSentenceStart && f.Sentence - prev.Sentence <= 1 && (f.StandsAlone || f.Sentence == prev.Sentence) && (f.Kind == QuoteKind.Direct || f.Sentence == prev.Sentence || prev.Kind == QuoteKind.Direct && StartsUpper(f.Span == null ? "" : st.Paragraph.Text.Substring(f.Span.TextStart, f.Span.TextEnd - f.Span.TextStart))))
                {
                    f.CopyFrom(prev);
                    if (prev.Kind == QuoteKind.Direct) f.Kind = QuoteKind.Direct;
                }
                else if (prev != null && prev.Attributed && prev.Sentence == f.Sentence && prev.Attribution != null &&
                         prev.Attribution.Source == AttributionSource.After && f.Token >= 1 && st.Tokens[f.Token - 1].Is(",") &&
                         Math.Max(prev.Attribution.Cue.End, prev.Attribution.Mention.Next) >= f.Token - 1)
                {
                    // “Fraudulent practices,” said Fleming, “can be hard to detect.”
                    f.CopyFrom(prev);
                    if (prev.Kind == QuoteKind.Direct) f.Kind = QuoteKind.Direct;
                }
                else if (f.StandsAlone && f.AtSentenceStart && f.Kind == QuoteKind.Direct && f.SpeakingSubject != null)
                {
                    var (entity, mention, text, start, cue) = f.SpeakingSubject.Value;
                    f.Attribution = new Attribution(mention, cue, AttributionSource.Continued);
                    f.Speaker = entity;
                    f.MentionText = text;
                    f.MentionStart = start;
                    f.Cue = cue.Text;
                }
                else if (prev != null && prev.Attributed && f.StandsAlone && f.AtSentenceStart && f.Kind == QuoteKind.Direct &&
                         f.Salient != null && f.Salient == prev.Speaker && prev.Speaker!.IsIndividual && f.Sentence - prev.Sentence <= 3)
                {
                    // “…,” said Foreman, who has applied for 20 jobs. He worked in construction. “It can’t get any worse.”
                    f.CopyFrom(prev);
                }
                prev = f;
            }
        }

        /// <summary>
        /// A paragraph that opens with a quotation and does not attribute it continues the previous
        /// paragraph's speaker: a multi-paragraph quotation (the previous one ran on unclosed), a
        /// quotation introduced by "X said:", or a new paragraph of the same speaker's words.
        /// </summary>
        private static void ContinueAcross(ParagraphState prev, ParagraphState st)
        {
            if (st.Quotes.Count == 0 || prev.Paragraph.Section != st.Paragraph.Section) return;
            var first = st.Quotes[0];
            if (first.Token != 0 || first.Attributed || first.Named || first.TitleLike) return;
            var last = prev.Quotes.Count > 0 ? prev.Quotes[prev.Quotes.Count - 1] : null;
            if (prev.ColonIntro != null && (last == null || last.Sentence < prev.Sentences.Count - 1))
            {
                first.CopyFrom(prev.ColonIntro);
                if (StartsUpper(QuoteText(st, first))) first.Kind = QuoteKind.Direct;
            }
            else if (last != null && last.RunsOn)
            {
                if (last.Attributed) first.CopyFrom(last);
                else if (st.Quotes.Any(q => q.Attributed)) { /* attribution comes later: leave it */ }
                first.Kind = last.Kind == QuoteKind.Direct ? QuoteKind.Direct : first.Kind;
            }
            else if (last != null && last.Attributed && last.Kind == QuoteKind.Direct && last.Sentence >= prev.Sentences.Count - 1 &&
                     first.Kind == QuoteKind.Direct && first.StandsAlone && !st.Quotes.Any(q => q.Attributed))
            {
                first.CopyFrom(last);
            }
            else return;
            ContinueWithin(st);
        }

        private static string QuoteText(ParagraphState st, FoundQuote f) =>
            st.Paragraph.Text.Substring(f.Span.TextStart, f.Span.TextEnd - f.Span.TextStart);

        private IncidentQuote ToQuote(FoundQuote f)
        {
            var p = f.Paragraph;
            int start = f.Span.TextStart, end = f.Span.TextEnd;
            while (start < end && char.IsWhiteSpace(p.Text[start])) start++;
            while (end > start && char.IsWhiteSpace(p.Text[end - 1])) end--;
            var s = f.Speaker;
            return new IncidentQuote(
                _doc.Id, _doc.Path, p.Section, p.Number, p.Line, p.Start + start, p.Text.Substring(start, end - start), f.Kind,
                s?.Display, f.MentionText, f.MentionText == null ? (int?)null : f.MentionStart,
                s?.RoleText, s?.Party, f.Cue);
        }

        /// <summary>Full names written in the document (two or more capitalised words after any title), for surnames used alone.</summary>
        private static List<FullName> FullNames(List<ParagraphState> states)
        {
            var names = new List<FullName>();
            for (int pi = 0; pi < states.Count; pi++)
            {
                var st = states[pi];
                var tk = st.Tokens;
                int k = 0;
                while (k < tk.Count)
                {
                    if (!tk[k].IsCapitalized) { k++; continue; }
                    int s = k;
                    while (k < tk.Count && !(k > s && (tk[k - 1].Text.EndsWith("’s", StringComparison.Ordinal) || tk[k - 1].Text.EndsWith("'s", StringComparison.Ordinal))) && (tk[k].IsCapitalized || tk[k].IsWord && k + 1 < tk.Count && tk[k + 1].IsCapitalized && Lexicon.Is(tk[k].Text, WordTag.NameParticle))) k++;
                    // strip titles, nationalities and function words at the front
                    char gender = '\0';
                    int a = s;
                    // "architect Marwan Al-Sayed", "Senator Jo Bell": the role written before the name, for "the architect"
                    string? roleNoun = s > 0 && tk[s - 1].IsLowerWord && Lexicon.IsSpeakerNoun(tk[s - 1].Lower, out var sg, out var pl) && !pl ? sg : null;
                    while (a < k)
                    {
                        bool title = false;
                        foreach (var t in Lexicon.Titles)
                        {
                            var words = t.Words;
                            var g = t.Gender;
                            if (a + words.Length > k) continue;
                            bool ok = true;
                            for (int w = 0; w < words.Length && ok; w++) ok = tk[a + w].Text == words[w];
                            if (ok)
                            {
                                if (Lexicon.IsSpeakerNoun(words[words.Length - 1].ToLowerInvariant(), out var tsg, out var tpl) && !tpl) roleNoun = tsg;
                                a += words.Length; if (g != '\0') gender = g; title = true; break;
                            }
                        }
                        if (title) continue;
                        if (CountryTable.Find(tk[a].Text) != null || FunctionWord(tk[a].Lower) || Lexicon.Verb(tk[a].Lower) != null || Lexicon.Is(tk[a].Lower, WordTag.NotNameStart) || Lexicon.IsAdverb(tk[a].Text)) { a++; continue; }
                        break;
                    }
                    int n = k - a;
                    if (n >= 2 && n <= 5)
                    {
                        bool org = false;
                        for (int x = a; x < k; x++)
                        {
                            var word = tk[x].Text;
                            int apostrophe = word.IndexOfAny(new[] { '\'', '’' });
                            if (apostrophe >= 0 && apostrophe != 1 && apostrophe != word.Length - 2) org = true; // I’m, What’s: not names
                            if (Lexicon.Is(tk[x].Lower, WordTag.Function | WordTag.NotName)) org = true;
                            if (word.Any(char.IsDigit)) org = true; // "AirAsia QZ8501", "Windows 10": not people
                        }
                        for (int x = a; x < k; x++)
                            if (Lexicon.IsOrganisationWord(tk[x].Lower) || Lexicon.IsDocumentWord(tk[x].Lower) || CountryTable.Find(tk[x].Text) != null || tk[x].Text.All(ch => char.IsUpper(ch) || ch == '.') && tk[x].Text.Length > 1)
                                org = true;
                        if (CountryTable.Find(MentionParser.Join(tk, a, k)) != null || CountryTable.FindCapital(MentionParser.Join(tk, a, k)) != null) org = true;
                        // only a name in a subject's place (after punctuation or at the start) can be a pronoun's antecedent
                        // (a possessive, "Lars Berg’s film", is not the subject either)
                        bool possessive = tk[k - 1].Text.EndsWith("’s", StringComparison.Ordinal) || tk[k - 1].Text.EndsWith("'s", StringComparison.Ordinal);
                        bool subjectPlace = (s == 0 || tk[s - 1].Kind == TokenKind.Punct) && !possessive;
                        if (!org) names.Add(new FullName(MentionParser.Join(tk, a, k).Replace("’s", "").Replace("'s", ""), gender, pi, a, subjectPlace) { RoleNoun = roleNoun });
                    }
                }
            }
            return names;
        }

        private static bool FunctionWord(string lower) => Lexicon.Is(lower, WordTag.Function);
    }
}
