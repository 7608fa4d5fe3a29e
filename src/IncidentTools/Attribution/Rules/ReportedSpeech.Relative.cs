using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    internal static partial class ReportedSpeech
    {
        /// <summary>
        /// "the changes, which officials said will take effect in May", "a rule that he said would make it harder": in a
        /// relative clause whose subject is not the pronoun, a verb of saying or thought right before a finite verb or
        /// auxiliary reports a clause whose subject is the relative's noun (it stands in the gap); that clause is the
        /// content. Not "the ferry that the town wanted": there the verb's object is the gap, and no verb follows it.
        /// </summary>
        public static bool GapsContentSubject(IReadOnlyList<Token> tk, VerbCue cue, Subject subject, int s0, int s1)
        {
            if (!cue.Entry.IsSpeech && !cue.Entry.Has(VerbTag.Thought)) return false;
            int o = subject.OpenerIndex;
            if (o <= s0) return false;
            // "asked who they thought was …": after a verb the pronoun asks, it relates nothing; a cue word after a determiner is
            // a noun the pronoun relates to ("a plan that he said was fair", "the rules that critics say were unfair")
            if (tk[o - 1].IsLowerWord && EntryAt(tk, o - 1, s1, out _) != null && !(o - 2 >= s0 && tk[o - 2].IsLowerWord && IsDeterminer(tk[o - 2].Lower))) return false;
            // "Some records that Linick questioned are stored …": a relative in the sentence's subject, before its main verb,
            // leaves the verb after the cue to the main clause; the relative must follow a comma or a verb of the sentence
            if (!tk[o - 1].Is(",") && !VerbBefore(tk, s0, o)) return false;
            if (cue.Entry.TakesAddressee && cue.End < s1 && tk[cue.End].IsWord && !tk[cue.End].Has(WordTag.Finite)) return false;
            int c = cue.End;
            // "which he said again would …": an adverb between
            while (c < s1 && tk[c].IsLowerWord && (tk[c].Has(WordTag.CueAdverb) && !tk[c].Has(WordTag.Finite) || CueLexicon.IsLyAdverb(tk[c]))) c++;
            if (c >= s1 || !tk[c].IsLowerWord) return false;
            if (tk[c].Has(WordTag.Finite)) return true;
            // "a deadline that insiders said went unnoticed", "the drawdown, which they say created a vacuum": a past verb of its own
            // (no passive "said killed by"), only where the relative's noun cannot be the subject of a verb after the relative
            // clause ("Lund said the plan that he described drew criticism": there the plan is described, and drew)
            return IsPastVerb(tk[c]) && !(c + 1 < s1 && tk[c + 1].IsLowerWord && tk[c + 1].Is("by")) && HeadIsNoSubject(tk, s0, o, s1);
        }

        /// <summary>
        /// "adapted to what she said is growing demand", "displaying what many analysts said was a sign of …": a free relative
        /// ("what", words.txt 'free-relative') after a preposition or a form in -ing that is no cue, whose subject is no
        /// pronoun "what" itself, with a verb of saying or thought right before a finite verb or auxiliary: "what" stands in
        /// the gap of the reported clause's subject, and that clause is what the subject said or thinks. Not after a verb
        /// ("asked what they thought was …", "knows what he said was …"), where the relative is a question or an object, nor
        /// in a sentence with no verb before the relative, where the finite verb is the sentence's own ("The question of what
        /// governments say is …").
        /// </summary>
        public static bool FreeRelativeGapsContent(IReadOnlyList<Token> tk, VerbCue cue, Subject subject, int s0, int s1)
        {
            if (!cue.Entry.IsSpeech && !cue.Entry.Has(VerbTag.Thought)) return false;
            int o = subject.OpenerIndex;
            if (o <= s0 || subject.Mention.Start == o || !tk[o].IsLowerWord || !tk[o].Has(WordGroup.FreeRelative)) return false;
            var before = tk[o - 1];
            if (!before.IsLowerWord || EntryAt(tk, o - 1, s1, out _) != null) return false;
            if (!(before.Has(WordTag.Preposition) && !before.Has(WordTag.Finite) || CueLexicon.IsIngForm(before))) return false;
            // "The question of what governments say is another one": with no verb of the sentence before it, the free relative
            // is inside the sentence's subject, and the finite verb after the cue is the main clause's
            if (!VerbBefore(tk, s0, o)) return false;
            if (cue.Entry.TakesAddressee && cue.End < s1 && tk[cue.End].IsWord && !tk[cue.End].Has(WordTag.Finite)) return false;
            int c = cue.End;
            while (c < s1 && tk[c].IsLowerWord && (tk[c].Has(WordTag.CueAdverb) && !tk[c].Has(WordTag.Finite) || CueLexicon.IsLyAdverb(tk[c]))) c++;
            return c < s1 && tk[c].IsLowerWord && tk[c].Has(WordTag.Finite);
        }

        /// <summary>
        /// "aimed at what analysts believed was a depot, but the building had been …": the content [c, e) of a free relative
        /// whose gap is its subject ends at a comma before a contrast ("but", "yet"), or before a coordinator that opens a clause
        /// of its own ("…, and the building had been …"): the sentence goes on past the relative, in the writer's words. Not a
        /// list's last item after its comma ("was demand for pools, parks and dining").
        /// </summary>
        public static int FreeRelativeEndBeforeNewClause(IReadOnlyList<Token> tk, int c, int e)
        {
            for (int i = c + 1; i + 1 < e; i++)
            {
                if (!tk[i].Is(",") || !tk[i + 1].IsLowerWord || !tk[i + 1].Has(WordClass.ClauseCoordinator)) continue;
                if (tk[i + 1].Has(WordClass.Contrast) || OpensClause(tk, i + 2)) return i;
            }
            return e;
        }

        /// <summary>
        /// "spent more on what officials said was a bridge than on schools": a comparison of quantity opened before the free
        /// relative at <paramref name="o"/> (a than-lead, "more", "less", "fewer") closes at the first "than" of the relative's
        /// content [c, e), which is the writer's, not the speaker's: the content ends before it. Not a "than" right after a
        /// than-lead of the content's own ("was more than a depot").
        /// </summary>
        public static int FreeRelativeEndBeforeThan(IReadOnlyList<Token> tk, int s0, int o, int c, int e)
        {
            bool framed = false;
            for (int i = s0; i < o && !framed; i++) framed = tk[i].IsLowerWord && tk[i].Has(WordClass.ThanLead);
            if (!framed) return e;
            for (int j = c + 1; j < e; j++)
            {
                if (!tk[j].IsLowerWord || !tk[j].Has(WordGroup.ComparisonThan)) continue;
                if (tk[j - 1].IsLowerWord && tk[j - 1].Has(WordClass.ThanLead)) return e;
                while (j > c && tk[j - 1].Kind == TokenKind.Punct) j--;
                return j;
            }
            return e;
        }

        /// <summary>A past form of a verb: an irregular past ("went", "made") or a form in -ed that is no compound ("long-awaited").</summary>
        private static bool IsPastVerb(Token t) =>
            t.Has(WordGroup.IrregularPast) || CueLexicon.IsEdForm(t) && t.Lower.IndexOf('-') < 0;

        /// <summary>
        /// The noun phrase a relative pronoun at <paramref name="o"/> follows is set off by a comma ("the drawdown, which …"), or is the
        /// object of a preposition or of a verb that reports nothing ("by a deadline that …", "passed laws that …"): it is no subject
        /// of a clause of its own, so a verb after the relative clause is the relative clause's. Not after a verb of saying or a
        /// "that" ("said the plan that …"), where the phrase may open the reported clause.
        /// </summary>
        private static bool HeadIsNoSubject(IReadOnlyList<Token> tk, int s0, int o, int s1)
        {
            if (tk[o - 1].Is(",")) return true;
            for (int i = o - 1; i >= s0; i--)
            {
                var t = tk[i];
                if (!t.IsWord) return false;
                if (!t.IsLowerWord) continue;
                if (t.Has(WordGroup.Complementizer) || t.Has(WordTag.Relative) || EntryAt(tk, i, s1, out _) != null) return false;
                if (t.Has(WordTag.Preposition) || t.Has(WordTag.Finite) || IsPastVerb(t)) return true;
            }
            return false;
        }

        /// <summary>
        /// "Pakistan rejected the report, which found that U.S. forces were fired upon first": a relative clause set off by a
        /// comma, whose subject is the relative pronoun and whose verb is one of documents, is the writer's aside on what the
        /// document says, not part of what the outer speaker reports. Not "the report that found …" (no comma: the outer
        /// speaker's own description), nor "…, which he believes …" (the pronoun is the object).
        /// </summary>
        public static bool IsDocumentAside(IReadOnlyList<Token> tk, VerbCue cue, Subject subject)
        {
            if (!cue.Entry.Has(VerbTag.Document)) return false;
            int o = subject.OpenerIndex;
            return o > 0 && subject.Mention.Start == o && tk[o].IsWord && IsRelativePronoun(tk[o].Lower) && tk[o - 1].Is(",");
        }

        /// <summary>True when a finite word, a past form (in -ed or irregular) or a cue verb in use stands in [s0, e).</summary>
        private static bool VerbBefore(IReadOnlyList<Token> tk, int s0, int e)
        {
            // (an irregular past as well as one in -ed: "sold a house that he said …", "fought a rule that …")
            for (int i = s0; i < e; i++)
                if (tk[i].IsLowerWord && (tk[i].Has(WordTag.Finite) || FiniteVerbAt(tk, i, s0, e) != null || CueLexicon.IsEdForm(tk[i]) || tk[i].Has(WordGroup.IrregularPast))) return true;
            return false;
        }
    }
}
