using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// "The board released a statement Friday condemning the “reckless” vote", "The union published ads calling the merger a
    /// “costly mistake”", "Lund posted a video urging voters to “stay home”": a quotation in the phrase of a participle of
    /// saying, naming or judging that follows a document its sentence's subject issues. The document speaks for its issuer,
    /// so the quoted words are the subject's.
    /// <para>
    /// The subject opens the sentence and may speak (as for <see cref="ColonSubject"/>); its verb is one of publishing (tagged
    /// publishing in words.txt: "released", "issued", "published", "aired", "posted", "sent"); its object, after lower-case
    /// words only (at most <see cref="ObjectReach"/>), is a document (organisation-words.txt: "statement", "letter", "ad",
    /// "op-ed", "video", and their plurals). After the document only a few words of time or place ("Thursday night", "in the
    /// Post", at most <see cref="GapReach"/>) stand before the participle, an -ing form of a verb of the lexicon that voices
    /// words (speech, stance, judgement, naming, denial or concession: "saying", "calling", "condemning", "urging"); between the
    /// participle and the quotation (at most <see cref="ParticipleReach"/> tokens) nothing opens another clause, so the words
    /// are the participle's own object or content. A document the subject wears or holds ("wore a hat reading “…”") is no
    /// publishing and is left to <see cref="Inscription"/>. Runs after <see cref="FragmentOfSubject"/>, on what every rule that
    /// reads a quotation's sentence left open.
    /// </para>
    /// </summary>
    internal sealed class IssuedDocument : QuotationRule
    {
        public override string Name => nameof(IssuedDocument);

        /// <summary>How many tokens may stand between the participle and the quotation ("calling the merger a").</summary>
        private const int ParticipleReach = 8;

        /// <summary>How many words of time or place may stand between the document and the participle ("Thursday night", "in The Post").</summary>
        private const int GapReach = 4;

        /// <summary>How many words may stand between the verb of publishing and the document ("a brief written statement").</summary>
        private const int ObjectReach = 4;

        /// <summary>The verbs of the lexicon whose participle voices words.</summary>
        private const VerbTag Voicing = VerbTag.Speech | VerbTag.Stance | VerbTag.Judgement | VerbTag.Naming | VerbTag.Denial | VerbTag.Concession;

        protected override FoundAttribution? Decide(AttributionContext context, QuotationRef q)
        {
            var facts = context.Facts(q);
            if (facts.Named || facts.AtSentenceStart) return null;
            var tk = q.Paragraph.Tokens;
            var (s0, _) = SentenceOf(q);
            for (int p = q.Token - 1; p > s0 && q.Token - p <= ParticipleReach; p--)
            {
                var t = tk[p];
                if (!t.IsWord) return null;
                if (!t.IsLowerWord) continue;
                if (IsVoicingParticiple(t)) return FromIssuer(context, q, tk, s0, p);
                // "saying that the pier was “…”": the complementizer right after the participle
                if (t.Has(WordGroup.Complementizer) && p - 1 > s0 && IsVoicingParticiple(tk[p - 1])) continue;
                // "describing the delays as “…”": the "as" of what the participle holds its object to be
                if (t.Has(WordGroup.AsLink)) continue;
                if (OpensClause(t)) return null;
            }
            return null;
        }

        /// <summary>An -ing form of a verb of the lexicon that voices words ("saying", "calling", "condemning"), not one of manner or thought.</summary>
        private static bool IsVoicingParticiple(Token t) =>
            t.IsLowerWord && CueLexicon.IsIngOfVerb(t) && t.CueVerb is { } v && v.Has(Voicing) && !v.Has(VerbTag.Manner | VerbTag.Thought) && v.Use != CueUse.After;

        /// <summary>A token that starts another clause (or stands for a subject of its own) before the quotation.</summary>
        private static bool OpensClause(Token t) =>
            t.Has(WordClass.PersonSubject) ||
            t.IsLowerWord && t.Has(WordTag.ClauseBreak | WordTag.Opener | WordTag.Subordinator | WordTag.Relative | WordTag.Finite);

        /// <summary>A document word or its plural ("statement", "ads", "op-eds").</summary>
        private static bool IsDocument(Token t)
        {
            if (t.IsDocumentWord || Lexicon.IsDocumentPlural(t.Lower)) return true;
            var w = t.Lower;
            return w.Length > 1 && w[w.Length - 1] == 's' && Lexicon.IsDocumentWord(w.Substring(0, w.Length - 1));
        }

        /// <summary>The attribution to the sentence's subject when the participle at <paramref name="p"/> follows a document it issues; else null.</summary>
        private FoundAttribution? FromIssuer(AttributionContext context, QuotationRef q, IReadOnlyList<Token> tk, int s0, int p)
        {
            int d = DocumentBefore(tk, s0, p);
            if (d < 0) return null;
            var subject = context.SubjectOf(q.Paragraph, q.Sentence);
            if (subject == null || !ColonSubject.MaySpeak(subject) || subject.Next >= d) return null;
            // the subject's own verb of publishing (past an aside, auxiliaries and adverbs), the document its object after lower-case words only
            int v = Clauses.PublishingVerbAt(tk, Clauses.PastAside(tk, subject.Next, d), d);
            if (v < 0 || d - v > ObjectReach + 1) return null;
            for (int k = v + 1; k < d; k++)
                if (!tk[k].IsLowerWord) return null;
            var cue = new CueMatch(tk[p].Text, p, p + 1, null);
            return context.FromClause(Name, q, new Clause(subject, cue, CuePlace.Before));
        }

        /// <summary>The document word (or its plural) that stands before the participle at <paramref name="p"/>, past a few words of time or place; -1 when none.</summary>
        private static int DocumentBefore(IReadOnlyList<Token> tk, int s0, int p)
        {
            for (int d = p - 1; d > s0 && p - d <= GapReach + 1; d--)
            {
                var t = tk[d];
                if (!t.IsWord) return -1;
                if (t.IsLowerWord && IsDocument(t)) return d;
                if (t.IsLowerWord && (t.IsVerbForm && !t.Has(WordTag.Time) || OpensClause(t))) return -1;
            }
            return -1;
        }
    }
}
