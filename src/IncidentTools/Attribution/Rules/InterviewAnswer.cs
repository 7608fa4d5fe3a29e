using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// The answers of a question-and-answer interview ("Q: …" / "A: …", or "Q. …" / "A. …" as magazines print them: the
    /// text layer reads the labels, <see cref="AnalysedParagraph.TurnLabel"/>) are the words of the one
    /// interviewed, named where the article introduces the interview ("Q&amp;A with Mayor Lena Ortiz",
    /// "an interview with …", "We asked Lena Ortiz, …", "I spoke to …", "Mayor Lena Ortiz spoke to The Harbour
    /// Weekly …"): the label "A" is the mention,
    /// the interviewee its speaker (Direct; quotations of others inside an answer keep their own
    /// speakers). A paragraph with no label between an answer and the next question goes on with that
    /// answer. Without an interviewee named before the first question, the lines are left to
    /// <see cref="SpeakerLabel"/> (the interviewer and the interviewee as descriptions).
    /// </summary>
    internal sealed class InterviewAnswer : IAttributionRule
    {
        /// <summary>The interviewee is named in the title or in this many paragraphs before the first labelled line.</summary>
        private const int IntroParagraphs = 4;

        public string Name => nameof(InterviewAnswer);

        public void Apply(AttributionContext ctx)
        {
            var paragraphs = ctx.Document.Paragraphs;
            int firstLabel = -1, answers = 0, questions = 0;
            var labels = new char[paragraphs.Count];
            for (int i = 0; i < paragraphs.Count; i++)
            {
                labels[i] = paragraphs[i].TurnLabel;
                if (labels[i] == '\0') continue;
                if (firstLabel < 0) firstLabel = i;
                if (labels[i] == 'A') answers++; else questions++;
            }
            if (answers == 0 && questions == 0)
            {
                Unlabelled(ctx);
                return;
            }
            if (answers == 0 || answers + questions < 2 || questions == 0 && answers < 2) return;
            var interviewee = Interviewee(ctx, firstLabel, out var introduced);
            if (interviewee == null) return;
            HeadlineQuote(ctx, interviewee, introduced);

            FoundAttribution? answer = null;
            for (int i = firstLabel; i < paragraphs.Count; i++)
            {
                var p = paragraphs[i];
                if (labels[i] == 'Q') { answer = null; continue; }
                if (labels[i] == 'A')
                {
                    answer = Answer(ctx, p, interviewee);
                    continue;
                }
                // a paragraph of the answer before the next question ("A: … " then more paragraphs); not where no question has its
                // label (the questions lost it: "QLast year you …" as one word), as such a paragraph may be the next question
                if (answer == null || questions == 0 || p.Section != ParagraphSection.Body || !LabelFollows(labels, i) || p.Tokens.Count == 0) continue;
                var tk = p.Tokens;
                int e = EndOfWords(tk, 0);
                if (e <= 0) continue;
                var more = new FoundAttribution(Name, p, AttributionKind.Direct, TextSpan.FromTo(p.Start + tk[0].Start, p.Start + tk[e - 1].End))
                {
                    ContinuesFrom = answer,
                    CoversInnerQuotations = false,
                };
                ctx.Add(more);
            }
        }

        /// <summary>
        /// A headline that is one quotation over the interview ("“We have nothing to hide”" over a Q&amp;A with the ambassador):
        /// the interviewee's words, as the answers are.
        /// </summary>
        private void HeadlineQuote(AttributionContext ctx, Mention interviewee, AnalysedParagraph introduced)
        {
            foreach (var q in ctx.Document.Quotations)
                if (ctx.IsOpen(q) && HeadlineEcho.IsWholeHeadline(q)) ctx.Add(ctx.FromMention(Name, q, interviewee, introduced, CuePlace.Before));
        }

        /// <summary>How many bare question lines, each followed by its answer, make a text with no labels an interview.</summary>
        private const int UnlabelledQuestions = 3;

        /// <summary>
        /// An interview printed without labels: a standfirst that names the one interviewed ("Jo Reyes … spoke to The Harbour
        /// Weekly …", <see cref="Interviewee"/>) right before the first question, then, to the end of the text, question lines
        /// (a paragraph whose last sentence ends in "?", <see cref="IsQuestionLine"/>) and answer paragraphs in turn, each
        /// question followed by its answer, at least <see cref="UnlabelledQuestions"/> questions: every answer paragraph is the
        /// interviewee's (Direct; quotations of others inside keep their own speakers). Nothing when any of it is not so.
        /// </summary>
        private void Unlabelled(AttributionContext ctx)
        {
            var paragraphs = ctx.Document.Paragraphs;
            int first = -1;
            for (int i = 0; i < paragraphs.Count && first < 0; i++)
                if (paragraphs[i].Section == ParagraphSection.Body && IsQuestionLine(paragraphs[i])) first = i;
            if (first < 1) return;
            int questions = 0;
            bool lastQuestion = false;
            for (int i = first; i < paragraphs.Count; i++)
            {
                var p = paragraphs[i];
                if (p.Tokens.Count == 0) continue;
                if (p.Section != ParagraphSection.Body || OpensWithLabel(p)) return;
                bool question = IsQuestionLine(p);
                if (question && lastQuestion) return;
                if (question) questions++;
                lastQuestion = question;
            }
            if (lastQuestion || questions < UnlabelledQuestions) return;
            var interviewee = Interviewee(ctx, first, out var introduced);
            if (interviewee == null || introduced.Index != first - 1) return;
            HeadlineQuote(ctx, interviewee, introduced);
            FoundAttribution? answer = null;
            for (int i = first; i < paragraphs.Count; i++)
            {
                var p = paragraphs[i];
                var tk = p.Tokens;
                int e = EndOfWords(tk, 0);
                if (e <= 0 || IsQuestionLine(p)) continue;
                var a = new FoundAttribution(Name, p, AttributionKind.Direct, TextSpan.FromTo(p.Start + tk[0].Start, p.Start + tk[e - 1].End))
                {
                    CoversInnerQuotations = false,
                };
                if (answer == null)
                {
                    a.Source = interviewee;
                    a.SourceParagraph = introduced;
                    a.SourceTokens = introduced.Tokens;
                    a.Place = CuePlace.Before;
                }
                else a.ContinuesFrom = answer;
                if (ctx.Add(a) && answer == null) answer = a;
            }
        }

        /// <summary>How many capitalised words a speaker's label before a colon may hold ("Harbour Radio:", "Reyes:").</summary>
        private const int LabelWords = 3;

        /// <summary>
        /// A paragraph that opens with a speaker's label, up to <see cref="LabelWords"/> capitalised words and a colon ("Reyes: …",
        /// "Harbour Radio: …"): the text names its speakers, so it is no interview without labels.
        /// </summary>
        private static bool OpensWithLabel(AnalysedParagraph p)
        {
            var tk = p.Tokens;
            for (int k = 0; k < tk.Count && k <= LabelWords; k++)
            {
                if (tk[k].Is(":")) return k > 0;
                if (!tk[k].IsWord || !tk[k].IsCapitalized) return false;
            }
            return false;
        }

        /// <summary>A paragraph whose last word is followed by a question mark (closing quotation marks and brackets aside).</summary>
        private static bool IsQuestionLine(AnalysedParagraph p)
        {
            var tk = p.Tokens;
            for (int k = tk.Count - 1; k >= 0; k--)
            {
                if (tk[k].IsWord) return false;
                if (tk[k].Is("?")) return true;
            }
            return false;
        }

        /// <summary>
        /// An answer line: the label "A" is the interviewee's mention, the words after it (after the colon of "A:", the full
        /// stop of "A.") what they said; the cue is the colon, or the label itself when it has none.
        /// </summary>
        private FoundAttribution? Answer(AttributionContext ctx, AnalysedParagraph p, Mention interviewee)
        {
            var tk = p.Tokens;
            int words = p.TurnWords, cue = words - 1;
            if (ReportedSpeech.IsCueUsed(ctx, p, cue)) return null;
            int e = EndOfWords(tk, words);
            if (e <= words) return null;
            var source = new Mention
            {
                // the label's letter ("A" of "A:" or "A.")
                Kind = MentionKind.Name, Start = 0, End = 1, Next = 1, CharStart = tk[0].Start, CharEnd = tk[0].Start + 1, Text = tk[0].Text.Substring(0, 1),
                Name = interviewee.Name, Title = interviewee.Title, TitleGender = interviewee.TitleGender,
            };
            var a = ReportedSpeech.Make(Name, p, words, e, cue, words, source);
            a.Kind = AttributionKind.Direct;
            a.CoversInnerQuotations = false;
            return ctx.Add(a) ? a : null;
        }

        /// <summary>The end of the words from token <paramref name="from"/>, before closing punctuation.</summary>
        private static int EndOfWords(IReadOnlyList<Token> tk, int from)
        {
            int e = tk.Count;
            while (e > from && tk[e - 1].Kind == TokenKind.Punct && !tk[e - 1].Is(")")) e--;
            return e > from && ReportedSpeech.HasWords(tk, from, e) ? e : -1;
        }

        /// <summary>True when a labelled line comes later (the interview goes on after paragraph i).</summary>
        private static bool LabelFollows(char[] labels, int i)
        {
            for (int k = i + 1; k < labels.Length; k++)
                if (labels[k] != '\0') return true;
            return false;
        }

        /// <summary>
        /// The person interviewed, named in the title or the paragraphs before the first labelled line:
        /// after an interview noun and "with" ("Q&amp;A with", "an interview with"), or after "we"/"I" and
        /// an interviewing verb ("We asked …", "I spoke to …"). A person's name, else null; <paramref name="introduced"/> is the
        /// paragraph that names the person.
        /// </summary>
        internal static Mention? Interviewee(AttributionContext ctx, int firstLabel, out AnalysedParagraph introduced)
        {
            var paragraphs = ctx.Document.Paragraphs;
            introduced = null!;
            int body = 0;
            for (int pi = 0; pi < firstLabel; pi++)
            {
                var p = paragraphs[pi];
                if (p.Section == ParagraphSection.Body && ++body > IntroParagraphs) break;
                var tk = p.Tokens;
                var mp = ctx.MentionsFor(p);
                for (int i = 1; i + 1 < tk.Count; i++)
                {
                    int at = -1;
                    if (tk[i].Has(WordGroup.Accompaniment) && tk[i - 1].IsWord && tk[i - 1].Has(WordTag.InterviewNoun)) at = i + 1;
                    else if (tk[i].IsLowerWord && tk[i].Has(WordTag.InterviewVerb) && MentionParser.IsFirstPerson(tk[i - 1]))
                        at = tk[i + 1].Has(WordClass.InterviewPreposition) ? i + 2 : i + 1;
                    if (at < 0 || at >= tk.Count) continue;
                    var m = mp.Parse(tk, at, SentenceEnd(p, at), inverted: true);
                    if (m != null && m.Kind == MentionKind.Name && !string.IsNullOrEmpty(m.Name) && m.Name!.IndexOf(' ') > 0)
                    {
                        introduced = p;
                        return m;
                    }
                }
                for (int si = 0; si < p.Sentences.Count; si++)
                    if (SpokeToOutlet(ctx, p, si) is { } spoke)
                    {
                        introduced = p;
                        return spoke;
                    }
            }
            return HeadlinedSubject(ctx, firstLabel, out introduced);
        }

        /// <summary>
        /// "Harbour debate hits home for actress Lena Ortiz" over "Actress Lena Ortiz has become …" and the questions: with no
        /// interviewing words, the person the introduction's first sentence has as its subject, named in full, whom the headline
        /// names too (by the surname), is the one the questions are put to; null otherwise (<paramref name="introduced"/> the
        /// paragraph of that sentence).
        /// </summary>
        private static Mention? HeadlinedSubject(AttributionContext ctx, int firstLabel, out AnalysedParagraph introduced)
        {
            introduced = null!;
            var paragraphs = ctx.Document.Paragraphs;
            AnalysedParagraph? headline = null, intro = null;
            for (int pi = 0; pi < firstLabel; pi++)
            {
                var p = paragraphs[pi];
                if (p.Tokens.Count == 0) continue;
                if (headline == null && (ReportedSpeech.IsHeadline(ctx.Document, p) || IsHeadlineLine(p))) { headline = p; continue; }
                if (p.Section != ParagraphSection.Body || p.Sentences.Count == 0) continue;
                intro = p;
                break;
            }
            if (headline == null || intro == null) return null;
            var subject = ctx.SubjectOf(intro, 0);
            if (subject == null || !IsFullName(subject)) return null;
            var surname = PartyResolver.LastWord(subject.Name!);
            foreach (var t in headline.Tokens)
                if (t.IsWord && Possessive.Strip(t.Text).Equals(surname, System.StringComparison.Ordinal))
                {
                    introduced = intro;
                    return subject;
                }
            return null;
        }

        /// <summary>How many words the first line of a file may hold to be read as its headline when it is no title in capitals.</summary>
        private const int HeadlineLineWords = 20;

        /// <summary>
        /// "Harbour debate hits home for actress Lena Ortiz." as the file's first paragraph: one short sentence, the headline in
        /// sentence case (with its full stop, so the reader kept it as body text and <see cref="ReportedSpeech.IsHeadline"/>, which
        /// wants title case, does not take it); over an interview it names the one interviewed as a headline does.
        /// </summary>
        private static bool IsHeadlineLine(AnalysedParagraph p)
        {
            if (p.Index != 0 || p.Sentences.Count != 1) return false;
            int words = 0;
            foreach (var t in p.Tokens)
                if (t.IsWord && ++words > HeadlineLineWords) return false;
            return words >= 2;
        }

        /// <summary>
        /// "Ambassador Jo Reyes spoke to The Harbour Weekly …", "Reyes talked with Channel Nine": a standfirst whose subject, a
        /// person named in full (or "he" or "she" for the one named in full before it: <see cref="NamedBefore"/>), speaks or talks to an outlet named with its capital (an interviewing verb, then "to" or "with",
        /// then a capitalised name, "the" or "The" aside, or the outlet's own people: "He spoke to our Islamabad editor", <see cref="OwnOutlet"/>) names the one interviewed. Null when the sentence is not so.
        /// </summary>
        private static Mention? SpokeToOutlet(AttributionContext ctx, AnalysedParagraph p, int si)
        {
            var subject = ctx.SubjectOf(p, si) ?? PronounAfterOpeningPhrase(ctx, p, si);
            if (subject == null) return null;
            var person = subject.IsPronoun ? NamedBefore(ctx, p, si, subject) : subject;
            var tk = p.Tokens;
            int end = p.Sentences[si].End, v = subject.Next;
            // "The transport minister, Ada Kerr, spoke to …": the name set off by commas after a description is the person, the
            // description its role; the verb stands after the name's closing comma
            if (subject.Kind == MentionKind.Description && !subject.Plural && subject.Next == subject.End && subject.End + 2 < end && tk[subject.End].Is(",") &&
                ctx.MentionsFor(p).Parse(tk, subject.End + 1, end, inverted: false) is { } named && named.Start == subject.End + 1 && IsFullName(named) &&
                named.End + 1 < end && tk[named.End].Is(","))
            {
                named.Apposition = RolePhrase.AsApposition(subject);
                named.Next = named.End + 1;
                person = named;
                v = named.Next;
            }
            if (person == null || !IsFullName(person)) return null;
            if (v + 2 >= end || !tk[v].IsLowerWord || !tk[v].Has(WordTag.InterviewVerb) || !tk[v + 1].IsLowerWord || !tk[v + 1].Has(WordClass.InterviewPreposition)) return null;
            int o = v + 2;
            if (OwnOutlet(tk, o, end)) return person;
            if (o + 1 < end && tk[o].IsWord && tk[o].Has(WordTag.Determiner) && tk[o + 1].IsCapitalized) o++;
            return tk[o].IsCapitalized && !MentionParser.IsFirstPerson(tk[o]) ? person : null;
        }

        /// <summary>
        /// "Before his departure he spoke to …": a "he" or "she" after an opening phrase with no comma and no verb (where the
        /// clause reader finds no subject), as the subject of sentence <paramref name="si"/>; null otherwise.
        /// </summary>
        private static Mention? PronounAfterOpeningPhrase(AttributionContext ctx, AnalysedParagraph p, int si)
        {
            var tk = p.Tokens;
            var (s, e) = p.Sentences[si];
            for (int k = s + 1; k < e; k++)
            {
                var t = tk[k];
                if (!t.IsWord || t.IsVerbForm) return null;
                if (!t.IsLowerWord || !Lexicon.Is(t.Lower, WordClass.GenderedPronoun) || t.Has(WordTag.Possessive)) continue;
                var m = ctx.MentionsFor(p).Parse(tk, k, e, inverted: false);
                return m != null && m.IsPronoun && m.Start == k ? m : null;
            }
            return null;
        }

        /// <summary>At most this many words between the determiner and the outlet's noun ("our Islamabad editor").</summary>
        private const int OwnOutletWords = 2;

        /// <summary>
        /// "… to our Islamabad editor", "… to this newspaper", "… to the magazine": the outlet that prints the interview, as its own
        /// determiner (<see cref="WordSense.OwnOutlet"/>) and a noun of its people or itself (<see cref="WordSense.Newsroom"/>) name it,
        /// or "the" right before that noun.
        /// </summary>
        private static bool OwnOutlet(IReadOnlyList<Token> tk, int o, int end)
        {
            // "He spoke to the magazine", "She talked with the newspaper": the definite article right before the outlet's noun
            if (o + 1 < end && tk[o].IsLowerWord && Lexicon.IsAsWritten(tk[o].Text, WordGroup.DefiniteArticle) && tk[o + 1].IsLowerWord &&
                Lexicon.Is(tk[o + 1].Lower, WordSense.Newsroom)) return true;
            if (o >= end || !tk[o].IsWord || !Lexicon.Is(tk[o].Lower, WordSense.OwnOutlet)) return false;
            for (int k = o + 1; k < end && k - o - 1 <= OwnOutletWords; k++)
            {
                if (!tk[k].IsWord) return false;
                if (tk[k].IsLowerWord && Lexicon.Is(tk[k].Lower, WordSense.Newsroom)) return true;
            }
            return false;
        }

        /// <summary>A person's name written in full ("Jo Reyes"), not a surname alone.</summary>
        private static bool IsFullName(Mention m) => m.Kind == MentionKind.Name && !string.IsNullOrEmpty(m.Name) && m.Name!.IndexOf(' ') > 0;

        /// <summary>
        /// "Jo Reyes, 52, became ambassador in May. Since then she has … She spoke to …": the person a "he" or "she" that is
        /// the subject of sentence <paramref name="si"/> stands for, the nearest subject named before it in the paragraph, when
        /// that name is written in full and may be the pronoun's (its gender); null when the pronoun is no "he" or "she" or the
        /// nearest named subject is not so.
        /// </summary>
        private static Mention? NamedBefore(AttributionContext ctx, AnalysedParagraph p, int si, Mention pronoun)
        {
            if (MentionFacts.Gender(pronoun) == '\0') return null;
            for (int sj = si - 1; sj >= 0; sj--)
            {
                // "Jo Reyes, 52, became …": a name that opens the sentence before its aside, where the clause reader finds no subject
                var before = ctx.SubjectOf(p, sj) ?? OpeningName(ctx, p, sj);
                if (before == null || before.Kind != MentionKind.Name) continue;
                return IsFullName(before) && MentionFacts.MaySamePerson(pronoun, before) && !OtherNameBefore(ctx, p, si, before) ? before : null;
            }
            return null;
        }

        /// <summary>
        /// True when the sentences before <paramref name="si"/> name in full another person than <paramref name="named"/> ("Lena Ortiz hired Piet Marsh …"): the pronoun may be either's.
        /// The apposition set off after the name is its role, no other person ("Jo Reyes, the Special Envoy for Trade, came …"), and
        /// the words of an organisation's name are none ("Jo Reyes chairs the Committee on Trade Policy").
        /// </summary>
        private static bool OtherNameBefore(AttributionContext ctx, AnalysedParagraph p, int si, Mention named)
        {
            var tk = p.Tokens;
            var mp = ctx.MentionsFor(p);
            int end = p.Sentences[si].Start;
            var (roleStart, roleEnd) = ApposedRole(p, named);
            for (int k = 0; k < end; k++)
            {
                if (k >= roleStart && k < roleEnd) continue;
                if (!tk[k].IsCapitalized || k > 0 && tk[k - 1].IsCapitalized) continue;
                var m = mp.Parse(tk, k, SentenceEnd(p, k), inverted: false);
                if (m != null && m.Start == k && IsFullName(m) && m.Name != named.Name) return true;
                // the capitalised words of an organisation's name are no person's ("the Parliamentary Committee on National
                // Security": no "National Security")
                if (m != null && m.Start == k && m.Kind == MentionKind.Organisation && m.End > k) k = m.End - 1;
            }
            return false;
        }

        /// <summary>The tokens [start, end) of the words set off by commas right after a name ("Jo Reyes, the envoy, …"); empty when there are none.</summary>
        private static (int Start, int End) ApposedRole(AnalysedParagraph p, Mention named)
        {
            var tk = p.Tokens;
            // the comma after the name (the mention may or may not hold its apposition)
            int a = named.Start;
            while (a < named.End && a < tk.Count && !tk[a].Is(",")) a++;
            if (a >= tk.Count || !tk[a].Is(",")) return (0, 0);
            int end = p.Sentences[p.SentenceOf(a)].End;
            for (int k = a + 1; k < end; k++)
                if (tk[k].Is(",")) return (a + 1, k);
            return (0, 0);
        }

        /// <summary>A person's name that opens sentence <paramref name="si"/> and is followed by a comma ("Jo Reyes, 52, …"), else null.</summary>
        private static Mention? OpeningName(AttributionContext ctx, AnalysedParagraph p, int si)
        {
            var (s, e) = p.Sentences[si];
            var m = ctx.MentionsFor(p).Parse(p.Tokens, s, e, inverted: false);
            return m != null && m.Kind == MentionKind.Name && m.Start == s && m.End < e && p.Tokens[m.End].Is(",") ? m : null;
        }

        private static int SentenceEnd(AnalysedParagraph p, int k) => p.Sentences[p.SentenceOf(k)].End;
    }
}
