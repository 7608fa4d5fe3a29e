using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    internal static partial class ReportedSpeech
    {
        /// <summary>
        /// "The mayor praised the divers as the bravest in the county and said …", "Lund told the board her crew was safe
        /// and said …", "Reed admitted that the cranes were old, but said …": when the first of two coordinated verb phrases
        /// is headed by a cue verb, the subject of that verb is the subject of the second one (the verb group at
        /// <paramref name="g"/>, after the coordinator at <paramref name="and"/>). The cue verb is the nearest one before the
        /// coordinator that has a subject of its own, so an inner clause of the first phrase ("as the bravest …", "that the
        /// cranes …") does not stand between the two verbs. Null, and the caller reads the subject that opens the sentence,
        /// when there is no such verb, when a quotation, clause mark or another clause ("when the police found her and told
        /// her …", "which …") stands between it and the coordinator, or when a bare second verb in -s or the base form is of
        /// another form than the first ("the spate of shootings and protests demands", "believes they are wrong and need to
        /// realize"): then the second word is a noun or belongs to another subject.
        /// </summary>
        private static Subject? SubjectOfCoordinatedCue(MentionParser mp, IReadOnlyList<Token> tk, int s0, int and, int g)
        {
            for (int v = and - 1; v > s0 && and - v <= SubjectReach; v--)
            {
                var t = tk[v];
                if (t.IsQuote || IsClauseMark(t) || t.Is(";")) return null;
                if (!t.IsLowerWord) continue;
                var cue = FiniteVerbAt(tk, v, s0, and);
                if (cue == null) continue;
                if (OpensClauseBetween(tk, cue.End, and) || ClauseAfterComma(tk, cue.End, and)) return null;
                if (BareVerbAfter(tk, g) is { } second && OfOtherForm(cue.Entry, second)) return null;
                var subject = SubjectBefore(mp, tk, s0, cue.GroupStart);
                // "the pier that the council praised and said …": a subject inside an object relative is not the first phrase's;
                // nor is a plain noun phrase the grammar does not read
                if (subject == null || IsObjectRelative(tk, subject) || subject.Generic && !IsShare(tk, subject.Mention)) return null;
                // "The mayor praised Lena Ortiz as the best choice to lead the port and said …": a noun phrase after "as" and a
                // verb's object says what the object is held to be, never the subject of a verb after it
                if (IsAsComplement(tk, subject.Mention, s0)) return null;
                // "Merrill says Machado promised … and said …": inside what an earlier speaker says, the sentence's subject is the source
                if (SpeechVerbBefore(mp, tk, s0, subject.Mention.Start)) return null;
                // "Sullivan put off deciding whether the group could question her but said …": a subject in a question is not the first phrase's
                if (OpensNonAssertion(tk, subject)) return null;
                // (the second phrase's clause opens at the coordinator, as the subject that opens the sentence does; in a subordinate
                // or relative clause, "When Trump referred to … and said …, the crowd …", "Beck, who backed Cruz and opposed …, said",
                // both phrases end with that clause)
                int opener = OpensSubordinate(tk, subject) ? subject.OpenerIndex : and;
                return new Subject(subject.Mention, subject.ClauseStart, opener) { Generic = subject.Generic, Coordinated = true };
            }
            return null;
        }

        /// <summary>
        /// "Pakistan's army, which called the report “short on facts” in January and says it does not agree with its findings",
        /// "the dock union, which represents 4,000 workers and says …": a verb phrase after the coordinator at
        /// <paramref name="and"/> that ends a relative clause set off by a comma (", which", ", who") has the relative's subject,
        /// the antecedent before the comma, as the first verb phrase of that clause does, whatever the first verb (the second
        /// phrase may change the tense: "called … and says"). The first phrase is one verb phrase: after the verb group that
        /// follows the pronoun, no comma, clause mark, other clause ("that", "when", another relative) and no other verb (a
        /// finite word, a past form or a verb of saying, which may open a clause of another subject: "which said the pilots
        /// were tired and want …") stands before the coordinator; a quotation the phrase names may ("called the report
        /// “short on facts”"). A bare second verb agrees with the antecedent in number ("the unions, which … and say"; not
        /// "the union, which … and say"). Null otherwise.
        /// </summary>
        private static Subject? SubjectOfCoordinatedRelative(MentionParser mp, IReadOnlyList<Token> tk, int s0, int and, int g)
        {
            for (int x = and - 1; x > s0 && and - x <= SubjectReach; x--)
            {
                var t = tk[x];
                if (t.IsQuote) continue;
                if (t.Is(",") || t.Is(";") || IsClauseMark(t)) return null;
                if (!t.IsLowerWord) continue;
                if (!t.Has(WordClass.AsideRelative) && (t.Has(WordTag.Subordinator | WordTag.ClauseBreak) || t.Has(WordClass.RelativePronoun))) return null;
                if (!t.Has(WordClass.AsideRelative)) continue;
                if (!tk[x - 1].Is(",")) return null;
                var relative = RelativeSubject(mp, tk, s0, x, x + 1);
                if (relative == null || relative.Mention.Owner is not { } antecedent) return null;
                // the relative's verb group ("which called", "which has long said"), then one verb phrase to the coordinator
                int v = x + 1;
                while (v < and && tk[v].IsLowerWord && (tk[v].Has(WordTag.Auxiliary | WordTag.Finite | WordTag.CueAdverb | WordTag.Negation) || CueLexicon.IsLyAdverb(tk[v]))) v++;
                if (v >= and || !tk[v].IsLowerWord || tk[v].Has(WordTag.Function | WordTag.Determiner | WordTag.Pronoun)) return null;
                for (int k = v + 1; k < and; k++)
                    if (tk[k].IsLowerWord && !tk[k].IsQuote && (tk[k].Has(WordTag.Finite) || IsPastVerbForm(tk[k]) || FiniteVerbAt(tk, k, s0, and) != null)) return null;
                if (BareVerbAfter(tk, g) is { } second &&
                    (second.Kind == VerbForm.ThirdPerson && antecedent.Plural || second.Kind == VerbForm.Base && !antecedent.Plural)) return null;
                return new Subject(relative.Mention, relative.ClauseStart, relative.OpenerIndex) { Coordinated = true };
            }
            return null;
        }

        /// <summary>
        /// "A group of teachers called for a strike, and the parents' union denounced the cuts and said …": the last clause
        /// coordinator after a comma in (<paramref name="from"/>, <paramref name="and"/>) that opens a clause with a subject
        /// of its own (a determiner or a capitalised word after it, then a verb before <paramref name="and"/>); the index of
        /// that subject's first word, or -1. Not a list of objects ("thanked the crew, and the divers, and said": no verb; "met
        /// Reyes, Okafor, and a diver who was injured, and said": the verb is a relative clause's).
        /// </summary>
        private static int CoordinatedClauseStart(IReadOnlyList<Token> tk, int from, int and)
        {
            for (int k = and - 2; k > from; k--)
            {
                if (!tk[k].IsLowerWord || !tk[k].Has(WordClass.ClauseCoordinator) || !tk[k - 1].Is(",")) continue;
                var w = tk[k + 1];
                if (!(w.IsWord && (w.IsCapitalized || IsDeterminer(w.Lower)))) return -1;
                for (int j = k + 2; j < and; j++)
                {
                    if (!tk[j].IsLowerWord) continue;
                    // "…, Russia, and a new Syria where Assad is allowed to stay, and admit …": a verb in a relative or subordinate clause is the object's
                    if (tk[j].Has(WordTag.Subordinator | WordTag.ClauseBreak) || tk[j].Has(WordClass.RelativePronoun)) return -1;
                    if (IsPastVerbForm(tk[j]) || tk[j].Has(WordTag.Finite)) return k + 1;
                }
                return -1;
            }
            return -1;
        }

        /// <summary>How many determiners may stand between "as" and a mention that leaves them out ("as the most …").</summary>
        private const int AsComplementDeterminers = 2;

        /// <summary>
        /// True when mention m stands right after the lower-case "as" of an object's complement (words.txt object-complement)
        /// that follows a word of its clause ("positioned Ortiz as the best choice", "defended the union as a mainstream
        /// voice"): what the verb's subject holds its object to be. Not after a comma, a verb or at the clause's start ("…, as
        /// the mayor said", "As the mayor said, …", "spoke as the mayor left"), where "as" opens a clause of its own.
        /// </summary>

        internal static bool IsAsComplement(IReadOnlyList<Token> tk, Mention m, int s0)
        {
            int a = m.Start - 1;
            // (past a determiner the mention left out: "as a mainstream voice")
            for (int n = 0; n < AsComplementDeterminers && a > s0 && tk[a].IsLowerWord && tk[a].Has(WordTag.Determiner); n++) a--;
            return IsComplementAs(tk, a, s0);
        }

        /// <summary>
        /// True when the word at a is the lower-case "as" of an object's complement (words.txt object-complement) right after
        /// a word of its clause that is no verb, participle, opener or finite word ("praised Ortiz as …", "defended the union
        /// as …"): it opens no subordinate clause of its own.
        /// </summary>
        internal static bool IsComplementAs(IReadOnlyList<Token> tk, int a, int s0)
        {
            if (a - 1 < s0 || !tk[a].IsLowerWord || !tk[a].Has(WordGroup.ObjectComplement)) return false;
            var before = tk[a - 1];
            // ("One, signing as a retired sergeant, writes": after a participle, "as" gives the role its subject takes; "grew louder
            // Wednesday as Davis attacked", "the term as well and called", "welled with tears as he spoke": after a word of time,
            // before "well" or a subject pronoun, "as" opens a clause or an idiom)
            if (a + 1 >= tk.Count || !tk[a + 1].IsWord || CueLexicon.IsSubjectPronoun(tk[a + 1].Lower) || tk[a + 1].Has(WordTag.NotNameStart) && !tk[a + 1].Has(WordTag.Determiner)) return false;
            return before.IsWord && !before.Has(WordTag.Opener | WordTag.Finite | WordTag.Time | WordTag.Calendar) && FiniteVerbAt(tk, a - 1, s0, a) == null &&
                   !CueLexicon.IsIngForm(before) && !IsPastVerbForm(before);
        }

        /// <summary>True when a verb of speech with a subject of its own stands in the sentence before token e.</summary>
        private static bool SpeechVerbBefore(MentionParser mp, IReadOnlyList<Token> tk, int s0, int e)
        {
            for (int u = e - 1; u > s0 && e - u <= SubjectReach; u--)
                if (tk[u].IsLowerWord && FiniteVerbAt(tk, u, s0, e) is { } cue && cue.Entry.IsSpeech && SubjectBefore(mp, tk, s0, cue.GroupStart) != null) return true;
            return false;
        }

        /// <summary>
        /// "At the moment Sanders announced his bid, Mook was holding a meeting and told …": after a comma in [a, e) (not the one
        /// right before the coordinator at e), a finite word opens another clause with a subject of its own.
        /// </summary>
        private static bool ClauseAfterComma(IReadOnlyList<Token> tk, int a, int e)
        {
            bool comma = false;
            for (int i = a; i < e; i++)
            {
                if (tk[i].Is(",") && i < e - 1) comma = true;
                else if (comma && tk[i].IsLowerWord && tk[i].Has(WordTag.Finite)) return true;
            }
            return false;
        }

        /// <summary>
        /// How many tokens after a cue the last verb phrase of its list may stand (the cue's own item, then "and" and the past
        /// form): as far as a subject may stand before its verb (<see cref="SubjectReach"/>), a clause's length.
        /// </summary>
        private const int VerbListReach = SubjectReach;

        /// <summary>
        /// "The government shut down the two routes, asked the United States to vacate a base and boycotted a conference": the
        /// cue at g follows a comma and the sentence goes on to a last verb phrase after "and" (a past form, in -ed or irregular,
        /// within <see cref="VerbListReach"/> tokens): the cue is an item of a list of verb phrases, and the words before its comma
        /// are the first item, a subject with its verb, no noun phrase.
        /// </summary>
        private static bool InVerbList(IReadOnlyList<Token> tk, int g)
        {
            // the cue's own verb opens its item ("asked", not "have asked": an auxiliary's group is a clause's verb)
            if (g < 1 || !tk[g - 1].Is(",") || !tk[g].IsLowerWord || tk[g].Has(WordTag.Auxiliary | WordTag.Finite)) return false;
            for (int j = g + 1; j + 1 < tk.Count && j - g <= VerbListReach; j++)
            {
                var t = tk[j];
                if (t.IsQuote || IsClauseMark(t) || t.Is(";") || t.Is(".") || t.Is("?") || t.Is("!")) return false;
                if (!t.IsLowerWord || !t.Has(WordClass.ListCoordinator)) continue;
                var v = tk[j + 1];
                if (IsPastVerbForm(v) && !tk[j - 1].IsCapitalized) return true;
            }
            return false;
        }

        /// <summary>A lower-case past form: an irregular one ("took", "made") or one in -ed that is no compound ("need-based").</summary>
        internal static bool IsPastVerbForm(Token v) =>
            v.IsLowerWord && (v.Has(WordGroup.IrregularPast) || CueLexicon.IsEdForm(v) && v.Lower.IndexOf('-') < 0);

        /// <summary>
        /// The cue verb of the group at g when no auxiliary stands before it ("said", "strongly denied", "need to realize"):
        /// its form must be the first phrase's. Null for a group with an auxiliary ("has said", "couldn't see"), whose form
        /// says nothing of the subject's number or tense.
        /// </summary>
        private static CueVerb? BareVerbAfter(IReadOnlyList<Token> tk, int g)
        {
            for (int j = g; j < tk.Count && j - g <= ObjectReach; j++)
            {
                if (!tk[j].IsLowerWord || tk[j].Has(WordTag.Finite)) return null;
                if (EntryAt(tk, j, tk.Count, out _) is { } entry) return entry;
            }
            return null;
        }

        /// <summary>
        /// True when a bare second verb in -s or the base form differs in form from the first ("said … and protests", "believes
        /// … and need to realize"); a past form after any first verb ("was defending … but admitted", "says … and added") and
        /// anything after a form in -ing ("is saying") are the same subject's.
        /// </summary>
        private static bool OfOtherForm(CueVerb first, CueVerb second) =>
            (second.Kind == VerbForm.ThirdPerson || second.Kind == VerbForm.Base) && first.Kind != VerbForm.Gerund && second.Kind != first.Kind;

        /// <summary>True when a word in [a, e) opens a clause of its own ("when", "which", "after"); "that" (a reported clause or a restrictive relative) and "as" after an object do not.</summary>
        private static bool OpensClauseBetween(IReadOnlyList<Token> tk, int a, int e)
        {
            for (int i = a; i < e; i++)
            {
                var t = tk[i];
                if (!t.IsLowerWord) continue;
                // "after it picketed the bridge and accused …": a subordinate clause's verb is the nearer one (as in "the union
                // saw the plan as a threat", "as" opens no clause of its own after an object)
                if (t.Has(WordTag.Subordinator) && !t.Has(WordGroup.ObjectComplement)) return true;
                if (t.Has(WordTag.ClauseBreak) && !(t.Has(WordClass.RestrictiveRelative) && !t.Has(WordClass.AsideRelative))) return true;
            }
            return false;
        }
    }
}
