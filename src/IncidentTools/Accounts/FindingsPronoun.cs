using System;
using System.Collections.Generic;
using IncidentTools.Attribution;
using IncidentTools.Text;

namespace IncidentTools.Accounts
{
    /// <summary>
    /// "The Pentagon says the findings stand. The army says they are wrong.", "The harbour board's report blamed both crews. ¶
    /// The union has never accepted a word of it.": a pronoun in what a side says that stands for a noun of findings the text
    /// wrote just before, so that the side's words are read on the findings' questions as if they named them ("the findings
    /// are wrong", "accepted a word of the report"). Only where the antecedent is beyond doubt:
    /// <list type="bullet">
    /// <item>"they" or "them": the one plural noun, or plural pronoun, that the sentence before the pronoun holds, else the
    /// one the sentence just before holds (in the paragraph, or the last of the one before in its section), is a plural noun
    /// of findings ("findings", "conclusions"; document-parts.txt, or the plural of a document of findings, "inquiries"); and
    /// "they" as the subject of the side's words only when the speaker is no plural, which it could stand for;</item>
    /// <item>"it": the subject of the sentence just before is a document of findings, one alone ("Clark's report", "The
    /// inquiry"; organisation-words.txt 'findings'), no other document is written after it in that sentence or before the
    /// pronoun in its own, and the pronoun is an object (after a verb or a preposition: "rejected it", "a word of it"), never
    /// the subject of the side's words, which is most often the side itself ("The army says it …"); so too "that" or "this"
    /// with no word after it in its clause, a demonstrative pronoun ("The report says American forces acted in
    /// self-defence. We do not accept that.").</item>
    /// </list>
    /// The first such pronoun of a range of a source's words is read, and none when none is sure.
    /// </summary>
    internal static class FindingsPronoun
    {
        /// <summary>Where a pronoun stands (paragraph offset and length) and the noun it stands for, as the text wrote it.</summary>
        internal readonly struct Antecedent
        {
            public Antecedent(int at, int length, string noun)
            {
                At = at;
                Length = length;
                Noun = noun;
            }

            public int At { get; }
            public int Length { get; }
            public string Noun { get; }

            /// <summary>The range's text with the pronoun replaced by its noun; <paramref name="from"/> is the range's paragraph offset.</summary>
            public string Replace(string rangeText, int from) =>
                rangeText.Substring(0, At - from) + Noun + rangeText.Substring(At - from + Length);

            /// <summary>
            /// A start offset in the replaced text as a paragraph offset of the text as written (<paramref name="from"/> is the
            /// range's): after the noun, shifted back; inside it, the pronoun's start.
            /// </summary>
            public int StartAsWritten(int offset, int from) => offset < At - from ? from + offset : offset >= At - from + Noun.Length ? from + offset - (Noun.Length - Length) : At;

            /// <summary>An end offset in the replaced text as a paragraph offset of the text as written: inside the noun, the pronoun's end.</summary>
            public int EndAsWritten(int offset, int from) => offset <= At - from ? from + offset : offset >= At - from + Noun.Length ? from + offset - (Noun.Length - Length) : At + Length;
        }

        /// <summary>
        /// The first pronoun in the words [<paramref name="from"/>, <paramref name="to"/>) (paragraph offsets) of the
        /// attribution's paragraph that stands for a noun of findings beyond doubt, as the class says; null when none does.
        /// <paramref name="words"/> are the paragraph's words with quotations opened.
        /// </summary>
        /// <remarks>
        /// With <paramref name="ownSentence"/>, only an "it" or a bare demonstrative for the one document of findings its own
        /// sentence names before it (<see cref="FindingsNamedInOwnSentence"/>), read after the other readings and the shared subject.
        /// </remarks>
        public static Antecedent? In(AttributionContext context, FoundAttribution a, IReadOnlyList<Token> words, int from, int to, bool ownSentence = false)
        {
            var p = a.Paragraph;
            int k0 = Negation.IndexAt(words, from);
            for (int k = k0; k >= 0 && k < words.Count && words[k].Start < to; k++)
            {
                var t = words[k];
                if (!t.IsWord) continue;
                var w = t.Lower;
                // "they", "them" (not the possessive "their" nor "themselves"); "it"
                bool plural = Lexicon.Is(w, WordSense.ThirdPlural) && (t.Has(WordTag.Pronoun) || t.Has(WordTag.ObjectPronoun));
                int last = k;
                if (!plural && !t.Has(WordGroup.ThingPronoun) && !Demonstrative(words, k, out last)) continue;
                if (plural && ownSentence) continue;
                bool objectPlace = ObjectPlace(words, k, last, k0, plural);
                string? noun;
                if (plural)
                {
                    // "Pakistani officials say they …": a plural speaker may be "they"
                    if (!objectPlace && (a.Root.Source is not { } m || m.Plural || a.Speaker is { Plural: true })) continue;
                    noun = PluralFindingsBefore(context, p, t.Start);
                }
                else
                {
                    if (!objectPlace) continue;
                    if (ownSentence)
                    {
                        // "Asked about the inquiry, the official said Pakistan did not accept it.": the one document of findings its
                        // own sentence names before it, with no other noun between
                        noun = last == k ? FindingsNamedInOwnSentence(p, t.Start) : null;
                        if (noun != null) return new Antecedent(t.Start, words[last].End - t.Start, noun);
                        continue;
                    }
                    noun = FindingsSubjectJustBefore(context, p, t.Start);
                    // "that account", "this version": the noun says the pronoun stands for findings, which may have been named a
                    // few sentences before
                    if (noun == null && last > k) noun = FindingsNamedBefore(context, p, t.Start);
                }
                if (noun != null) return new Antecedent(t.Start, words[last].End - t.Start, noun);
            }
            return null;
        }

        /// <summary>
        /// True when the pronoun at <paramref name="k"/> is an object, with no verb after it (not "says it does not …", "that it has
        /// concluded …", "saying they contradict …", where it is the subject of a clause): "them"; after a preposition ("a word of
        /// it"); "it" after a verb ("rejected it.", "dismissed it as …").
        /// </summary>
        private static bool ObjectPlace(IReadOnlyList<Token> words, int k, int last, int k0, bool plural)
        {
            // a verb after it: the subject of a clause ("that it has concluded …", "saying they contradict …")
            if (last + 1 < words.Count && words[last + 1].IsLowerWord &&
                (words[last + 1].Has(WordTag.Finite | WordTag.Auxiliary | WordTag.Negation) || words[last + 1].IsVerbForm || CueLexicon.IsEdForm(words[last + 1]))) return false;
            if (plural && words[k].Has(WordTag.ObjectPronoun)) return true;    // "them"
            if (k <= k0 || !words[k - 1].IsLowerWord) return false;
            var before = words[k - 1];
            // ("that", "which": a clause opens after them, whatever tags they share with prepositions)
            if (before.Has(WordTag.ClauseBreak | WordTag.Relative) || before.Has(WordGroup.Complementizer)) return false;
            if (before.Has(WordTag.Preposition)) return true;
            return !plural && (before.IsVerbForm || CueLexicon.IsEdForm(before));
        }

        /// <summary>
        /// "The report says American forces acted in self-defence. We do not accept that.": "that" or "this" with no word after
        /// it in its clause (a full stop, a comma, a semicolon follows) is a demonstrative pronoun, the thing just spoken of; not
        /// the complementizer or the determiner, which a word follows ("accept that the report …", "accept that report").
        /// </summary>
        /// <remarks>
        /// So too "that" or "this" with a noun of what findings hold right after it (accounts-stance.txt findings-noun: "has never
        /// accepted that account.", "rejected that version"), and either one followed only by a phrase of time of a preposition and
        /// dates ("rejected this in January 2012", "rejected that account on Monday"); not "that account of the talks", nor "this
        /// week" (a determiner). <paramref name="last"/> is the last word that stands for the findings (the noun, or the pronoun).
        /// </remarks>
        private static bool Demonstrative(IReadOnlyList<Token> words, int k, out int last)
        {
            last = k;
            if (!words[k].IsLowerWord || !words[k].Has(WordClass.SingularDemonstrative)) return false;
            if (k + 1 < words.Count && words[k + 1].IsLowerWord && AccountLexicon.Default.FindingsNouns.Contains(words[k + 1].Lower)) last = k + 1;
            return ClauseEndsAfter(words, last + 1);
        }

        /// <summary>How many words of dates a phrase of time after a demonstrative may hold ("in late January 2012").</summary>
        private const int TimePhraseWords = 3;

        /// <summary>
        /// True when no word stands at <paramref name="k"/> in its clause but a phrase of time: a preposition and one to
        /// <see cref="TimePhraseWords"/> words of dates (a month, a day, a time word, a number), then the clause's end.
        /// </summary>
        private static bool ClauseEndsAfter(IReadOnlyList<Token> words, int k)
        {
            if (k >= words.Count || !words[k].IsWord) return true;
            if (!words[k].IsLowerWord || !words[k].Has(WordTag.Preposition) || words[k].Has(WordGroup.Complementizer)) return false;
            int n = 0, j = k + 1;
            for (; j < words.Count && words[j].IsWord && n < TimePhraseWords; j++, n++)
                if (!(words[j].Has(WordTag.Time | WordTag.Calendar) || SpeakerResolution.HasDigit(words[j].Text))) return false;
            return n > 0 && (j >= words.Count || !words[j].IsWord);
        }

        /// <summary>The sentence just before the one holding the paragraph offset: its paragraph and index; false at a section's start.</summary>
        private static bool SentenceBefore(AttributionContext context, AnalysedParagraph p, int offset, out AnalysedParagraph sp, out int si) =>
            context.Document.SentenceBefore(p, p.SentenceAt(offset), out sp, out si);

        /// <summary>
        /// The plural noun of findings a "they" at the paragraph offset stands for: the one plural in its sentence before it,
        /// else the one plural of the sentence just before, when that one is of findings; null when there are none or several.
        /// </summary>
        private static string? PluralFindingsBefore(AttributionContext context, AnalysedParagraph p, int offset)
        {
            int si = p.SentenceAt(offset);
            var (s0, _) = p.Sentences[si];
            var here = Plurals(p, s0, p.TokenAt(offset), out string? only);
            if (here > 1) return null;
            if (here == 0)
            {
                if (!SentenceBefore(context, p, offset, out var sp, out int sj)) return null;
                var (b0, b1) = sp.Sentences[sj];
                if (Plurals(sp, b0, b1, out only) != 1) return null;
            }
            return only != null && IsPluralFindings(only) ? only : null;
        }

        /// <summary>
        /// How many words in the tokens [s, e) may stand for a plural "they" (plural nouns, names of peoples, plural pronouns; a
        /// plural pronoun after one plural noun alone counts as that noun); <paramref name="only"/> is the last, lower-cased.
        /// </summary>
        private static int Plurals(AnalysedParagraph p, int s, int e, out string? only)
        {
            only = null;
            int n = 0;
            for (int x = s; x < e && x < p.Tokens.Count; x++)
            {
                var t = p.Tokens[x];
                if (t.IsQuote)
                {
                    foreach (var inner in p.InnerTokens(p.QuotationIndexOf(t)))
                        if (MayBePlural(inner)) { n++; only = inner.Lower; }
                    continue;
                }
                if (!MayBePlural(t)) continue;
                // "Those are the findings, and the council has accepted them.": a plural pronoun after one plural noun alone in the
                // words read names that noun again, no other thing
                if (n == 1 && only != null && !Lexicon.Is(only, WordSense.ThirdPlural) && Lexicon.Is(t.Lower, WordSense.ThirdPlural)) continue;
                n++;
                only = t.Lower;
            }
            return n;
        }

        /// <summary>A word "they" may stand for: a plural pronoun, a plural noun of findings, or a word in -s that is no verb, grammar word or adverb ("officials", "Americans", "posts").</summary>
        private static bool MayBePlural(Token t)
        {
            if (!t.IsWord || t.EndsInApostropheS || t.Text.IndexOf('\'') >= 0) return false;
            var w = t.Lower;
            if (Lexicon.Is(w, WordSense.ThirdPlural)) return true;
            if (IsPluralFindings(w)) return true;
            if (w.Length < 4 || !Inflection.EndsInS(w) || w.EndsWith("us", StringComparison.Ordinal) || w.EndsWith("is", StringComparison.Ordinal)) return false;
            return !t.IsVerbForm && !t.Has(WordTag.Function | WordTag.Auxiliary | WordTag.Finite | WordTag.Pronoun | WordTag.Determiner | WordTag.Preposition | WordTag.CueAdverb) && !Lexicon.IsAdverb(w);
        }

        /// <summary>"findings", "conclusions", "inquiries": a plural part of a document's findings, or the plural of a document of findings.</summary>
        private static bool IsPluralFindings(string lower)
        {
            var one = Inflection.Singular(lower);
            if (one == lower) return false;
            return Lexicon.IsDocumentPart(lower) || Lexicon.IsDocumentPlural(lower) && Lexicon.IsOrganisationWord(one, OrganisationWordTag.Findings);
        }

        /// <summary>
        /// The head of the document of findings that is the subject of the sentence just before the one holding the paragraph
        /// offset, when no other document is written after it there or before the offset in its own sentence; else null.
        /// </summary>
        private static string? FindingsSubjectJustBefore(AttributionContext context, AnalysedParagraph p, int offset)
        {
            if (!SentenceBefore(context, p, offset, out var sp, out int sj)) return null;
            var subject = context.SubjectOf(sp, sj);
            var source = SourceOpening(context, sp, sj);
            int end = -1;
            string? head = DocumentHead(sp, subject, ref end) ?? DocumentHead(sp, source, ref end);
            if (head == null) return null;
            if (!Lexicon.IsOrganisationWord(head, OrganisationWordTag.Findings)) return null;
            var (_, b1) = sp.Sentences[sj];
            if (DocumentAmong(sp, end, b1)) return null;
            var (s0, _) = p.Sentences[p.SentenceAt(offset)];
            if (DocumentAmong(p, s0, p.TokenAt(offset))) return null;
            return head;
        }

        /// <summary>
        /// "Asked about the U.S. military's investigation, released in December, the official said Pakistan did not accept it.",
        /// "He declined to comment on the inquiry beyond saying that the department stood by it.": the head of the one document
        /// the sentence holding the paragraph offset names before it, when that document is one of findings (organisation-words.txt
        /// 'findings') and no other noun phrase stands between it and the offset that the pronoun might stand for: no word after
        /// a determiner or a possessive but a noun of a person ("the official"), no quotation, no "and" without a comma before it;
        /// names in capitals pass ("the Department of Defense"). Null when the sentence names no document, several, or another noun comes between ("Asked
        /// about the report, he said the proposal was unfair and Pakistan rejected it").
        /// </summary>
        private static string? FindingsNamedInOwnSentence(AnalysedParagraph p, int offset)
        {
            var (s0, _) = p.Sentences[p.SentenceAt(offset)];
            int end = Math.Min(p.TokenAt(offset), p.Tokens.Count);
            int doc = -1;
            for (int x = s0; x < end; x++)
            {
                var w = p.Tokens[x];
                if (!w.IsWord || !w.IsDocumentWord && !Lexicon.IsDocumentPlural(w.Lower)) continue;
                if (doc >= 0) return null;
                doc = x;
            }
            if (doc < 0) return null;
            var d = p.Tokens[doc];
            if (!d.IsLowerWord || !d.IsDocumentWord || !Lexicon.IsOrganisationWord(d.Lower, OrganisationWordTag.Findings)) return null;
            for (int x = doc + 1; x < end; x++)
            {
                var w = p.Tokens[x];
                if (w.IsQuote) return null;
                if (!w.IsLowerWord) continue;
                var b = p.Tokens[x - 1];
                // "studied the report and stands by it": a predicate joined to the document's own clause by "and" with no comma is
                // read as written, by the manifest's cues of that form ("report * and stand* by it")
                if (w.Lower == "and" && !b.Is(",")) return null;
                bool determined = b.IsWord && (b.IsLowerWord && b.Has(WordClass.PhraseDeterminer) || b.EndsInApostropheS);
                if (determined && !Lexicon.IsSpeakerNoun(w.Lower, out _, out _)) return null;
            }
            return d.Lower;
        }

        /// <summary>How many sentences back a demonstrative with a noun of what findings hold ("that account") looks for the document of findings it stands for.</summary>
        private const int FindingsNamedReach = 3;

        /// <summary>
        /// "A U.S. official said the apology did not change the conclusion of the Pentagon's investigation. “The facts stand,” the
        /// official said. ¶ The army has never accepted that account.": the document of findings the text named last in the
        /// <see cref="FindingsNamedReach"/> sentences before the one holding the paragraph offset (the words outside quotations,
        /// read back from the offset), when the last such word read back is a document of findings (organisation-words.txt
        /// 'findings'); null when it is another document ("the letter"), or a noun of what findings hold that is no part of a
        /// document comes first ("the army's account is that …": "that account" may be that one), or a sentence read back before
        /// the document reports someone's words in other than a quotation alone ("U.S. officials said the patrol was fired at":
        /// that account may be theirs), or none is named within reach.
        /// </summary>
        private static string? FindingsNamedBefore(AttributionContext context, AnalysedParagraph p, int offset)
        {
            var sp = p;
            int sj = p.SentenceAt(offset);
            int end = p.TokenAt(offset);
            for (int n = 0; n <= FindingsNamedReach; n++)
            {
                if (n > 0)
                {
                    if (!context.Document.SentenceBefore(sp, sj, out var bp, out int bj)) return null;
                    sp = bp;
                    sj = bj;
                    end = sp.Sentences[sj].End;
                }
                int start = sp.Sentences[sj].Start;
                for (int x = Math.Min(end, sp.Tokens.Count) - 1; x >= start; x--)
                {
                    var w = sp.Tokens[x];
                    if (!w.IsLowerWord) continue;
                    // (a side's "account" or "version"; not the findings' own parts, "the inquiry's conclusions")
                    if (AccountLexicon.Default.FindingsNouns.Contains(w.Lower) && !Lexicon.IsDocumentPart(w.Lower)) return null;
                    if (!w.IsDocumentWord && !Lexicon.IsDocumentPlural(w.Lower)) continue;
                    return w.IsDocumentWord && Lexicon.IsOrganisationWord(w.Lower, OrganisationWordTag.Findings) ? w.Lower : null;
                }
                // "U.S. officials have told reporters that the patrol was fired at. Pakistan's military has rejected that account.":
                // a sentence read back that reports someone's words (no quotation alone) is the account the pronoun may stand for
                if (n > 0)
                    foreach (var b in context.AttributionsIn(sp, sj))
                        if (b.Kind != AttributionKind.Direct) return null;
            }
            return null;
        }

        /// <summary>
        /// "Brigadier General Stephen Clark's report spoke of …": the source of an attribution of the sentence that opens it, or
        /// that opens it after a short label and its colon ("Desk reminder: the US military investigation said …", "Background:
        /// the inquiry found …"; <see cref="AfterLabel"/>); else null.
        /// </summary>
        private static Mention? SourceOpening(AttributionContext context, AnalysedParagraph sp, int sj)
        {
            var (b0, b1) = sp.Sentences[sj];
            int opening = AfterLabel(sp.Tokens, b0, b1);
            foreach (var b in context.AttributionsIn(sp, sj))
                if (b.SourceParagraph == sp && ReferenceEquals(b.SourceTokens, sp.Tokens) && b.Source is { } m &&
                    (m.Start == b0 || opening > b0 && (m.Start == opening ||
                     m.Start == opening + 1 && sp.Tokens[opening].IsWord && sp.Tokens[opening].Has(WordGroup.DefiniteArticle)))) return m;
            return null;
        }

        /// <summary>The most words of a label before its colon at a sentence's opening ("Desk reminder:", "Background:").</summary>
        private const int LabelWords = 3;

        /// <summary>
        /// The token after the colon of a label of one to <see cref="LabelWords"/> words that opens the sentence of tokens
        /// [<paramref name="s"/>, <paramref name="e"/>) ("Desk reminder: the …"); <paramref name="s"/> when it opens with none.
        /// </summary>
        private static int AfterLabel(IReadOnlyList<Token> tokens, int s, int e)
        {
            for (int x = s, n = 0; x < e && n <= LabelWords; x++)
            {
                if (tokens[x].IsWord) { n++; continue; }
                return tokens[x].Text == ":" && n > 0 && x + 1 < e ? x + 1 : s;
            }
            return s;
        }

        /// <summary>
        /// The document word, lower-cased, that heads the mention: one alone ("The inquiry", "Clark's report", "Brigadier General
        /// Stephen Clark's report"), its last word or the word right after a name in the possessive; null for no document or a plural.
        /// <paramref name="after"/> is the token after the document word.
        /// </summary>
        private static string? DocumentHead(AnalysedParagraph sp, Mention? m, ref int after)
        {
            if (m == null || m.Plural && m.Kind == IncidentTools.Attribution.MentionKind.Description) return null;
            var tk = sp.Tokens;
            int last = m.End - 1;
            if (last < 0 || last >= tk.Count) return null;
            if (tk[last].EndsInApostropheS && last + 1 < tk.Count && tk[last + 1].IsLowerWord && tk[last + 1].IsDocumentWord) last++;
            if (!tk[last].IsLowerWord || !tk[last].IsDocumentWord) return null;
            after = last + 1;
            return tk[last].Lower;
        }

        /// <summary>
        /// True when a document word stands among the tokens [s, e). Not a word that is also a noun of a side's men or places
        /// (accounts-group-nouns.txt: "posts", "the posts were marked on their maps"), which in an account of the incident is
        /// no document.
        /// </summary>
        private static bool DocumentAmong(AnalysedParagraph p, int s, int e)
        {
            for (int x = s; x < e && x < p.Tokens.Count; x++)
                if (p.Tokens[x].IsWord && (p.Tokens[x].IsDocumentWord || Lexicon.IsDocumentPlural(p.Tokens[x].Lower)) &&
                    !AccountLexicon.Default.GroupNouns.Contains(p.Tokens[x].Lower)) return true;
            return false;
        }
    }
}
