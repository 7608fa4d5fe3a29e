using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// "The board may wait until spring, Reyes said. “The pumps will not last another winter.”": a quotation
    /// standing alone as the sentence after one that reports one person's words (reported speech, no
    /// quotation of its own) is theirs; so is the quotation that opens a paragraph after a paragraph
    /// ending so.
    /// </summary>
    internal sealed class AfterReportedSpeech : IContinuationRule
    {
        public string Name => nameof(AfterReportedSpeech);

        public FoundAttribution? Continue(AttributionContext context, QuotationRef q, QuotationRef? previous)
        {
            var f = context.Facts(q);
            if (!f.StandsAlone || !f.AtSentenceStart || f.Kind != QuoteKind.Direct) return null;
            if (!ContinuationPass.SentenceBefore(context, q, out var sp, out int si)) return null;
            // "Did the officials know whose posts they hit? “I will leave it to history.”": a question of the writer's, the one
            // an interviewer put, reports no one's words; the answer after it is not its subject's
            if (EndsWithQuestionMark(sp, si)) return null;
            FoundAttribution? found = null;
            foreach (var a in context.AttributionsIn(sp, si))
            {
                var src = a.Root.Source;
                if (src == null || !MentionFacts.IsOnePerson(src) || !IsDefinite(src) || CueVerbOf(a.Root) is { } v && !Voices(v)) return null;
                if (found != null && found.Root != a.Root) return null;
                found = a;
            }
            return found == null ? null : context.Continuing(Name, q, found);
        }

        /// <summary>True when sentence <paramref name="si"/> of the paragraph ends with a question mark of the writer's (not one inside a quotation).</summary>
        private static bool EndsWithQuestionMark(AnalysedParagraph sp, int si)
        {
            var (_, end) = sp.Sentences[si];
            for (int k = end - 1; k >= 0 && k >= sp.Sentences[si].Start; k--)
            {
                var t = sp.Tokens[k];
                if (t.Kind != TokenKind.Punct) return false;
                if (t.Is("?")) return true;
            }
            return false;
        }

        /// <summary>
        /// A verb by which the sentence before gives someone's view in their own voice: saying, holding, naming, judging,
        /// thinking, wanting ("called him a master at …", "wants to use the platform as …"); not what a document
        /// shows or determines ("A parent cannot determine the effects …").
        /// </summary>
        private static bool Voices(ReportingVerb v) =>
            v.States || v.Has(VerbTag.Naming | VerbTag.Judgement | VerbTag.Thought | VerbTag.Intent);

        /// <summary>
        /// A mention of one particular person: a name, a pronoun, or a description with "the", "this", "that" or an owner
        /// ("the director", "his lawyer"); "every parent I have met", "a birth mother" speak of anyone, and a quotation
        /// after them is nobody's in particular.
        /// </summary>
        private static bool IsDefinite(Mention m)
        {
            if (m.Kind != MentionKind.Description || m.Owner != null) return true;
            var d = m.Determiner;
            return d.Length == 0 || Lexicon.IsAsWritten(d, WordGroup.DefiniteDeterminer) || Lexicon.Is(d, WordTag.Possessive);
        }

        /// <summary>
        /// The verb of an attribution's cue: the one its rule recorded, else the lexicon's reading of the cue's first word
        /// (the reported-speech rules record only the words: "cannot determine the effects" is read as the verb "determine").
        /// </summary>
        private static ReportingVerb? CueVerbOf(FoundAttribution a)
        {
            var cue = a.CueWords;
            if (cue == null) return null;
            if (cue.Verb != null) return cue.Verb;
            var tk = a.SourceTokens;
            return tk != null && cue.Start < tk.Count && tk[cue.Start].IsWord ? Lexicon.AnyVerb(tk[cue.Start].Lower) : null;
        }
    }
}
