using System;
using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// A press release or statement whose heading says whose it is ("NEWS RELEASE | Department of
    /// Transport | 3 May", "ISPR Press Release", "Statement by the Harbour Board"): the release's own
    /// sentences are its issuer's statements (Indirect), with no reporting verb. Only a document that
    /// clearly is a release: the heading is the title or one of the first paragraphs, short, names the
    /// release ("news release", "press release", "statement by", … tagged release-mark in words.txt) at
    /// its start or right after the issuer's name, and holds no reporting verb; the issuer is named in it.
    /// Runs last: a sentence that quotes someone, or that holds another attribution's source, cue or
    /// content, stays that attribution's; contact lines ("Media contact: …") are no statement.
    /// A heading that is the release's name alone ("PRESS RELEASE") takes its issuer from the release's
    /// closing line, a short line that is only the issuing body's name ("Harbour Board Press Office"); then only
    /// the paragraphs that end as sentences are its statements (not its number, dateline line or subtitle).
    /// A signed letter is read the same way: with no heading, a salutation line ("Dear Mr. Secretary:") and, after it, a
    /// complimentary close alone on its line ("Sincerely,"; letter-phrases.txt) followed by a line that names a signer
    /// ("Rep. Ann Cole", "Ann Cole, Member of Congress"): the sentences between the two are the first signer's, the close
    /// its cue, and the writers' "we" of the letter stands for its signers (<see cref="SpeakerResolution"/>).
    /// </summary>
    internal sealed class PressRelease : IAttributionRule
    {
        /// <summary>The heading is the title or one of this many first paragraphs.</summary>
        private const int HeadingParagraphs = 3;

        /// <summary>At most this many words in a heading.</summary>
        private const int HeadingWords = 40;

        /// <summary>At most this many capitalised words of an issuer written before the release's name ("ISPR Press Release").</summary>
        private const int IssuerWords = 6;

        /// <summary>The most tokens of a dateline that opens a paragraph ("ISLAMABAD, May 3 —").</summary>
        private const int DatelineTokens = 6;

        /// <summary>The most tokens before the colon of a rubric label at the foot of a release ("Media contact:").</summary>
        private const int ContactLabelTokens = 4;

        /// <summary>At most this many words in a letter's salutation line ("Dear Senator Cole and Representative Ortiz:").</summary>
        private const int SalutationWords = 12;

        /// <summary>At most this many words in a signer's line ("Rep. Ann Cole, Member of Congress").</summary>
        private const int SignerWords = 12;

        public string Name => nameof(PressRelease);

        public void Apply(AttributionContext ctx)
        {
            var doc = ctx.Document;
            AnalysedParagraph? heading = null;
            Mention? issuer = null;
            (int Start, int End) mark = default;
            int bodyParagraphs = 0;
            foreach (var p in doc.Paragraphs)
            {
                if (p.Section != ParagraphSection.Title && ++bodyParagraphs > HeadingParagraphs) break;
                if (p.Section != ParagraphSection.Title && p.Section != ParagraphSection.Body) continue;
                if (Heading(ctx, p, out var m, out mark))
                {
                    heading = p;
                    issuer = m;
                    break;
                }
            }
            AnalysedParagraph? closing = null;
            AnalysedParagraph? signature = null;
            AnalysedParagraph? letterhead = null;
            IReadOnlyList<Token>? issuerTokens = null;
            if (heading == null)
            {
                // a signed letter: its salutation opens it, its close ends it, the line after the close names the signer
                if ((issuer = Signers(ctx, out heading, out closing, out mark)) == null) return;
                signature = ctx.Document.Paragraphs[closing!.Index + 1];
            }
            else if (issuer == null && (issuer = ClosingIssuer(ctx, heading, out closing) ?? LetterheadIssuer(ctx, heading, out letterhead, out issuerTokens)) == null) return;
            if (heading == null) return;

            // what other attributions hold: their content, cue and source (file offsets)
            var taken = new List<TextSpan>();
            foreach (var a in ctx.Found)
            {
                taken.Add(a.Content);
                if (a.Cue is { } c) taken.Add(c);
                if (a.SourceSpan is { } s) taken.Add(s);
            }

            FoundAttribution? first = null;
            foreach (var p in doc.Paragraphs)
            {
                if (p.Index <= heading.Index || p.Section != ParagraphSection.Body || IsContactLine(p)) continue;
                if (closing != null && (p.Index >= closing.Index || !EndsAsSentence(p))) continue;
                if (letterhead != null && !EndsAsSentence(p)) continue;
                var tk = p.Tokens;
                int runStart = -1, runEnd = -1;
                for (int si = 0; si <= p.Sentences.Count; si++)
                {
                    bool own = false;
                    int s0 = 0, s1 = 0;
                    if (si < p.Sentences.Count)
                    {
                        (s0, s1) = p.Sentences[si];
                        if (si == 0) s0 = AfterDateline(tk, s0, s1);
                        own = s1 - s0 >= 3 && ReportedSpeech.HasWords(tk, s0, s1) && !ReportedSpeech.HasQuote(tk, s0, s1) &&
                              !Overlaps(taken, TextSpan.FromTo(p.Start + tk[s0].Start, p.Start + tk[s1 - 1].End));
                    }
                    if (own)
                    {
                        if (runStart < 0) runStart = s0;
                        runEnd = s1;
                        continue;
                    }
                    if (runStart >= 0)
                    {
                        first = Add(ctx, p, runStart, runEnd, heading, closing ?? letterhead, signature, issuer, issuerTokens, mark, first);
                        runStart = -1;
                    }
                }
            }
        }

        private FoundAttribution Add(AttributionContext ctx, AnalysedParagraph p, int a, int e, AnalysedParagraph heading, AnalysedParagraph? closing, AnalysedParagraph? signature, Mention issuer, IReadOnlyList<Token>? issuerTokens, (int Start, int End) mark, FoundAttribution? first)
        {
            var tk = p.Tokens;
            var content = TextSpan.FromTo(p.Start + tk[a].Start, p.Start + tk[e - 1].End);
            var found = new FoundAttribution(Name, p, AttributionKind.Indirect, content);
            if (first == null && signature != null)
            {
                // a letter: the signer's line is the source, the close before it the cue
                var ctk = closing!.Tokens;
                found.Source = issuer;
                found.SourceParagraph = signature;
                found.SourceTokens = signature.Tokens;
                found.Cue = TextSpan.FromTo(closing.Start + ctk[mark.Start].Start, closing.Start + ctk[mark.End - 1].End);
                found.Place = CuePlace.After;
            }
            else if (first == null && closing != null)
            {
                // the issuer signs the closing line (or heads the letterhead above the release's name); the heading's name of the
                // release is the cue
                var htk = heading.Tokens;
                found.Source = issuer;
                found.SourceParagraph = closing;
                found.SourceTokens = issuerTokens ?? closing.Tokens;
                found.Cue = TextSpan.FromTo(heading.Start + htk[mark.Start].Start, heading.Start + htk[mark.End - 1].End);
                found.Place = CuePlace.Before;
            }
            else if (first == null)
            {
                var htk = heading.Tokens;
                found.Source = issuer;
                found.SourceParagraph = heading;
                found.SourceTokens = htk;
                found.Cue = TextSpan.FromTo(heading.Start + htk[mark.Start].Start, heading.Start + htk[mark.End - 1].End);
                found.CueWords = new CueMatch(MentionParser.Join(htk, mark.Start, mark.End), mark.Start, mark.End, null);
                found.Place = CuePlace.Before;
            }
            else found.ContinuesFrom = first;
            return ctx.Add(found) && first == null ? found : first!;
        }

        /// <summary>
        /// True for a release's heading: the release's name (a release-mark phrase) at the start of the
        /// paragraph or of a segment between bars, or right after the issuer's capitalised name; no
        /// reporting verb; the issuer named after "by"/"from", before the name, or in the next segment.
        /// </summary>
        private static bool Heading(AttributionContext ctx, AnalysedParagraph p, out Mention? issuer, out (int Start, int End) mark)
        {
            issuer = null;
            mark = default;
            var tk = p.Tokens;
            int words = 0;
            foreach (var t in tk)
            {
                if (!t.IsWord) continue;
                if (++words > HeadingWords) return false;
                if (t.IsLowerWord && t.CueVerb != null) return false;
            }
            if (words < 2) return false;
            var mp = ctx.MentionsFor(p);
            int segment = 0;
            for (int i = 0; i < tk.Count; i++)
            {
                if (IsSeparator(tk[i])) { segment = i + 1; continue; }
                int end = MarkAt(tk, i);
                if (end < 0) continue;
                // before the mark: nothing in its segment, or the issuer's capitalised name ("ISPR Press Release")
                bool capitalisedBefore = i - segment <= IssuerWords;
                for (int k = segment; k < i && capitalisedBefore; k++)
                    if (!(tk[k].IsCapitalized || tk[k].IsWord && Casing.IsAllCaps(tk[k].Text))) capitalisedBefore = false;
                if (!capitalisedBefore) return false;
                mark = (i, end);
                if (i > segment)
                {
                    issuer = Issuer(mp.Parse(tk, segment, i, inverted: true), segment, i);
                    return issuer != null;
                }
                // "Statement by the Harbour Board", "NEWS RELEASE | Harbour Board, Office of …"
                int from = end;
                if (tk[end - 1].Has(WordGroup.Agent | WordGroup.SourceFrom)) { }
                else if (from < tk.Count && tk[from].Has(WordClass.AuthorPreposition)) from++;
                else
                {
                    while (from < tk.Count && IsSeparator(tk[from])) from++;
                    // the release's name alone ("PRESS RELEASE"): its issuer signs the closing line
                    if (from == end) return i == 0 && end == tk.Count;
                }
                int stop = from;
                while (stop < tk.Count && !IsSeparator(tk[stop]) && !tk[stop].Is(",") && !tk[stop].Is(":")) stop++;
                issuer = Issuer(mp.Parse(tk, from, stop, inverted: true), from, stop);
                return issuer != null;
            }
            return false;
        }

        /// <summary>
        /// The issuer a release whose heading is its name alone signs at its end: the last body paragraph, a short
        /// line with no sentence's end, all of whose words are one organisation's name ("Inter-Agency Press Office").
        /// </summary>
        private static Mention? ClosingIssuer(AttributionContext ctx, AnalysedParagraph heading, out AnalysedParagraph? closing)
        {
            closing = null;
            var ps = ctx.Document.Paragraphs;
            AnalysedParagraph? last = null;
            for (int k = ps.Count - 1; k > heading.Index && last == null; k--)
                if (ps[k].Section == ParagraphSection.Body) last = ps[k];
            if (last == null) return null;
            var tk = last.Tokens;
            int words = 0;
            foreach (var t in tk)
            {
                if (t.IsQuote || t.Is(".") || t.Is("!") || t.Is("?") || t.Is(":") || t.Is(",")) return null;
                if (!t.IsWord) continue;
                if (++words > IssuerWords) return null;
            }
            if (words < 2 || !(tk[0].IsCapitalized || Casing.IsAllCaps(tk[0].Text))) return null;
            var m = ctx.MentionsFor(last).Parse(tk, 0, tk.Count, inverted: true);
            if (m == null || !(m.Kind == MentionKind.Organisation || m.Kind == MentionKind.Description && m.IsOrganisationHead) || m.Start != 0 || m.End != tk.Count) return null;
            closing = last;
            return m;
        }

        /// <summary>At most this many lines in a letterhead above a release's name ("UNITED STATES CENTRAL COMMAND ¶ Public Affairs ¶ MacDill Air Force Base, Fla.").</summary>
        private const int LetterheadLines = 3;

        /// <summary>At most this many words in a line of a letterhead.</summary>
        private const int LetterheadWords = 8;

        /// <summary>
        /// The index of a release's name standing alone on its line ("NEWS RELEASE", "PRESS RELEASE") right under a letterhead
        /// that opens the document: one to <see cref="LetterheadLines"/> short lines above it (the issuer's name, its office,
        /// its address: "UNITED STATES CENTRAL COMMAND ¶ Public Affairs ¶ MacDill Air Force Base, Fla."), each of capitalised
        /// words, numbers and small function words only (<see cref="IsLetterheadLine"/>). -1 when the document opens otherwise.
        /// </summary>
        internal static int ReleaseNameUnderLetterhead(AnalysedDocument doc)
        {
            var ps = doc.Paragraphs;
            for (int h = 0; h < ps.Count && h <= LetterheadLines; h++)
            {
                var tk = ps[h].Tokens;
                if (h > 0 && tk.Count > 0 && MarkAt(tk, 0) == tk.Count) return h;
                if (!IsLetterheadLine(ps[h])) return -1;
            }
            return -1;
        }

        /// <summary>
        /// A line of a letterhead: at most <see cref="LetterheadWords"/> words, each capitalised, in capitals, a number or a
        /// small function word ("Office of the Press Secretary", "12 Quay Road, Portmere"); no quotation, question, colon,
        /// and no release's name.
        /// </summary>
        private static bool IsLetterheadLine(AnalysedParagraph p)
        {
            var tk = p.Tokens;
            if (tk.Count == 0 || MarkAt(tk, 0) > 0) return false;
            int words = 0;
            foreach (var t in tk)
            {
                if (t.IsWord)
                {
                    if (++words > LetterheadWords) return false;
                    if (!(t.IsCapitalized || char.IsDigit(t.Text[0]) || t.IsLowerWord && t.Has(WordTag.Function))) return false;
                }
                else if (!(t.Is(",") || t.Is(".") || t.Is("-") || t.Is("(") || t.Is(")"))) return false;
            }
            return words > 0 && tk[0].IsWord && !tk[0].IsLowerWord;
        }

        /// <summary>
        /// The issuer a release whose heading is its name alone names in the letterhead above it (<see
        /// cref="ReleaseNameUnderLetterhead"/>): the letterhead's first line, when all its words are one organisation's name, its
        /// own phrase included ("UNITED STATES CENTRAL COMMAND", "Harbour Safety Authority of Ostland"); a line in capitals is read as the name is written
        /// ("United States Central Command"). Null when there is no such letterhead or its first line names no organisation.
        /// </summary>
        private static Mention? LetterheadIssuer(AttributionContext ctx, AnalysedParagraph heading, out AnalysedParagraph? letterhead, out IReadOnlyList<Token>? issuerTokens)
        {
            letterhead = null;
            issuerTokens = null;
            var doc = ctx.Document;
            if (ReleaseNameUnderLetterhead(doc) != heading.Index) return null;
            var top = doc.Paragraphs[0];
            var tk = top.Tokens;
            bool capitals = true;
            foreach (var t in tk)
                if (t.IsWord && !Casing.IsAllCaps(t.Text)) capitals = false;
            Mention? m;
            if (capitals)
            {
                // the words as a name is written: capitals first, small function words in lower case ("Ministry of Defence")
                var chars = top.Text.ToCharArray();
                for (int i = 0; i < tk.Count; i++)
                {
                    var t = tk[i];
                    if (!t.IsWord) continue;
                    var word = i > 0 && t.Has(WordTag.Function) ? t.Lower : Casing.TitleCaseWord(t.Text);
                    if (word.Length == t.End - t.Start) word.CopyTo(0, chars, t.Start, word.Length);
                }
                var titled = new string(chars);
                var ttk = Tokenizer.Tokenize(titled, Array.Empty<QuotationSpan>());
                m = ctx.MentionsFor(top).Parse(ttk, 0, ttk.Count, inverted: true);
                if (m != null && !(m.Start == 0 && Math.Max(m.End, m.Next) == ttk.Count)) m = null;
                issuerTokens = ttk;
            }
            else
            {
                m = ctx.MentionsFor(top).Parse(tk, 0, tk.Count, inverted: true);
                if (m != null && !(m.Start == 0 && Math.Max(m.End, m.Next) == tk.Count)) m = null;
            }
            if (m == null || !(m.Kind == MentionKind.Organisation || m.Kind == MentionKind.Description && m.IsOrganisationHead)) return null;
            letterhead = top;
            issuerTokens ??= tk;
            return m;
        }

        /// <summary>
        /// The first signer of a letter the document prints: a complimentary close alone on its line ("Sincerely,",
        /// "Yours faithfully,"), the next paragraph a short line that opens with the signer's name or body ("Rep. Ann Cole",
        /// "Ann Cole, Member of Congress", "The Harbour Board"), and before the close a salutation line that opens the
        /// letter ("Dear Mr. Secretary:", "To the Editor:"), with a paragraph at least between them. The salutation is
        /// returned as the letter's heading, the close as its closing line and the close's words as the mark.
        /// </summary>
        private static Mention? Signers(AttributionContext ctx, out AnalysedParagraph? salutation, out AnalysedParagraph? close, out (int Start, int End) mark)
        {
            salutation = close = null;
            mark = default;
            var ps = ctx.Document.Paragraphs;
            for (int k = 0; k + 1 < ps.Count; k++)
            {
                var p = ps[k];
                if (p.Section != ParagraphSection.Body || ps[k + 1].Section != ParagraphSection.Body) continue;
                int end = PhraseAt(p.Tokens, 0, LetterPhrase.Close);
                if (end < 0 || !(end == p.Tokens.Count || end + 1 == p.Tokens.Count && p.Tokens[end].Is(","))) continue;
                var signer = Signer(ctx, ps[k + 1]);
                if (signer == null) continue;
                for (int j = k - 2; j >= 0; j--)
                {
                    if (ps[j].Section != ParagraphSection.Body) break;
                    if (!IsSalutation(ps[j])) continue;
                    salutation = ps[j];
                    close = p;
                    mark = (0, end);
                    return signer;
                }
            }
            return null;
        }

        /// <summary>A letter's salutation line: a salutation phrase opens it, it ends with a colon or a comma, and it is short.</summary>
        private static bool IsSalutation(AnalysedParagraph p)
        {
            var tk = p.Tokens;
            if (tk.Count < 2 || !(tk[tk.Count - 1].Is(":") || tk[tk.Count - 1].Is(",")) || PhraseAt(tk, 0, LetterPhrase.Salutation) < 0) return false;
            int words = 0;
            foreach (var t in tk)
                if (t.IsWord && ++words > SalutationWords) return false;
            return true;
        }

        /// <summary>
        /// The signer a letter's line after its close names: a short line with no sentence's end whose first words are a
        /// person's name, an organisation or a body's description ("Rep. Ann Cole", "Ann Cole, Member of Congress").
        /// </summary>
        private static Mention? Signer(AttributionContext ctx, AnalysedParagraph p)
        {
            var tk = p.Tokens;
            if (tk.Count == 0 || !(tk[0].IsCapitalized || Casing.IsAllCaps(tk[0].Text))) return null;
            int words = 0;
            foreach (var t in tk)
            {
                if (t.IsQuote || t.Is("!") || t.Is("?") || t.Is(":")) return null;
                if (t.IsWord && ++words > SignerWords) return null;
            }
            if (tk[tk.Count - 1].Is(".")) return null;
            var m = Issuer(ctx.MentionsFor(p).Parse(tk, 0, tk.Count, inverted: true), 0, tk.Count);
            return m != null && (m.Kind == MentionKind.Name || m.Kind == MentionKind.Organisation || m.IsOrganisationHead) ? m : null;
        }

        /// <summary>The end of a phrase of letter-phrases.txt with the tag that starts at token i (the longest), or -1.</summary>
        private static int PhraseAt(IReadOnlyList<Token> tk, int i, LetterPhrase tag)
        {
            // (a phrase joined from the tokens starts with the first one's letters: most paragraphs' first word starts none)
            if (i >= tk.Count || !tk[i].IsWord || !Lexicon.MayStartLetterPhrase(tk[i].Lower)) return -1;
            for (int n = Math.Min(Lexicon.LetterPhraseWords, tk.Count - i); n >= 1; n--)
            {
                bool words = true;
                for (int k = i; k < i + n && words; k++) words = tk[k].IsWord;
                if (words && Lexicon.LetterPhraseOf(MentionParser.Join(tk, i, i + n).ToLowerInvariant()) == tag) return i + n;
            }
            return -1;
        }

        /// <summary>
        /// The salutation line of a signed letter whose close is the cue of the attribution (<see cref="Signers"/>): the
        /// nearest salutation before the close; null when there is none.
        /// </summary>
        internal static AnalysedParagraph? SalutationBefore(AnalysedDocument doc, int offset)
        {
            AnalysedParagraph? found = null;
            foreach (var p in doc.Paragraphs)
            {
                if (p.Start >= offset) break;
                if (p.Section == ParagraphSection.Body && IsSalutation(p)) found = p;
            }
            return found;
        }

        /// <summary>True when the paragraph's last token ends a sentence (".", "!", "?", or a closing quotation mark after one).</summary>
        private static bool EndsAsSentence(AnalysedParagraph p)
        {
            var tk = p.Tokens;
            if (tk.Count == 0) return false;
            var t = tk[tk.Count - 1];
            return t.Is(".") || t.Is("!") || t.Is("?") || t.IsQuote;
        }

        /// <summary>The mention as an issuer: an organisation, a person's name or a description that can speak; it must take in the words it was given, up to a post-modifier.</summary>
        private static Mention? Issuer(Mention? m, int from, int stop)
        {
            if (m == null || m.IsPronoun || m.Start != from) return null;
            if (m.Kind == MentionKind.Description && !(m.IsOrganisationHead || Lexicon.IsSpeakerNoun(m.Head, out _, out _))) return null;
            return m.End <= stop ? m : null;
        }

        /// <summary>The end of a release-mark phrase of one to three words starting at token i, or -1.</summary>
        private static int MarkAt(IReadOnlyList<Token> tk, int i)
        {
            if (!tk[i].IsWord) return -1;
            for (int n = Math.Min(3, tk.Count - i); n >= 1; n--)
            {
                bool words = true;
                for (int k = i; k < i + n && words; k++) words = tk[k].IsWord;
                if (!words) continue;
                // several words spaced as usual: joined only when the first starts a release mark of words.txt (most words do not)
                if (n > 1 && tk[i + 1].Start > tk[i].End && !Lexicon.StartsPhrase(tk[i].Lower, WordTag.ReleaseMark)) continue;
                // one word: its lower case, worked out when it was tokenized (the same string ToLowerInvariant gives)
                var phrase = n == 1 ? tk[i].Lower : MentionParser.Join(tk, i, i + n).ToLowerInvariant();
                if (Lexicon.Is(phrase, WordTag.ReleaseMark)) return i + n;
            }
            return -1;
        }

        private static bool IsSeparator(Token t) => t.Is("|") || t.Is("--") || t.Is("—") || t.Is("–") || t.Is("-") || t.Is(":");

        /// <summary>The first token after a dateline that opens the paragraph ("WASHINGTON --", "ISLAMABAD, May 3 —").</summary>
        private static int AfterDateline(IReadOnlyList<Token> tk, int s0, int s1)
        {
            int k = s0;
            while (k < s1 && k - s0 < DatelineTokens && (tk[k].IsWord && (Casing.IsAllCaps(tk[k].Text) || tk[k].IsCapitalized || char.IsDigit(tk[k].Text[0])) || tk[k].Is(","))) k++;
            if (k > s0 && k + 1 < s1 && Casing.IsAllCaps(tk[s0].Text) && tk[s0].Text.Length > 1 && (tk[k].Is("--") || tk[k].Is("—") || tk[k].Is("–") || tk[k].Is("-") || tk[k].Is(":"))) return k + 1;
            return s0;
        }

        /// <summary>A contact or reference line at the foot of a release: a rubric label before a colon ("Media contact:", "Note:").</summary>
        private static bool IsContactLine(AnalysedParagraph p)
        {
            var tk = p.Tokens;
            for (int i = 0; i < tk.Count && i <= ContactLabelTokens; i++)
            {
                if (tk[i].Is(":")) return true;
                if (!tk[i].IsWord) return false;
            }
            return false;
        }

        private static bool Overlaps(List<TextSpan> taken, TextSpan span)
        {
            foreach (var t in taken)
                if (t.Overlaps(span)) return true;
            return false;
        }
    }
}
