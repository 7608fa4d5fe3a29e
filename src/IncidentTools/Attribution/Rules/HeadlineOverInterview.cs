using System;
using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// "‘We are not asking for favours’" as the whole headline over an interview printed as labelled turns ("Ortiz: …",
    /// "Courier: …?", the labels read from the text whichever rule took the turns): the words of the one interviewed, as the
    /// answers are. Only where the document is plainly an interview
    /// with one person: the introduction names that person as <see cref="InterviewAnswer"/> reads it ("an interview with …",
    /// "Mayor Lena Ortiz spoke to The Kestrel Courier"), at least <see cref="MinAnswers"/> labelled turns are that person's
    /// (the label the surname or the full name), and every other label is the interviewer's: at most
    /// <see cref="MaxInterviewerLabels"/> labels (the outlet's name and its initials), whose turns ask at least one question.
    /// The "Q:"/"A:" form is <see cref="InterviewAnswer"/>'s own.
    /// </summary>
    internal sealed class HeadlineOverInterview : QuotationRule
    {
        /// <summary>How many labelled turns the interviewee must have.</summary>
        private const int MinAnswers = 2;

        /// <summary>How many labels other than the interviewee's the interviewer may use ("Kestrel Courier:", "KC:").</summary>
        private const int MaxInterviewerLabels = 2;

        public override string Name => nameof(HeadlineOverInterview);

        /// <summary>How many capitalised words a turn's label may hold before its colon ("Kestrel Courier:").</summary>
        private const int MaxLabelWords = 4;

        protected override FoundAttribution? Decide(AttributionContext context, QuotationRef q)
        {
            if (!HeadlineEcho.IsWholeHeadline(q)) return null;
            // the labelled turns, read from the text whichever rule attributed them: capitalised words that open a paragraph before a colon
            var turns = new List<(string Label, AnalysedParagraph Paragraph)>();
            foreach (var p in context.Document.Paragraphs)
                if (p.Section == ParagraphSection.Body && Label(p) is { } label) turns.Add((label, p));
            if (turns.Count <= MinAnswers) return null;
            var interviewee = InterviewAnswer.Interviewee(context, turns[0].Paragraph.Index, out var introduced);
            if (interviewee == null || string.IsNullOrEmpty(interviewee.Name)) return null;
            var surname = PartyResolver.LastWord(interviewee.Name!);
            int answers = 0;
            bool asks = false;
            var others = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (label, p) in turns)
            {
                if (label.Equals(surname, StringComparison.OrdinalIgnoreCase) || label.Equals(interviewee.Name, StringComparison.OrdinalIgnoreCase))
                {
                    answers++;
                    continue;
                }
                others.Add(label);
                foreach (var t in p.Tokens)
                    if (t.Is("?")) asks = true;
            }
            if (answers < MinAnswers || others.Count == 0 || others.Count > MaxInterviewerLabels || !asks) return null;
            return context.FromMention(Name, q, interviewee, introduced, CuePlace.Before);
        }

        /// <summary>The label that opens a paragraph ("Marsh", "Kestrel Courier", "KC"): up to <see cref="MaxLabelWords"/> capitalised words before a colon; else null.</summary>
        private static string? Label(AnalysedParagraph p)
        {
            var tk = p.Tokens;
            for (int k = 0; k < tk.Count && k <= MaxLabelWords; k++)
            {
                if (tk[k].Is(":")) return k > 0 ? MentionParser.Join(tk, 0, k) : null;
                if (!tk[k].IsCapitalized) return null;
            }
            return null;
        }
    }
}
