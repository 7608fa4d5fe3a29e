using System;
using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Accounts
{
    /// <summary>
    /// Whether words stand in a negated scope: after "not", "no", "never", "denied" … in the same clause.
    /// Reads the one tokenizer's tokens of a paragraph (quotations opened, apostrophes made straight).
    /// </summary>
    internal static class Negation
    {
        /// <summary>Words at most between a verb of accepting and a cue in its object ("accept any such one-sided report").</summary>
        private const int RefusedObjectWords = 3;

        /// <summary>The most words of an aside set off by commas inside a clause's subject ("the attack, which lasted for hours, was").</summary>
        private const int AsideWords = 10;

        /// <summary>How far before a verb of accepting its negator stands: "will not accept", "would not fully accept".</summary>
        private const int RefusalNegatorReach = 2;

        /// <summary>
        /// How far before the verb that reports the cue its own negator stands ("did not say", "has never publicly said"); a
        /// negator further back is in that verb's subject ("an official who was not yet cleared said").
        /// </summary>
        private const int ReportingNegatorReach = 2;

        /// <summary>The words before a cue in which a negator denies it (the clause permitting).</summary>
        private const int Window = 12;

        /// <summary>
        /// Words before a "that" that opens a clause longer than the window, in which the negator of that clause's verb
        /// stands: "could not believe that", "found it impossible to believe that" (not "who did not give names said that").
        /// </summary>
        private const int LongClauseReach = 3;

        /// <summary>How many words past the window a "that" is looked for.</summary>
        private const int LongClauseWords = 10;

        /// <summary>
        /// The most words of a negator of several words ("not in a position to"): once a long clause's "that" is found near the
        /// end of the words looked through (<see cref="LongClauseWords"/>), the words before it are read on for its reach and
        /// such a negator ("found it hard to believe that [a clause of twenty words] … a mistake").
        /// </summary>
        private const int LongNegatorWords = 5;

        /// <summary>
        /// How many words back from a coordinated "or to" the first infinitive's "to" is looked for: "no intentional effort to
        /// target [the posts or places known to be part of the army], or to deliberately provide …".
        /// </summary>
        private const int CoordinatedInfinitiveWords = 16;

        /// <summary>
        /// True when a negator stands before the cue in the same clause, within twelve words, or, when the cue
        /// stands in a that-clause longer than that, within three words before its "that" ("could not believe that …")
        /// (an odd number of them: "cannot rule out … deliberate" holds two), or when the cue stands in a claim called false after it
        /// ("the claim that its troops fired first was false"). The clause ends at a mark,
        /// at "but"/"although", at a coordinated "and that", at a coordinated reporting verb
        /// ("rejected the report and said the attack was deliberate"), and at a subordinating
        /// conjunction ("had not fired before they came under attack": scope-end in accounts-stance.txt).
        /// </summary>
        public static bool IsNegated(IReadOnlyList<Token> tokens, int cueStart, AccountLexicon lexicon, int cueEnd = -1)
        {
            int c = IndexAt(tokens, cueStart);
            if (c < 0) return false;
            int negations = 0, words = 0;
            int accepting = -1;              // the word count at a verb of accepting whose object holds the cue
            bool clauseBetween = false;      // a "that" between the cue and the words before it
            int complementizerAt = -1;       // the word count at the last "that" read
            int reportingAt = -1;            // the word count at the reporting verb whose content holds the cue
            int negatorAt = -1;              // the token of the last negator counted
            int conjunctAt = -1;             // the word count at an "and" that opens a predicate of its own before the cue
            bool conjunctPast = false;       // that "and" opens it with a past verb and no auxiliary ("and rejected its …")
            bool changing = false;           // a verb of changing whose object holds the cue ("revised the findings of …")
            int heldAt = -1;                 // the word count at a "that" right after a held noun ("its position that …")
            bool finiteBetween = false;      // a finite verb read between the cue and the words before it
            bool asBetween = false;          // an "as" of an object's complement read between the cue and the words before it
            // "questioned how it could be called an accident", "does not see how it can be called a mistake": a doubting question
            bool rhetorical = IsRhetoricalQuestion(tokens, c, lexicon);
            for (int i = c - 1; i >= 0 && (words < Window + LongClauseWords || complementizerAt > Window && words - complementizerAt < LongClauseReach + LongNegatorWords) && c - i <= 60; i--)
            {
                if (words < Window && c - i > 40) break;
                var t = tokens[i];
                if (!t.IsWord)
                {
                    if (EndsScope(t.Text)) break;
                    if (t.Text == "," && !(i + 1 < tokens.Count && tokens[i + 1].Has(WordClass.Alternative)))
                    {
                        // the subject's aside, "that the attack, which lasted for hours, was an accident": read on before it
                        int opening = AsideOpening(tokens, i);
                        // "Nobody in his brigade, he said, had ever accepted that …": the speaker's aside between the subject and its verb
                        if (opening < 0) opening = SpeakingAsideOpening(tokens, i, lexicon);
                        if (opening < 0)
                        {
                            // "Nobody on the ridge, in the aircraft or in the operations room set out to kill …": the comma is in a
                            // list of places after a negative subject that opens the clause, whose predicate holds the cue
                            if (!finiteBetween && IsNegativeSubjectList(tokens, i, c, lexicon)) negations++;
                            break;
                        }
                        i = opening;
                    }
                    continue;
                }
                words++;
                if (t.Has(WordTag.Finite)) finiteBetween = true;
                if (words > Window)
                {
                    // past the window, a long that-clause's own verb and its negator ("found it impossible to believe that
                    // [a clause near as long as the window or longer] … an accident"): only the few words before a "that" are read
                    if (t.Has(WordClass.Contrast) || lexicon.ScopeEnds.Contains(t.Lower) || lexicon.OpenWords.Contains(t.Lower)) break;
                    if (t.Has(WordGroup.Complementizer)) { complementizerAt = words; continue; }
                    if (complementizerAt < 0 || words - complementizerAt > LongClauseReach)
                    {
                        // "is not in a position to accept that …": a negator of several words whose last word is within the reach
                        if (complementizerAt >= 0 && !StartsPhrase(tokens, i, lexicon.NotNegators) && PhraseWords(tokens, i, lexicon.Negators) is var n && n > 1
                            && words - n + 1 - complementizerAt <= LongClauseReach) negations++;
                        continue;
                    }
                }
                if (t.Has(WordClass.Contrast)) break;
                // "the nation has not forgotten that the posts were attacked without provocation": a verb of forgetting right before
                // the "that" of the cue's clause; a negator before it denies the forgetting, not what is remembered
                if (IsFactiveClause(t, words, complementizerAt, lexicon)) break;
                // "the minister doubted that the shelling was an accident": a verb of doubting right before the "that" of the cue's
                // clause leans against it as a negator does, so a negator before it ("had never doubted that …") affirms the cue
                if (IsDoubtedClause(tokens, i, words, complementizerAt, lexicon)) negations++;
                // "there was no intentional effort to target the posts, or to deliberately provide wrong locations": a negated head
                // governs every infinitive coordinated with its first; the words of the first are passed over, and the scope is read
                // on before its "to"
                if (CoordinatedInfinitiveStart(tokens, i) is var first && first >= 0) { i = first; continue; }
                // "no plan and no intent to target …": the negator counted opens a conjunct of its own, whose "and" or "or" ends
                // the scope; the conjunct before it is negated by its own negator, not the cue again
                if (negatorAt == i + 1 && Lexicon.Is(t.Text, WordClass.ListCoordinator)) break;
                // a subordinate clause: "had not fired before they came under attack" does not deny the attack
                if (lexicon.ScopeEnds.Contains(t.Lower) || lexicon.OpenWords.Contains(t.Lower)) break;
                // a relative clause with its own subject: "a military whose spies were deliberately helping" is not denied by a
                // negator before "whose"
                if (lexicon.RelativeScopeEnds.Contains(t.Lower)) break;
                if (StartsPhrase(tokens, i, lexicon.NotNegators)) continue;
                if (t.Has(WordTag.Negation) || StartsPhrase(tokens, i, lexicon.Negators))
                {
                    // "refused to join the inquiry and has rejected its findings", "had not been told and has said …": the negator
                    // of a predicate before an "and" that opens one with its own finite verb denies that predicate only (not one in
                    // a clause both share: "denied that its troops had fired and had …")
                    // ("took no part in the inquiry and rejected its findings"; not after a perfect's auxiliary, which may govern
                    // both participles: "had not seen the maps and studied their …")
                    if (conjunctAt >= 0 && complementizerAt < conjunctAt && !(conjunctPast && i > 0 && tokens[i - 1].Has(WordClass.PerfectAuxiliary))) continue;
                    // "no such act of aggression will go unanswered": a warning of acts to come, which calls the act one
                    if (IsWarning(tokens, i, c, cueEnd, lexicon)) continue;
                    // "the absence of a deal reflected mistrust": a noun of absence is the subject of a verb before the cue, and
                    // denies only its own phrase ("the absence of any coordination")
                    if (IsSubjectNounNegator(tokens, i, c, lexicon)) continue;
                    // "does not see how it can be called a mistake": the negator is the doubting question's, counted with it below
                    if (rhetorical && IsDeniedDoubt(tokens, i, lexicon)) continue;
                    // "it is not hard to see how it could have been a mistake": the negator takes back the doubt, and grants the cue
                    if (IsGrantedDoubt(tokens, i, lexicon)) continue;
                    // "will not accept any one-sided report": the refusal calls the report one-sided, it does not deny it
                    if (accepting >= 0 && words - accepting <= RefusalNegatorReach) { accepting = -1; continue; }
                    // "nothing in the agreement revised the findings of the inquiry, which concluded …", "did not alter the
                    // report's conclusion", "would not end the mistrust", "had no excuse for the errors": a change (or an
                    // excuse) denied leaves its object, and the cue in it, standing
                    if (changing) { changing = false; continue; }
                    // past the verb that reports the cue and its auxiliaries, a negator stands in that verb's subject: "An
                    // official who was not authorised to speak said [cue]" denies nothing; one that opens the subject does
                    // ("Nobody at the ministry said [cue]")
                    // ("said nobody in his unit had accepted [cue]": after an outer reporting verb or its "that", the negator opens
                    // the subject too)
                    if (reportingAt >= 0 && words - reportingAt > ReportingNegatorReach && i > 0 && tokens[i - 1].IsWord &&
                        !(tokens[i - 1].Has(WordGroup.Complementizer) || lexicon.ReportingVerb(tokens[i - 1].Lower) != null)) continue;
                    negations++;
                    negatorAt = i;
                    continue;
                }
                if (t.Has(WordGroup.Complementizer))
                {
                    clauseBetween = true;
                    complementizerAt = words;
                    heldAt = PreviousWord(tokens, i) is { } held && lexicon.HeldNouns.Contains(held) ? words : -1;
                }
                if (conjunctAt < 0 && OpensPredicate(tokens, i)) conjunctAt = words;
                if (conjunctAt < 0 && OpensPastPredicate(tokens, i)) { conjunctAt = words; conjunctPast = true; }
                // ("difficult to accept as an accident", "would not accept the strike as a mistake": the "as" names what the object
                // is held to be, which the refusal denies, as "hard to see it as an accident" does)
                // (not a clause with no "that" whose finite verb stands between: "would not accept it was an accident" denies it, as
                // "would not accept that it was an accident" does)
                if (!clauseBetween && !asBetween && !finiteBetween && words <= RefusedObjectWords + 1 && lexicon.Accepting.Contains(t.Lower)) accepting = words;
                if (t.IsLowerWord && t.Has(WordGroup.ObjectComplement)) asBetween = true;
                // the object of a verb of changing holds the cue: no clause between, or only the that-clause of a held noun that
                // is that object ("has not changed its position that [cue]")
                bool changedObject = !clauseBetween || heldAt >= 0 && heldAt == complementizerAt && words - heldAt <= HeldObjectWords;
                if (changedObject && reportingAt < 0 && (lexicon.Changing.Contains(t.Lower) || lexicon.Excusing.Contains(t.Lower))) changing = true;
                var previous = PreviousWord(tokens, i);
                if (t.Has(WordGroup.Complementizer) && previous != null && Lexicon.Is(previous, WordClass.ListCoordinator)) break;        // "did not fire first and that the attack was deliberate"
                if (OpensCoordinatedReport(tokens, i, lexicon)) break;
                // "did not take part in the inquiry and we do not accept its findings": an "and" before a subject pronoun and its
                // finite verb opens a clause of its own, which a negator before it does not reach
                if (OpensCoordinatedClause(tokens, i)) break;
                // (a finite verb with a subject of its own: not the infinitive of "is wrong to call the shelling deliberate", whose
                // negator before "to" judges the act, nor the noun of "never accepted the claim that …")
                if (reportingAt < 0 && lexicon.ReportingVerb(t.Lower) != null && !(previous != null && Lexicon.IsAsWritten(previous, WordGroup.InfinitiveMarker)) &&
                    !IsClaimNounOfPhrase(tokens, i, lexicon)) reportingAt = words;
            }
            // "too precise to be an accident": the infinitive after "too" and a word of degree denies the cue (one more negation:
            // "too clear not to be deliberate" affirms it)
            if (IsDeniedByExcess(tokens, c, lexicon)) negations++;
            // "questioned how an attack that lasted two hours could be described as an accident": a question reported as a
            // doubt denies the cue it asks about
            if (rhetorical) negations++;
            if (negations % 2 == 1) return true;
            return cueEnd >= 0 && (IsClaimCalledFalse(tokens, c, cueEnd, lexicon) || IsCalledImpossible(tokens, cueEnd, lexicon) || IsGenericSubjectDenied(tokens, c, cueEnd) || IsNamedWordDenied(tokens, c, cueEnd, lexicon) || HasNilObject(tokens, cueEnd, lexicon));
        }

        /// <summary>
        /// True when <paramref name="t"/>, read <paramref name="words"/> words back from a cue, is a verb of forgetting or
        /// overlooking (accounts-stance.txt 'factive') whose "that" was the word read right before it (<paramref name="complementizerAt"/>):
        /// the cue stands in the clause it holds true ("had not forgotten that …", "never overlooked that …").
        /// </summary>
        private static bool IsFactiveClause(Token t, int words, int complementizerAt, AccountLexicon lexicon) =>
            complementizerAt >= 0 && complementizerAt == words - 1 && lexicon.Factive.Contains(t.Lower);

        /// <summary>
        /// True when the word at <paramref name="i"/>, read <paramref name="words"/> words back from a cue, is a form of a verb of
        /// doubting (accounts-stance.txt 'doubting-verb') whose "that" was the word read right before it
        /// (<paramref name="complementizerAt"/>): "doubted that", "doubting that"; "doubt" and "doubts" only after a pronoun, a
        /// finite verb or a negator that opens no phrase of certainty ("we doubt that", "does not doubt that", "nobody doubts
        /// that"; not the noun of "there is no doubt that" or "little doubt that"), or after "any" right after a negator ("did not
        /// have any doubt that", "without any doubt that"), and no wh-word of a question among the few
        /// words before it ("why anyone would doubt that …" asks about a doubt, and holds none).
        /// </summary>
        private static bool IsDoubtedClause(IReadOnlyList<Token> tokens, int i, int words, int complementizerAt, AccountLexicon lexicon)
        {
            var t = tokens[i];
            if (complementizerAt < 0 || complementizerAt != words - 1 || !t.IsLowerWord || !lexicon.DoubtingVerbs.Contains(t.Lower)) return false;
            // "hard to see why anyone would doubt that …": a doubt asked about, not held
            for (int j = i - 1, n = 0; j >= 0 && n < DoubtSubjectWords && tokens[j].IsWord; j--, n++)
                if (lexicon.AskedWords.Contains(tokens[j].Lower)) return false;
            if (t.Lower.EndsWith("ed", StringComparison.Ordinal) || IncidentTools.Attribution.CueLexicon.EndsInIng(t.Lower)) return true;
            if (i < 1 || !tokens[i - 1].IsWord) return false;
            var before = tokens[i - 1];
            // "did not have any doubt that", "without any doubt that": the noun after "any" (words.txt free-choice) and a negator
            if (Lexicon.Is(before.Lower, WordSense.FreeChoice))
            {
                // (the negator right before "any" or before its verb: "without any", "never had any", "did not have any")
                for (int j = i - 2; j >= 0 && j >= i - 1 - AnyNegatorReach && tokens[j].IsWord; j--)
                    if (tokens[j].Has(WordTag.Negation)) return true;
                return false;
            }
            return before.Has(WordTag.Pronoun) || before.Has(WordTag.Finite) || before.Has(WordTag.Negation) && !StartsPhrase(tokens, i - 1, lexicon.NotNegators);
        }

        /// <summary>How far before the "any" of "any doubt that" its negator stands ("without any", "did not have any").</summary>
        private const int AnyNegatorReach = 2;

        /// <summary>The words before a verb of doubting in which a wh-word makes the doubt one asked about ("why anyone would doubt that").</summary>
        private const int DoubtSubjectWords = 4;

        /// <summary>The most words of a negative subject and its list of places before the cue ("Nobody on the ridge, in the air or …").</summary>
        private const int NegativeSubjectWords = 16;

        /// <summary>
        /// True when the comma at <paramref name="comma"/>, before the cue at <paramref name="c"/> in the same clause, stands in the
        /// list of places or groups after a negative subject that opens the clause (negative-subject in accounts-stance.txt):
        /// "Nobody on the ridge, in the aircraft or in the operations room set out to kill …", "No one at the base, on the ground,
        /// intended to …". Each comma of the list is followed by a preposition (or by the cue's own verb, closing the list), the
        /// subject is followed by one, and no finite verb, "that" or other mark stands between the subject and the comma; the
        /// clause opens at the start of the text, after a mark that ends a sentence or clause, a quotation mark or a "that".
        /// </summary>
        private static bool IsNegativeSubjectList(IReadOnlyList<Token> tokens, int comma, int c, AccountLexicon lexicon)
        {
            if (comma + 1 >= tokens.Count || !tokens[comma + 1].IsWord || !(tokens[comma + 1].Has(WordTag.Preposition) || comma + 1 == c)) return false;
            int start = 0;
            for (int j = comma - 1, words = 0; j >= 0; j--)
            {
                var t = tokens[j];
                if (!t.IsWord)
                {
                    if (t.Text == "," && j + 1 < tokens.Count && tokens[j + 1].IsWord && tokens[j + 1].Has(WordTag.Preposition)) continue;
                    if (EndsClause(t.Text) || IsQuoteMark(t)) { start = j + 1; break; }
                    return false;
                }
                // (a "that" right after a preposition is a demonstrative of the list: "on that ridge")
                if (t.Has(WordGroup.Complementizer) && !(j > 0 && tokens[j - 1].IsWord && tokens[j - 1].Has(WordTag.Preposition))) { start = j + 1; break; }
                if (++words > NegativeSubjectWords || t.Has(WordTag.Finite)) return false;
            }
            var subjects = lexicon.NegativeSubjects.StartingWith(tokens[start].Lower);
            if (subjects == null) return false;
            foreach (var phrase in subjects)
            {
                if (!Starts(tokens, start, phrase)) continue;
                int after = start + phrase.Length;
                // "none of us, …" names its group itself; "nobody" needs its place after it ("nobody on the ridge, …")
                return after < comma && tokens[after].IsWord && (tokens[after].Has(WordTag.Preposition) || tokens[after - 1].Has(WordTag.Preposition));
            }
            return false;
        }

        /// <summary>The most words between the modal of a reported rhetorical question and its cue ("could be treated as a series of honest errors").</summary>
        private const int RhetoricalComplementWords = 9;

        /// <summary>The most words between "how" and the modal of its clause ("how an attack that lasted two hours on marked posts could").</summary>
        private const int RhetoricalSubjectWords = 30;

        /// <summary>
        /// True when the cue at <paramref name="c"/> is what a reported question of "how" asks the act could be called: "questioned
        /// how an attack that lasted two hours could be described as an accident", "asked how such a strike can be called a
        /// mistake", "wondered how it could have been an error". A verb of asking (asking in accounts-stance.txt) stands right
        /// before "how" (rhetorical); the clause after it has a modal (can, could, would: modal) followed by a verb of being or naming
        /// (excess-verb: "be", "described", "treated") within <see cref="RhetoricalComplementWords"/> words before the cue, with no
        /// other finite verb, "that" or mark between; the subject between "how" and the modal may hold asides set off by commas
        /// ("how an attack on marked posts, after repeated calls, could be …"), but no mark that ends a clause. Such a question
        /// doubts that the act was what the cue names, as "denied that it was an accident" does. (A direct question, ending in
        /// a question mark, takes no position: <see cref="IsInDirectQuestion"/>.)
        /// </summary>
        private static bool IsRhetoricalQuestion(IReadOnlyList<Token> tokens, int c, AccountLexicon lexicon)
        {
            int modal = -1;
            bool naming = false;
            for (int i = c - 1, words = 0; i >= 0 && words < RhetoricalComplementWords; i--)
            {
                var t = tokens[i];
                if (!t.IsWord) return false;
                words++;
                if (lexicon.Modals.Contains(t.Lower)) { modal = i; break; }
                if (lexicon.ExcessVerbs.Contains(t.Lower)) { naming = true; continue; }
                if (t.Has(WordTag.Finite) || t.Has(WordGroup.Complementizer)) return false;
            }
            if (modal < 1 || !naming) return false;
            for (int i = modal - 1, words = 0; i > 0 && words < RhetoricalSubjectWords; i--)
            {
                var t = tokens[i];
                if (!t.IsWord)
                {
                    if (EndsClause(t.Text) || IsQuoteMark(t)) return false;
                    continue;
                }
                words++;
                if (lexicon.AskedWords.Contains(t.Lower))
                    return lexicon.RhetoricalWords.Contains(t.Lower) && tokens[i - 1].IsWord && (lexicon.AskingVerbs.Contains(tokens[i - 1].Lower) || IsDoubtBefore(tokens, i, lexicon));
            }
            return false;
        }

        /// <summary>
        /// True when a phrase of difficulty in seeing or understanding (doubting in accounts-stance.txt: "hard to see", "difficult
        /// to imagine") ends right before the wh-word at <paramref name="wh"/>, with no negator right before it: "it is hard to see
        /// how such an attack could have been an accident" doubts the act as "questioned how … could be described as" does; "it is
        /// not hard to see how it could have been a mistake" grants it, and is not read.
        /// </summary>
        private static bool IsDoubtBefore(IReadOnlyList<Token> tokens, int wh, AccountLexicon lexicon)
        {
            foreach (var phrase in lexicon.DoubtingPhrases)
            {
                int start = wh - phrase.Length;
                if (start < 0 || !Starts(tokens, start, phrase) || !tokens[start].IsWord) continue;
                return !NegatorRightBefore(tokens, start);
            }
            foreach (var phrase in lexicon.DeniedDoubtingPhrases)
            {
                int start = wh - phrase.Length;
                if (start >= 0 && tokens[start].IsWord && Starts(tokens, start, phrase)) return true;
            }
            return false;
        }

        /// <summary>
        /// True when a negated verb of seeing or understanding (denied-doubting in accounts-stance.txt: "not see", "cannot
        /// understand") starts at the negator <paramref name="i"/> and ends right before a rhetorical wh-word ("does not see how"):
        /// the negator is the doubting question's own, which <see cref="IsRhetoricalQuestion"/> counts once.
        /// </summary>
        private static bool IsDeniedDoubt(IReadOnlyList<Token> tokens, int i, AccountLexicon lexicon)
        {
            int n = PhraseWords(tokens, i, lexicon.DeniedDoubtingPhrases);
            if (n == 0) return false;
            int after = WordAfter(tokens, i, n);
            return after >= 0 && lexicon.RhetoricalWords.Contains(tokens[after].Lower);
        }

        /// <summary>
        /// True when the negator at <paramref name="i"/> stands right before a phrase of difficulty in seeing (doubting in
        /// accounts-stance.txt) that ends right before a rhetorical wh-word: "it is not hard to see how the strike could have been
        /// a mistake" grants what the cue names, and the negator denies the difficulty, not the cue.
        /// </summary>
        private static bool IsGrantedDoubt(IReadOnlyList<Token> tokens, int i, AccountLexicon lexicon)
        {
            if (!tokens[i].IsWord || !tokens[i].Has(WordTag.Negation)) return false;
            int next = WordAfter(tokens, i, 1);
            if (next < 0) return false;
            int n = PhraseWords(tokens, next, lexicon.DoubtingPhrases);
            if (n == 0) return false;
            int after = WordAfter(tokens, next, n);
            return after >= 0 && lexicon.RhetoricalWords.Contains(tokens[after].Lower);
        }

        /// <summary>The index of the word that follows the <paramref name="n"/> words from <paramref name="i"/> on (marks passed over), or -1.</summary>
        private static int WordAfter(IReadOnlyList<Token> tokens, int i, int n)
        {
            for (int j = i; j < tokens.Count; j++)
            {
                if (!tokens[j].IsWord) continue;
                if (n-- == 0) return j;
            }
            return -1;
        }

        /// <summary>
        /// True when a perfect of a verb of naming under its negator (reticent in accounts-stance.txt: "has not called", "have not
        /// formally described", "has yet to call") starts at <paramref name="i"/>, with no preposition right after it ("has not
        /// called for an inquiry" names nothing): a side that has not named the act so takes no position on it, "Ruritania has
        /// not formally called the shelling deliberate" (<see cref="IsOpen"/>).
        /// </summary>
        private static bool IsReticentNaming(IReadOnlyList<Token> tokens, int i, AccountLexicon lexicon)
        {
            int n = PhraseWords(tokens, i, lexicon.ReticentPhrases);
            if (n == 0) return false;
            int after = WordAfter(tokens, i, n);
            return after >= 0 && !tokens[after].Has(WordTag.Preposition);
        }

        /// <summary>True when the word right before <paramref name="start"/> is a negator ("not hard to see how", "not too early to say").</summary>
        private static bool NegatorRightBefore(IReadOnlyList<Token> tokens, int start) =>
            start > 0 && tokens[start - 1].IsWord && tokens[start - 1].Has(WordTag.Negation);

        /// <summary>How many words a verb of changing may stand before the "that" of its held noun ("changed its long-held position that").</summary>
        private const int HeldObjectWords = 4;

        /// <summary>The most words between the "to" of an infinitive of excess and the cue ("to have been a mere accident").</summary>
        private const int ExcessComplementWords = 5;

        /// <summary>The most words between "too" and the "to" of its infinitive ("too long after the alarm was raised to").</summary>
        private const int ExcessDegreeWords = 10;

        /// <summary>
        /// True when the cue at <paramref name="c"/> stands in an infinitive of excess: "too precise to be an accident", "far too
        /// long after the alarm was raised to be called a mistake", "too many dead for it to have been an accident" (excess and
        /// excess-verb in accounts-stance.txt). The infinitive's verb is one of being or naming, and no finite verb, "that",
        /// preposition or mark stands between it and the cue ("too soon to be sure it was an accident", "too far away to be
        /// blamed for the accident" deny nothing); "too" stands before
        /// the "to" in the same clause, with no other "to", "that" or mark between, and a word of degree right after it.
        /// </summary>
        private static bool IsDeniedByExcess(IReadOnlyList<Token> tokens, int c, AccountLexicon lexicon)
        {
            // back from the cue to the "to" of its infinitive, whose verb is the word right after it
            int to = -1;
            for (int i = c - 1, words = 0; i >= 0 && words <= ExcessComplementWords; i--)
            {
                var t = tokens[i];
                if (!t.IsWord) return false;
                words++;
                if (t.Has(WordGroup.InfinitiveMarker)) { to = i; break; }
                // the cue is the infinitive's complement, not in a phrase of its own ("too far away to be blamed for the accident")
                if (t.Has(WordGroup.Complementizer) || t.Has(WordTag.Preposition) || t.Has(WordTag.Finite) && !lexicon.ExcessVerbs.Contains(t.Lower)) return false;
            }
            if (to < 1 || to + 1 >= c || !lexicon.ExcessVerbs.Contains(tokens[to + 1].Lower)) return false;
            // back from "to" to "too" and its word of degree ("too precise", "far too long after …")
            for (int i = to - 1, words = 0; i >= 0 && words < ExcessDegreeWords; i--)
            {
                var t = tokens[i];
                if (!t.IsWord) { if (IsStraightQuoteMark(t)) continue; return false; }
                words++;
                if (lexicon.ExcessWords.Contains(t.Lower)) return words > 1 && tokens[i + 1].IsWord;
                if (t.Has(WordGroup.InfinitiveMarker) || t.Has(WordGroup.Complementizer) || t.Has(WordClass.Contrast)) return false;
            }
            return false;
        }

        /// <summary>
        /// When the word at <paramref name="i"/> is an "or" (words.txt 'alternative', not itself a negator: not "nor") followed
        /// at once by an infinitive's "to" ("…, or to deliberately provide …"), the index of the "to" of the infinitive it is
        /// coordinated with, at most <see cref="CoordinatedInfinitiveWords"/> words back in the same sentence ("effort to
        /// target …"); else -1.
        /// </summary>
        private static int CoordinatedInfinitiveStart(IReadOnlyList<Token> tokens, int i)
        {
            var t = tokens[i];
            if (!t.Has(WordClass.Alternative) || t.Has(WordTag.Negation) || i + 1 >= tokens.Count || !tokens[i + 1].Has(WordGroup.InfinitiveMarker)) return -1;
            for (int j = i - 1, words = 0; j >= 0 && words < CoordinatedInfinitiveWords; j--)
            {
                var w = tokens[j];
                if (!w.IsWord)
                {
                    // (not at a dash: "no effort to target the posts -- the ones on the ridge -- or to provide …" is one run)
                    if (EndsClause(w.Text) || IsBracket(w.Text)) return -1;
                    continue;
                }
                words++;
                if (w.Has(WordGroup.InfinitiveMarker) && j + 1 < tokens.Count && tokens[j + 1].IsWord && !tokens[j + 1].Has(WordTag.Determiner)) return j;
            }
            return -1;
        }

        /// <summary>
        /// True when the word at <paramref name="i"/> is an "and" (words.txt 'additive') followed at once by a finite verb of
        /// its own, an auxiliary or a modal ("and has rejected", "and would not"; not "be" or "been", which a shared auxiliary
        /// governs): the words after it are a predicate of their own, coordinated with the one before.
        /// </summary>
        private static bool OpensPredicate(IReadOnlyList<Token> tokens, int i)
        {
            if (!tokens[i].Has(WordGroup.Additive) || i + 1 >= tokens.Count) return false;
            var next = tokens[i + 1];
            return next.IsWord && next.Has(WordTag.Finite) && !(next.Has(WordClass.Be) && !next.Has(WordClass.FiniteBe));
        }

        /// <summary>
        /// True when the word at <paramref name="i"/> is an "and" (words.txt 'additive') followed by a subject pronoun and a finite
        /// verb ("and we do not accept", "and they have rejected"): a clause with its own subject, coordinated with the one before.
        /// </summary>
        private static bool OpensCoordinatedClause(IReadOnlyList<Token> tokens, int i) =>
            tokens[i].Has(WordGroup.Additive) && i + 2 < tokens.Count && tokens[i + 1].IsWord && tokens[i + 1].Has(WordClass.SubjectPronoun) &&
            tokens[i + 2].IsWord && tokens[i + 2].Has(WordTag.Finite);

        /// <summary>
        /// True when the word at <paramref name="i"/> is an "and" (words.txt 'additive') followed by a past verb (in -ed, or
        /// 'irregular-past'), after at most one adverb in -ly (<see cref="Lexicon.IsAdverb"/>), whose object opens at once with a determiner ('phrase-determiner':
        /// "and rejected its findings", "and flatly dismissed the report"): a predicate of its own with a finite verb, as
        /// <see cref="OpensPredicate"/> reads one after an auxiliary. The determiner keeps an adjective out ("no planned and
        /// targeted attack", whose word after the -ed form is a noun).
        /// </summary>
        private static bool OpensPastPredicate(IReadOnlyList<Token> tokens, int i)
        {
            if (!tokens[i].Has(WordGroup.Additive)) return false;
            int v = i + 1;
            if (v + 1 < tokens.Count && IncidentTools.Attribution.CueLexicon.IsLyAdverb(tokens[v])) v++;
            if (v + 1 >= tokens.Count) return false;
            var verb = tokens[v];
            if (!(IncidentTools.Attribution.CueLexicon.IsEdForm(verb) || verb.IsLowerWord && verb.Has(WordGroup.IrregularPast))) return false;
            var next = tokens[v + 1];
            return next.IsLowerWord && next.Has(WordClass.PhraseDeterminer);
        }

        /// <summary>
        /// True when the negator at <paramref name="i"/> opens a warning's words (accounts-stance.txt 'warning': "no such") that
        /// end right before the cue at <paramref name="c"/>, and a modal of the future ('future') follows the cue at once: "no
        /// such act of aggression will go unanswered" warns of acts to come and calls the one that was one of aggression ("there
        /// was no such attack" is still denied).
        /// </summary>
        private static bool IsWarning(IReadOnlyList<Token> tokens, int i, int c, int cueEnd, AccountLexicon lexicon)
        {
            if (cueEnd < 0) return false;
            foreach (var phrase in lexicon.Warnings)
            {
                if (i + phrase.Length != c || !Starts(tokens, i, phrase)) continue;
                int k = IndexAt(tokens, cueEnd);
                return k >= 0 && tokens[k].IsWord && lexicon.FutureModals.Contains(tokens[k].Lower);
            }
            return false;
        }

        /// <summary>
        /// "that the attack, which lasted for hours, was an accident", "whether the strike, in his view, was deliberate": the
        /// comma at <paramref name="comma"/> closes an aside set off inside the clause's subject when a finite "be" follows it
        /// at once (the subject's own verb, with no subject of its own); the index of the comma that opens the aside, at most
        /// <see cref="AsideWords"/> words back in the same sentence after a word of the subject, or -1. The words before the
        /// aside are still the clause the cue stands in; the aside's own words ("which did not last long") are passed over.
        /// </summary>
        private static int AsideOpening(IReadOnlyList<Token> tokens, int comma)
        {
            if (PairAsideOpening(tokens, comma) is var pair && pair >= 0) return pair;
            if (comma + 1 >= tokens.Count || !tokens[comma + 1].IsWord || !tokens[comma + 1].Has(WordClass.FiniteBe)) return -1;
            for (int j = comma - 1, words = 0; j > 0 && words <= AsideWords; j--)
            {
                var t = tokens[j];
                if (t.IsWord) { words++; continue; }
                if (t.Text == ",") return words > 0 && tokens[j - 1].IsWord ? j : -1;
                if (!IsStraightQuoteMark(t)) return -1;
            }
            return -1;
        }

        /// <summary>
        /// "Nobody in his brigade, he said, had ever accepted that …", "No one, the minister added, believed it was …": the comma
        /// at <paramref name="comma"/> closes an aside of a speaker and a reporting verb set off between a clause's subject and its
        /// finite verb (a finite word follows the comma at once, a reporting verb stands right before it); the index of the comma
        /// that opens the aside, at most <see cref="AsideWords"/> words back after a word of the subject, or -1. The subject before
        /// the aside, and a negator in it, is still the clause's. Not after "and" or "but": "…, the official said, and the attack
        /// was an accident" opens a clause of its own.
        /// </summary>
        private static int SpeakingAsideOpening(IReadOnlyList<Token> tokens, int comma, AccountLexicon lexicon)
        {
            if (comma < 2 || comma + 1 >= tokens.Count || !tokens[comma + 1].IsWord || !tokens[comma + 1].Has(WordTag.Finite)) return -1;
            if (!tokens[comma - 1].IsWord || lexicon.ReportingVerb(tokens[comma - 1].Lower) == null) return -1;
            for (int j = comma - 2, words = 1; j > 0 && words <= AsideWords; j--)
            {
                var t = tokens[j];
                if (t.IsWord) { words++; continue; }
                if (t.Text == ",") return words > 1 && tokens[j - 1].IsWord ? j : -1;
                return -1;
            }
            return -1;
        }

        /// <summary>
        /// "There is no official, civilian or military, who wanted to harm …": the comma at <paramref name="comma"/> closes an aside
        /// of two lower-case words joined by "or" or "and" set off after a noun, when a relative pronoun follows it at once (the
        /// relative clause that holds the cue is the noun's, and a negator before the noun governs it); the index of the comma
        /// that opens the aside, or -1.
        /// </summary>
        private static int PairAsideOpening(IReadOnlyList<Token> tokens, int comma)
        {
            if (comma < 5 || comma + 1 >= tokens.Count || !tokens[comma + 1].IsWord || !Lexicon.Is(tokens[comma + 1].Lower, WordClass.RelativePronoun)) return -1;
            var (second, coordinator, first, opening) = (tokens[comma - 1], tokens[comma - 2], tokens[comma - 3], tokens[comma - 4]);
            return second.IsLowerWord && first.IsLowerWord && coordinator.IsLowerWord && Lexicon.Is(coordinator.Text, WordClass.ListCoordinator) &&
                   opening.Text == "," && tokens[comma - 5].IsWord ? comma - 4 : -1;
        }

        /// <summary>
        /// "its troops had fired on nobody", "the post shot at no one": the act's target, after the cue's own target preposition
        /// or one right after the cue, is a pronoun of nobody or nothing (nil-object in accounts-stance.txt), so the act is
        /// denied. Only a target: "the inquiry found no one at fault" still reports what the inquiry found.
        /// </summary>
        private static bool HasNilObject(IReadOnlyList<Token> tokens, int cueEnd, AccountLexicon lexicon)
        {
            int k = IndexAt(tokens, cueEnd);
            if (k < 1 || !tokens[k].IsWord) return false;
            if (!(tokens[k - 1].IsWord && lexicon.TargetPrepositions.Contains(tokens[k - 1].Lower)))
            {
                if (!lexicon.TargetPrepositions.Contains(tokens[k].Lower)) return false;
                k++;
            }
            return k < tokens.Count && tokens[k].IsWord && StartsPhrase(tokens, k, lexicon.NilObjects);
        }

        /// <summary>
        /// "An accident does not last all night", "A mistake never happens three times": the cue as the indefinite subject
        /// that opens a sentence, whose verb is negated. Such a sentence says what a mistake is not, of mistakes in general,
        /// and so that the act it speaks of was none. ("The mistake did not end there", definite, still says there was one;
        /// "said a mistake does not excuse it", in the middle of a sentence, is left as it is.)
        /// </summary>
        private static bool IsGenericSubjectDenied(IReadOnlyList<Token> tokens, int c, int cueEnd)
        {
            if (c < 1 || !tokens[c - 1].IsWord || !tokens[c - 1].Has(WordClass.IndefiniteArticle)) return false;
            if (c >= 2 && (tokens[c - 2].IsWord || !(EndsSentence(tokens[c - 2].Text) || IsQuoteMark(tokens[c - 2])))) return false;
            int k = IndexAt(tokens, cueEnd);
            if (k < 0 || !tokens[k].IsWord) return false;
            return IsNegatedVerbAt(tokens, k);
        }

        /// <summary>
        /// "the word accident does not come to mind", "the term 'mistake' does not describe what happened": the cue is named as a
        /// word, after "the" and a naming noun (naming-noun in accounts-stance.txt), quoted or not, and the verb right after it
        /// is negated ("does not", "never"). Such a sentence refuses the word for the act, and so denies what it names.
        /// ("the word accident was used" is left as it is.)
        /// </summary>
        private static bool IsNamedWordDenied(IReadOnlyList<Token> tokens, int c, int cueEnd, AccountLexicon lexicon)
        {
            if (IsQuotedWordDenied(tokens, c, cueEnd, lexicon)) return true;
            int p = c - 1;
            if (p >= 0 && !tokens[p].IsWord && IsQuoteMark(tokens[p])) p--;
            if (p < 1 || !tokens[p].IsWord || !lexicon.NamingNouns.Contains(tokens[p].Lower)) return false;
            if (!tokens[p - 1].IsWord || !tokens[p - 1].Has(WordGroup.DefiniteArticle)) return false;
            int k = IndexAt(tokens, cueEnd);
            if (k >= 0 && !tokens[k].IsWord && IsQuoteMark(tokens[k])) k++;
            if (k < 0 || k >= tokens.Count || !tokens[k].IsWord) return false;
            return IsNegatedVerbAt(tokens, k);
        }

        /// <summary>The most words between the negator and the naming noun of a word denied ("is not the first word", "is not a word").</summary>
        private const int NamedWordComplementWords = 3;

        /// <summary>
        /// "then 'accident' is not the first word that comes to mind", "'mistake' is not the term I would use": the cue alone in
        /// quotation marks, named as a word, is the subject of a negated "be" whose complement, within
        /// <see cref="NamedWordComplementWords"/> words, is a naming noun (naming-noun in accounts-stance.txt). The word is refused
        /// for the act, as in "the word accident does not come to mind". ("'Accident' is the word they used" is left as it is.)
        /// </summary>
        private static bool IsQuotedWordDenied(IReadOnlyList<Token> tokens, int c, int cueEnd, AccountLexicon lexicon)
        {
            if (c < 1 || !IsQuoteMark(tokens[c - 1])) return false;
            int k = IndexAt(tokens, cueEnd);
            if (k < 0 || k + 2 >= tokens.Count || !IsQuoteMark(tokens[k])) return false;
            k++;
            if (!tokens[k].IsWord || !tokens[k].Has(WordClass.FiniteBe) || !tokens[k + 1].IsWord || !tokens[k + 1].Has(WordTag.Negation)) return false;
            for (int j = k + 2; j < tokens.Count && j <= k + 1 + NamedWordComplementWords; j++)
            {
                if (!tokens[j].IsWord) return false;
                if (lexicon.NamingNouns.Contains(tokens[j].Lower)) return true;
            }
            return false;
        }

        /// <summary>
        /// The verb at <paramref name="k"/>, right after a cue that is its subject, is negated: a negator there ("never lasts"), or a
        /// finite verb and a negator right after it ("does not come"). (<see cref="IsGenericSubjectDenied"/>, <see cref="IsNamedWordDenied"/>.)
        /// </summary>
        private static bool IsNegatedVerbAt(IReadOnlyList<Token> tokens, int k) =>
            tokens[k].Has(WordTag.Negation) ||
            tokens[k].Has(WordTag.Finite) && k + 1 < tokens.Count && tokens[k + 1].IsWord && tokens[k + 1].Has(WordTag.Negation);

        /// <summary>A quotation mark standing alone, straight or curly, double or single.</summary>
        private static bool IsQuoteMark(Token t) => t.Text.Length == 1 && t.Text[0] is '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019';

        /// <summary>
        /// True when the cue stands in a clause that is asked, supposed or left open, not asserted: after
        /// "whether" or "if" in the same clause ("would not say whether the shelling was deliberate",
        /// "if the strike was deliberate, …"; open in accounts-stance.txt), or after a wh-word right after a verb of asking
        /// ("asked why the inquiry had not called it deliberate"; asked and asking there). Such a cue takes no position.
        /// </summary>
        public static bool IsOpen(IReadOnlyList<Token> tokens, int cueStart, AccountLexicon lexicon)
        {
            int c = IndexAt(tokens, cueStart);
            if (c < 0) return false;
            if (IsSupposedAct(tokens, c, lexicon)) return true;
            if (IsInDirectQuestion(tokens, c, lexicon)) return true;
            if (IsBothWays(tokens, c, lexicon)) return true;
            if (IsInCondition(tokens, c, lexicon)) return true;
            // (a question reported as a doubt, "questioned how it could be called an accident", denies the cue: IsNegated)
            if (IsRhetoricalQuestion(tokens, c, lexicon)) return false;
            for (int i = c - 1, words = 0; i >= 0 && words < 12; i--)
            {
                var t = tokens[i];
                if (!t.IsWord)
                {
                    if (t.Text == "," && AsideOpening(tokens, i) is var opening and >= 0) { i = opening; continue; }
                    if (t.Text == "," || EndsScope(t.Text)) break;
                    continue;
                }
                words++;
                if (lexicon.OpenWords.Contains(t.Lower)) return true;
                // "it was too early to say that the strike had been a mistake": a judgement held back as not yet due
                if (IsWithheldJudgement(tokens, i, lexicon)) return true;
                // "Ruritania has not formally called the shelling deliberate": a name not yet given, no word that it was not
                if (IsReticentNaming(tokens, i, lexicon)) return true;
                // "I am not going to speculate about intent", "declined to speculate on the motive": a refusal to speculate
                if (lexicon.SpeculatingVerbs.Contains(t.Lower) && IsRefusedSpeculation(tokens, i, lexicon)) return true;
                // "so that the findings are credible", "in order that …": a purpose, what is aimed for, not what is held
                if (t.Has(WordGroup.Complementizer) && PreviousWord(tokens, i) is { } purpose && lexicon.PurposeWords.Contains(purpose)) return true;
                // "asked why the inquiry had not called it deliberate", "wondered who fired first": a question asked
                if (lexicon.AskedWords.Contains(t.Lower) && PreviousWord(tokens, i) is { } asking && lexicon.AskingVerbs.Contains(asking)) return true;
                // "was not suggesting that every officer had set out to kill, but that …": a disclaimer, the report itself negated and
                // a "but that" after the cue giving what is said instead; the disclaimed clause is no position either way
                if (IsDisclaimedReport(tokens, i, c, lexicon)) return true;
                if (lexicon.ScopeEnds.Contains(t.Lower) || t.Has(WordClass.Contrast) && t.Has(WordClass.Coordinator)) break;
            }
            return false;
        }

        /// <summary>
        /// True when the word at <paramref name="i"/> is a reporting verb (reporting-verbs.txt) right after a negator ("was not
        /// suggesting", "is not saying", "did not say") and, after the cue at <paramref name="c"/> in the same sentence, a comma and
        /// "but that" open a second clause of the same verb: "the embassy was not suggesting that every officer had set out to
        /// kill anyone, but that it could not rule out …". The speaker disclaims the first clause and states the second; the first
        /// is no position of theirs either way. (A report negated with no "but that" after it is left to the negation.)
        /// </summary>
        private static bool IsDisclaimedReport(IReadOnlyList<Token> tokens, int i, int c, AccountLexicon lexicon)
        {
            if (!NegatorRightBefore(tokens, i) || lexicon.ReportingVerb(tokens[i].Lower) == null) return false;
            for (int j = c + 1; j + 2 < tokens.Count; j++)
            {
                if (tokens[j].IsWord) continue;
                if (EndsSentence(tokens[j].Text)) return false;
                if (tokens[j].Text == "," && tokens[j + 1].IsWord && tokens[j + 1].Has(WordClass.Contrast) && tokens[j + 1].Has(WordClass.Coordinator) &&
                    tokens[j + 2].IsWord && tokens[j + 2].Has(WordGroup.Complementizer)) return true;
            }
            return false;
        }

        /// <summary>How many words may stand between a refused cue and the conjunction of another's word as its ground ("an
        /// accident at all just because": three).</summary>
        private const int AuthorityReasonReach = 3;

        /// <summary>At most this many words name the one whose word is the ground ("because the American military command says so": four).</summary>
        private const int AuthoritySubjectWords = 5;

        /// <summary>
        /// True when, right after the cue that ends at <paramref name="cueEnd"/> (within <see cref="AuthorityReasonReach"/> words, no
        /// mark or finite verb between), a conjunction of reason (authority in accounts-stance.txt: "because") gives another's word
        /// as the ground: a subject of one to <see cref="AuthoritySubjectWords"/> words, a verb of saying (reporting-verbs.txt) and
        /// a word that points back at the clause (authority-echo: "so", "it", "that"), at most one finite verb after it and then
        /// the clause's end: "will not accept that it was an accident because Washington says so", "won't believe it was a
        /// mistake just because the Americans say it was". Read for a cue denied by the words before it: the speaker refuses the
        /// other's authority, not the clause, so no position either way. ("… because the posts were clearly marked" gives a
        /// ground of the speaker's own and leaves the denial standing.)
        /// </summary>
        public static bool IsRefusedOnAuthority(IReadOnlyList<Token> tokens, int cueEnd, AccountLexicon lexicon)
        {
            int j = 0;
            while (j < tokens.Count && tokens[j].Start < cueEnd) j++;
            for (int words = 0; j < tokens.Count; j++)
            {
                var t = tokens[j];
                if (!t.IsWord || t.Has(WordTag.Finite)) return false;
                if (t.IsLowerWord && lexicon.AuthorityReasons.Contains(t.Lower)) break;
                if (++words > AuthorityReasonReach) return false;
            }
            if (j >= tokens.Count) return false;
            int v = j + 1;
            while (v < tokens.Count && v - j <= AuthoritySubjectWords + 1 && tokens[v].IsWord && !tokens[v].Has(WordTag.Finite) && lexicon.ReportingVerb(tokens[v].Lower) == null) v++;
            if (v == j + 1 || v >= tokens.Count || v - j > AuthoritySubjectWords + 1 || !tokens[v].IsWord || lexicon.ReportingVerb(tokens[v].Lower) == null) return false;
            int e = v + 1;
            if (e >= tokens.Count || !tokens[e].IsWord || !tokens[e].IsLowerWord || !lexicon.AuthorityEchoes.Contains(tokens[e].Lower)) return false;
            // ("says so.", "say it was", "said that": the word and at most one finite verb close the clause)
            int end = e + 1;
            if (end < tokens.Count && tokens[end].IsWord && tokens[end].Has(WordTag.Finite)) end++;
            return end >= tokens.Count || !tokens[end].IsWord;
        }

        /// <summary>
        /// "knowingly or unknowingly, twenty-four of our sons are gone", "whether intentionally or not": the cue word joined by
        /// "or" (words.txt alternative) to its own negation, the word with a negative prefix (accounts-negations.txt
        /// negative-prefix) or a flat negator ("not"), on either side. Both ways at once, it holds neither: no position.
        /// ("knowingly and deliberately", "knowingly, not by accident" are left as they are.)
        /// </summary>
        private static bool IsBothWays(IReadOnlyList<Token> tokens, int c, AccountLexicon lexicon)
        {
            var cue = tokens[c];
            if (!cue.IsWord) return false;
            if (c + 2 < tokens.Count && tokens[c + 1].IsWord && tokens[c + 1].Has(WordClass.Alternative) && tokens[c + 2].IsWord &&
                (tokens[c + 2].Has(WordClass.FlatNegator) || IsPrefixedNegation(tokens[c + 2].Lower, cue.Lower, lexicon))) return true;
            return c >= 2 && tokens[c - 1].IsWord && tokens[c - 1].Has(WordClass.Alternative) && tokens[c - 2].IsWord &&
                IsPrefixedNegation(tokens[c - 2].Lower, cue.Lower, lexicon);
        }

        /// <summary>
        /// "If the report says what I expect it to say, that everyone made mistakes, then it is not an answer": the sentence opens
        /// with a subordinator of condition (words.txt conditional) and a word of consequence (accounts-stance.txt consequent)
        /// after a comma follows the cue in the same sentence, so the cue stands in the condition, supposed, not held (however
        /// many commas stand between "if" and the cue). A sentence without such a word is left to the clause's look-back.
        /// </summary>
        private static bool IsInCondition(IReadOnlyList<Token> tokens, int c, AccountLexicon lexicon)
        {
            int opening = SentenceOpening(tokens, c);
            if (opening < 0 || !tokens[opening].Has(WordTag.Conditional)) return false;
            for (int i = c + 1; i + 1 < tokens.Count; i++)
            {
                if (!tokens[i].IsWord) { if (EndsSentence(tokens[i].Text)) return false; continue; }
                if (tokens[i - 1].Is(",") && lexicon.ConsequentWords.Contains(tokens[i].Lower)) return true;
            }
            return false;
        }

        /// <summary>True when <paramref name="word"/> is <paramref name="of"/> with one of the negative prefixes before it ("unknowingly" of "knowingly").</summary>
        private static bool IsPrefixedNegation(string word, string of, AccountLexicon lexicon)
        {
            foreach (var p in lexicon.NegativePrefixes)
                if (word.Length == p.Length + of.Length && word.StartsWith(p, StringComparison.Ordinal) && word.EndsWith(of, StringComparison.Ordinal)) return true;
            return false;
        }

        /// <summary>
        /// True when a phrase that holds back a judgement as not yet due (withholding in accounts-stance.txt: "too early to say",
        /// "premature to conclude") starts at <paramref name="i"/>, with no negator right before it ("it is not too early to say"
        /// makes the judgement): a cue after it in its clause is left open (<see cref="IsOpen"/>).
        /// </summary>
        private static bool IsWithheldJudgement(IReadOnlyList<Token> tokens, int i, AccountLexicon lexicon) =>
            StartsPhrase(tokens, i, lexicon.WithholdingPhrases) && !NegatorRightBefore(tokens, i);

        /// <summary>How many words may stand between the "it" and the "to" of a judging frame ("found it very hard to"): an adverb and an adjective.</summary>
        private const int JudgingFrameWords = 2;

        /// <summary>
        /// "he found it hard to believe that …", "finds it difficult to accept that …": a verb of finding (judging in
        /// accounts-stance.txt) at <paramref name="v"/>, an expletive "it" right after it, one or two words (an adjective, an adverb
        /// before it) and the infinitive's "to": the subject's own view of the matter, not a report of what was found. ("found it
        /// in the report", "found that it was hard" are no such frame.)
        /// </summary>
        internal static bool IsJudgingFrame(IReadOnlyList<Token> tokens, int v, AccountLexicon lexicon)
        {
            if (!tokens[v].IsWord || !lexicon.JudgingVerbs.Contains(tokens[v].Lower) || v + 1 >= tokens.Count || !tokens[v + 1].IsWord || !tokens[v + 1].Has(WordClass.Expletive)) return false;
            for (int j = v + 2; j < tokens.Count && j <= v + 2 + JudgingFrameWords; j++)
            {
                if (!tokens[j].IsWord) return false;
                if (tokens[j].Has(WordGroup.InfinitiveMarker)) return j > v + 2;
            }
            return false;
        }

        /// <summary>
        /// "The wording is tough, and it sets no date. That is deliberate": the cue is the whole predicate of a demonstrative
        /// pronoun that opens its clause, in the present tense (present-be and demonstrative in accounts-stance.txt), and ends
        /// that clause. Such a clause speaks of what is before the reader now, a wording or a choice the sentence before names,
        /// not of the act, which is past: no position. ("That was deliberate", "This is a deliberate act" are left as they are.)
        /// </summary>
        public static bool IsPresentDemonstrativePredicate(IReadOnlyList<Token> tokens, int cueStart, int cueEnd, AccountLexicon lexicon)
        {
            int c = IndexAt(tokens, cueStart);
            if (c < 2 || IndexAt(tokens, cueEnd) is var k && k >= 0 && tokens[k].IsWord) return false;
            var be = tokens[c - 1];
            var demonstrative = tokens[c - 2];
            if (!be.IsWord || !lexicon.PresentBe.Contains(be.Lower) || !demonstrative.IsWord || !lexicon.Demonstratives.Contains(demonstrative.Lower)) return false;
            return c == 2 || !tokens[c - 3].IsWord;
        }

        /// <summary>How many words before a verb of speculating its negator or verb of declining stands ("not going to speculate").</summary>
        private const int SpeculationRefusalWords = 3;

        /// <summary>
        /// True when a negator ("would not speculate", "am not going to speculate", "refused to speculate") or a verb of declining
        /// ("declined to speculate"; declining in accounts-stance.txt) stands at most <see cref="SpeculationRefusalWords"/> words
        /// before the verb of speculating at <paramref name="v"/>, in the same clause: the speaker will not say, so a cue after
        /// it is left open. (A speculation made, "he speculated that the strike was deliberate", is said.)
        /// </summary>
        private static bool IsRefusedSpeculation(IReadOnlyList<Token> tokens, int v, AccountLexicon lexicon)
        {
            for (int j = v - 1, words = 0; j >= 0 && words < SpeculationRefusalWords; j--)
            {
                var w = tokens[j];
                if (!w.IsWord) return false;
                words++;
                if (w.Has(WordTag.Negation) || lexicon.DecliningVerbs.Contains(w.Lower) || StartsPhrase(tokens, j, lexicon.Negators) && !StartsPhrase(tokens, j, lexicon.NotNegators)) return true;
            }
            return false;
        }

        /// <summary>
        /// True when the negator at <paramref name="i"/> is a noun of absence before its "of" (noun-negator in accounts-stance.txt:
        /// "absence of", "lack of") and, between its phrase and the cue at <paramref name="c"/>, a finite verb stands of which
        /// that phrase is the subject: a finite auxiliary ("the lack of an agreement was a sign of distrust") or a verb in -ed
        /// right after a word that is no determiner, preposition or adverb, the end of the noun phrase ("the absence of a deal
        /// reflected mistrust"; not "the absence of coordinated patrols", "the lack of any agreed procedure"). The noun then
        /// denies its own phrase only, not the cue in the verb's object.
        /// </summary>
        private static bool IsSubjectNounNegator(IReadOnlyList<Token> tokens, int i, int c, AccountLexicon lexicon)
        {
            if (!lexicon.NounNegators.Contains(tokens[i].Lower) || i + 1 >= c || !tokens[i + 1].IsWord || !tokens[i + 1].Has(WordTag.Preposition)) return false;
            for (int j = i + 2; j < c; j++)
            {
                var w = tokens[j];
                if (!w.IsWord) return false;
                if (w.Has(WordTag.Finite)) return true;
                var before = tokens[j - 1];
                if (j > i + 2 && w.Lower.EndsWith("ed", StringComparison.Ordinal) && !before.Has(WordTag.Determiner) && !before.Has(WordTag.Preposition) &&
                    !before.Lower.EndsWith("ly", StringComparison.Ordinal)) return true;
            }
            return false;
        }

        /// <summary>
        /// Where a sentence's main clause opens when the sentence at <paramref name="opening"/> opens with a subordinator
        /// (words.txt subordinator: "When the coordinates were with them, how can …", "If they knew, why did they …"): the first
        /// word after the first comma before <paramref name="c"/>; else <paramref name="opening"/> itself.
        /// </summary>
        private static int AfterFrontedClause(IReadOnlyList<Token> tokens, int opening, int c)
        {
            if (!tokens[opening].IsWord || !tokens[opening].Has(WordTag.Subordinator)) return opening;
            for (int i = opening + 1; i + 1 < c; i++)
                if (tokens[i].Is(",")) return tokens[i + 1].IsWord ? i + 1 : opening;
            return opening;
        }

        /// <summary>
        /// The first word of the sentence that holds the cue at <paramref name="c"/>, or of the words after its colon (not at a
        /// semicolon); -1 when no word stands before the cue in it.
        /// </summary>
        internal static int SentenceOpening(IReadOnlyList<Token> tokens, int c)
        {
            int opening = -1;
            for (int i = c - 1; i >= 0; i--)
            {
                var t = tokens[i];
                if (!t.IsWord) { if (EndsSentence(t.Text) || t.Text == ":") break; continue; }
                opening = i;
            }
            return opening;
        }

        /// <summary>
        /// "What kind of mistake lasts two hours?", "How can anyone call it an accident?", "Did our soldiers fire first?": the
        /// cue stands in a sentence that ends in a question mark, with no quotation mark between it and the mark (so not a
        /// statement followed by a question quoted after it: "called it deliberate, asking "who will pay?""). A question, rhetorical
        /// or asked, asserts nothing of its cue: what it implies is the opposite as often as not, so it takes no position. (A
        /// side's claim the question names, "Is the American account that its troops were fired upon consistent with …?", is
        /// that side's as it is put, not asked: a cue in the that-clause of a claim noun stays.)
        /// </summary>
        private static bool IsInDirectQuestion(IReadOnlyList<Token> tokens, int c, AccountLexicon lexicon)
        {
            bool asked = false;
            for (int i = c + 1; i < tokens.Count && !asked; i++)
            {
                var t = tokens[i];
                if (t.IsWord) continue;
                if (t.Text == "?") asked = true;
                else if (EndsSentence(t.Text) || IsQuoteMark(t)) return false;
            }
            if (!asked) return false;
            int opening = SentenceOpening(tokens, c);
            if (opening < 0) return false;
            for (int i = opening; i < c; i++)
                if (tokens[i].IsWord && tokens[i].Has(WordGroup.Complementizer) && ClaimNounBefore(tokens, i, true, lexicon) is not null) return false;
            // "When the coordinates were with them, how can anybody believe that this was a mistake?": a fronted clause of time or
            // condition before the question's comma; the question opens after that comma
            opening = AfterFrontedClause(tokens, opening, c);
            // a question by its form: it opens with a question word or an auxiliary before its subject ("What kind of …", "How
            // can …", "Do the officers believe …"); not a statement said as a question ("The report admits mistakes, though?",
            // "So when they say they were fired upon, I ask, by whom?"), whose words are put as a side's
            var first = tokens[opening];
            if (!lexicon.AskedWords.Contains(first.Lower) && !first.Has(WordTag.Finite)) return false;
            // nor a question about a clause it takes as given: "Has the army told you why it will not accept the findings?"
            for (int i = opening + 1; i < c; i++)
                if (tokens[i].IsWord && lexicon.AskedWords.Contains(tokens[i].Lower)) return false;
            return true;
        }

        /// <summary>The words after an -ing cue that opens its clause within which a modal of supposing is looked for.</summary>
        private const int SupposedSubjectWords = 10;

        /// <summary>
        /// "For the army, accepting the report would mean accepting blame", "Admitting a mistake could cost him the election": the
        /// cue is a form in -ing that opens its clause (the sentence's start, after a comma, colon or quotation mark, or "that") as its
        /// subject, and the clause goes on to a modal of supposing (supposing in accounts-stance.txt) before any punctuation: the
        /// act is supposed, what it would lead to, not held by the speaker. ("Accepting the report was the right thing" and
        /// "accepting the report, he said …" are left as they are.)
        /// </summary>
        private static bool IsSupposedAct(IReadOnlyList<Token> tokens, int c, AccountLexicon lexicon)
        {
            if (!tokens[c].IsWord || !IncidentTools.Attribution.CueLexicon.EndsInIng(tokens[c].Lower)) return false;
            if (c > 0 && !(tokens[c - 1].IsWord ? tokens[c - 1].Has(WordGroup.Complementizer) : EndsClause(tokens[c - 1].Text) || tokens[c - 1].Text == "," || IsQuoteMark(tokens[c - 1]))) return false;
            for (int i = c + 1, words = 0; i < tokens.Count && words < SupposedSubjectWords; i++)
            {
                if (!tokens[i].IsWord) { if (IsQuoteMark(tokens[i])) continue; return false; }
                words++;
                if (lexicon.SupposingModals.Contains(tokens[i].Lower)) return true;
            }
            return false;
        }

        /// <summary>
        /// "the claim that [cue] … was false", "rejected suggestions that [cue]", "dismissed any notion of
        /// [cue]": a claim noun and "that" (or "of") before the cue, and a falsity word after it in the clause
        /// or a rejecting verb before the noun. Two that-clauses of one noun joined by ", and that" share them: "the suggestion
        /// that [cue], and that [another], is not accepted" denies both, the second clause passed over to its closing comma.
        /// </summary>
        private static bool IsClaimCalledFalse(IReadOnlyList<Token> tokens, int c, int cueEnd, AccountLexicon lexicon)
        {
            bool claim = false, setOff = false, coordinated = false;
            for (int i = c - 1, words = 0; i >= 1 && words < 15; i--)
            {
                var t = tokens[i];
                if (!t.IsWord)
                {
                    // the clause, and so the sentence: "disputed the finding that … . It said its soldiers had not fired"
                    if (t.Text == "," || EndsClause(t.Text) || IsBracket(t.Text)) break;
                    continue;
                }
                words++;
                // "rejects the idea that the fault lay with its officer and says [cue]": the report after "and" is the source's own
                if (OpensCoordinatedReport(tokens, i, lexicon)) break;
                // "did not take part in the inquiry and we do not accept its findings": an "and" before a subject pronoun and its
                // finite verb opens a clause of its own, which a negator before it does not reach
                if (OpensCoordinatedClause(tokens, i)) break;
                // "the suggestion that [one clause], and that [cue], is not accepted": a that-clause coordinated by ", and" with one
                // before it is the same noun's; its closing comma is the one before the predicate that denies both
                if (t.Has(WordGroup.Complementizer) && CoordinatedClauseComma(tokens, i) is var comma && comma >= 0) { i = comma; coordinated = true; continue; }
                if ((t.Has(WordGroup.Complementizer) || t.Has(WordGroup.OfComplement)) && ClaimNounBefore(tokens, i, t.Has(WordGroup.Complementizer), lexicon) is { } noun)
                {
                    // "the report's central assertion, that [cue] …, was not borne out": the claim's clause set off by commas, whose
                    // closing comma the predicate that denies it follows
                    // ("its conclusions, including that [cue], were not acceptable": the clause brought in by the inclusion is set off too)
                    setOff = tokens[i - 1].Text == "," || IsInclusionAfterComma(tokens, i - 1, lexicon);
                    i = noun + 1;
                    // "rejected (the U.S.) suggestions that …", "denied reports that …"
                    for (int j = i - 2, before = 0; j >= 0 && before < 4; j--)
                    {
                        // (a judgement quoted between: "dismissed as "baseless" reports suggesting that …")
                        if (!tokens[j].IsWord) { if (IsStraightQuoteMark(tokens[j])) continue; break; }
                        before++;
                        // ("has not changed its conclusion that …": the noun is the object of a verb of changing, whose negator leaves it standing)
                        if (lexicon.Changing.Contains(tokens[j].Lower)) break;
                        if (lexicon.Rejecting.Contains(tokens[j].Lower) || tokens[j].Has(WordClass.FlatNegator) || IsRefusal(tokens, j, lexicon)) return true;
                    }
                    claim = true;
                    setOff |= coordinated;
                    break;
                }
            }
            if (!claim) return false;
            int k = IndexAt(tokens, cueEnd);
            for (int i = k < 0 ? tokens.Count : k, words = 0; i < tokens.Count && words < 12; i++)
            {
                var t = tokens[i];
                if (!t.IsWord)
                {
                    // "the suggestion that [cue], and that [another clause], is not accepted": the same noun's second clause, passed
                    // over to its closing comma (a falsity word inside it is that clause's own), and the predicate read after it
                    if (t.Text == "," && i + 2 < tokens.Count && CoordinatedClauseComma(tokens, i + 2) == i)
                    {
                        int closing = ClosingComma(tokens, i + 3);
                        if (closing < 0) break;
                        i = closing;
                        words = 0;
                        continue;
                    }
                    // the clause: a falsity word in the next sentence speaks of something else ("… was deliberate. Reports of an
                    // accident were false")
                    if (t.Text == "," && setOff) { setOff = false; continue; }
                    // "Its conclusion that [cue], he said, had been rejected by …": the speaker's aside between the claim and the
                    // predicate that denies it is passed over
                    if (t.Text == "," && ClosingComma(tokens, i + 1) is var close && close > i + 1 && SpeakingAsideOpening(tokens, close, lexicon) == i)
                    {
                        i = close;
                        continue;
                    }
                    if (t.Text == "," || EndsClause(t.Text) || IsBracket(t.Text)) break;
                    continue;
                }
                words++;
                if (StartsPhrase(tokens, i, lexicon.Falsity) || IsScornfulVerdict(tokens, i, lexicon)) return true;
            }
            return false;
        }

        /// <summary>
        /// True when the word at <paramref name="i"/> is a finite "be" and a scornful verdict follows it, intensifiers and marks
        /// passed ("was "an insult to the martyrs"", "is simply a fabrication"; accounts-negations.txt "scorn:").
        /// </summary>
        internal static bool IsScornfulVerdict(IReadOnlyList<Token> tokens, int i, AccountLexicon lexicon)
        {
            if (!tokens[i].IsWord || !tokens[i].IsLowerWord || !tokens[i].Has(WordClass.FiniteBe)) return false;
            int j = i + 1;
            while (j < tokens.Count && (!tokens[j].IsWord && IsQuoteMark(tokens[j]) || tokens[j].IsWord && tokens[j].Has(WordClass.Intensifier))) j++;
            return j < tokens.Count && StartsPhrase(tokens, j, lexicon.Scorn);
        }

        /// <summary>
        /// When the "that" at <paramref name="that"/> opens a clause coordinated with one before it by a comma and "and" or "or"
        /// (words.txt list-coordinator) right before it ("…, and that …"), the index of that comma; else -1.
        /// </summary>
        private static int CoordinatedClauseComma(IReadOnlyList<Token> tokens, int that) =>
            that >= 2 && tokens[that].IsWord && tokens[that].Has(WordGroup.Complementizer) && tokens[that - 1].IsLowerWord &&
            tokens[that - 1].Has(WordClass.ListCoordinator) && tokens[that - 2].Is(",") ? that - 2 : -1;

        /// <summary>
        /// The index of the first comma from <paramref name="from"/> on before any mark that ends a clause or a bracket (the comma
        /// that closes a clause set off inside the sentence), or -1.
        /// </summary>
        private static int ClosingComma(IReadOnlyList<Token> tokens, int from)
        {
            for (int i = from; i < tokens.Count; i++)
            {
                var t = tokens[i];
                if (t.IsWord) continue;
                if (t.Text == ",") return i;
                if (EndsClause(t.Text) || IsBracket(t.Text)) return -1;
            }
            return -1;
        }

        /// <summary>
        /// True when the word at <paramref name="k"/> is a verb of accepting (accounts-negations.txt "accepting:") with a negator
        /// at most <see cref="RefusalNegatorReach"/> words before it, or a negating phrase that ends right before it: "had never
        /// accepted", "does not accept", "refused to accept". Before another side's claim ("never accepted the Southern claim
        /// that …") the refusal rejects the claim, as "rejected the Southern claim that …" does.
        /// </summary>
        internal static bool IsRefusal(IReadOnlyList<Token> tokens, int k, AccountLexicon lexicon)
        {
            if (!tokens[k].IsWord || !lexicon.Accepting.Contains(tokens[k].Lower)) return false;
            for (int j = k - 1, n = 0; j >= 0 && n < RefusalNegatorReach + 1 && tokens[j].IsWord; j--, n++)
            {
                if (StartsPhrase(tokens, j, lexicon.NotNegators)) return false;
                if (n < RefusalNegatorReach && tokens[j].Has(WordTag.Negation)) return true;
                if (PhraseWords(tokens, j, lexicon.Negators) == k - j) return true;
            }
            return false;
        }

        /// <summary>Words at most between the determiner of a claim noun's phrase and the noun ("the American claim that", "the first U.S. claim that").</summary>
        private const int ClaimModifierWords = 2;

        /// <summary>
        /// True when the word at <paramref name="v"/> is a claim noun (accounts-negations.txt "claim-noun:") before "that" or "of"
        /// that heads a noun phrase, not a verb of the same spelling: right after a determiner or a possessive ("the claim that",
        /// "Washington's claims that"), or, in its form without -s, after a determiner and up to two words none of which is a plural
        /// ("the American claim that"; "the Americans claim that" is their verb, and so may "the American claims that" be).
        /// </summary>
        internal static bool IsClaimNounOfPhrase(IReadOnlyList<Token> tokens, int v, AccountLexicon lexicon)
        {
            var t = tokens[v];
            if (!t.IsWord || !lexicon.ClaimNouns.Contains(t.Lower) || v + 1 >= tokens.Count || !tokens[v + 1].IsWord ||
                !(tokens[v + 1].Has(WordGroup.Complementizer) || tokens[v + 1].Has(WordGroup.OfComplement))) return false;
            for (int k = v - 1, n = 0; k >= 0 && n <= ClaimModifierWords && tokens[k].IsWord; k--, n++)
            {
                var w = tokens[k];
                if (w.IsLowerWord && w.Has(WordClass.PhraseDeterminer) || Attribution.Rules.ReportedSpeech.IsPossessive(w)) return n == 0 || !EndsInS(t.Lower);
                // a word of the phrase between: no verb or negator, no plural
                if (w.Has(WordTag.Finite) || w.Has(WordTag.Negation) || lexicon.ReportingVerb(w.Lower) != null || EndsInS(w.Lower)) return false;
            }
            return false;
        }

        private static bool EndsInS(string word) => word.Length > 1 && word[word.Length - 1] == 's';

        /// <summary>
        /// How many words back from "that" a claim noun may stand, across the phrase that says whose claim it is: "the account
        /// given to foreign newspapers by unnamed officials that" (the noun eighth).
        /// </summary>
        private const int ClaimSourceWords = 8;

        /// <summary>
        /// The same reach when the phrase is set off by commas ("suggestions, circulated by American officials, that"): one word
        /// less, as before the longer reach was read (a set-off source of seven words lost a right reading on own set 59).
        /// </summary>
        private const int SetOffClaimSourceWords = 7;

        /// <summary>
        /// The index of the claim noun right before "that" or "of" ("suggestions that"), or, before "that", up to
        /// <see cref="ClaimSourceWords"/> words back across the phrase that says whose claim it is ("suggestions from Western
        /// officials that", "suggestions, circulated by American officials, that", "the account given to foreign newspapers by
        /// unnamed officials that"); null when there is none.
        /// </summary>
        private static int? ClaimNounBefore(IReadOnlyList<Token> tokens, int at, bool that, AccountLexicon lexicon)
        {
            bool setOff = false;
            for (int j = at - 1, words = 0; j >= 0 && words < (!that ? 1 : setOff ? SetOffClaimSourceWords : ClaimSourceWords); j--)
            {
                var t = tokens[j];
                if (!t.IsWord)
                {
                    if (t.Text == ",") { setOff = true; continue; }
                    if (IsStraightQuoteMark(t)) continue;
                    return null;
                }
                words++;
                if (lexicon.ClaimNouns.Contains(t.Lower) || lexicon.AccountNouns.Contains(t.Lower) || that && words == 1 && lexicon.ThatClaimNouns.Contains(t.Lower)) return j;
                // "its conclusions, including that …": one of the claims the noun before the comma holds (any claim noun)
                if (that && words == 1 && IsInclusionAfterComma(tokens, j, lexicon))
                    return tokens[j - 2] is var n && (lexicon.ClaimNouns.Contains(n.Lower) || lexicon.AccountNouns.Contains(n.Lower) || lexicon.ThatClaimNouns.Contains(n.Lower)) ? j - 2 : null;
                if (words == 1) { if (!that) return null; continue; }
                // the words between must say whose claim: "from", "by", "of", names, "and", a participle ("circulated")
                if (t.Has(WordGroup.Complementizer) || lexicon.ReportingVerb(t.Lower) != null && !t.Lower.EndsWith("ed", StringComparison.Ordinal)) return null;
            }
            return null;
        }

        /// <summary>
        /// True when the word at <paramref name="j"/> is an inclusion word (accounts-stance.txt 'inclusion': "including") right
        /// after a comma and a word: "its conclusions, including that …".
        /// </summary>
        private static bool IsInclusionAfterComma(IReadOnlyList<Token> tokens, int j, AccountLexicon lexicon) =>
            j >= 2 && tokens[j].IsLowerWord && lexicon.InclusionWords.Contains(tokens[j].Lower) && tokens[j - 1].Is(",") && tokens[j - 2].IsWord;

        /// <summary>The index of the first token that starts at or after the offset, or -1 (a binary search).</summary>
        internal static int IndexAt(IReadOnlyList<Token> tokens, int start)
        {
            int lo = 0, hi = tokens.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) / 2;
                if (tokens[mid].Start < start) lo = mid + 1; else hi = mid;
            }
            return lo < tokens.Count ? lo : -1;
        }

        /// <summary>
        /// "“An accident happens once. Not for a whole night,” he said": a sentence of a few words with no finite verb that
        /// opens with "Not" and a preposition right after the cue's sentence denies that what the sentence before says holds
        /// here, so the cue before it takes no position (a cue in the "Not" sentence itself, "Not on purpose", still does).
        /// </summary>
        public static bool IsRestrictedAfter(IReadOnlyList<Token> tokens, int cueEnd)
        {
            int k = IndexAt(tokens, cueEnd);
            if (k < 0) return false;
            for (; k < tokens.Count; k++)
            {
                var t = tokens[k];
                if (t.IsWord) continue;
                if (EndsSentence(t.Text)) break;
                if (EndsClause(t.Text) || IsQuoteMark(t)) return false;
            }
            if (k + 2 >= tokens.Count || !tokens[k + 1].IsCapitalized || !tokens[k + 1].Has(WordTag.Negation) ||
                !tokens[k + 2].IsWord || !tokens[k + 2].Has(WordTag.Preposition)) return false;
            for (int i = k + 3, words = 1; i < tokens.Count; i++)
            {
                var t = tokens[i];
                if (!t.IsWord)
                {
                    if (EndsSentence(t.Text) || IsQuoteMark(t) || t.Text == ",") return true;
                    continue;
                }
                if (t.Has(WordTag.Finite) || ++words > RestrictingWords) return false;
            }
            return true;
        }

        /// <summary>
        /// "That is their story. First it was a mistake, then it was self-defence, then it was …": a sentence that opens with a
        /// word of a first telling (accounts-stance.txt version-first, after "At" or not), then a pronoun and a form of "be", and
        /// goes on, in the same sentence, with a word of a later telling (version-next) before the same pronoun and "be" again,
        /// lists what a thing was called in turn: a story that changed, recounted, so a cue in it takes no position. One telling
        /// alone ("First it was a mistake, and the army said so") is still said.
        /// </summary>
        public static bool IsSuccessionOfVersions(IReadOnlyList<Token> tokens, int cueStart, AccountLexicon lexicon)
        {
            int c = IndexAt(tokens, cueStart);
            if (c < 0) return false;
            int s = c;
            while (s > 0 && (tokens[s - 1].IsWord || !EndsSentence(tokens[s - 1].Text))) s--;
            while (s < c && !tokens[s].IsWord) s++;
            if (s + 1 < c && tokens[s].IsCapitalized && tokens[s].Has(WordTag.Preposition) && lexicon.VersionFirst.Contains(tokens[s + 1].Lower)) s++;
            if (s + 2 >= c || !lexicon.VersionFirst.Contains(tokens[s].Lower) || !IsPronounBe(tokens, s + 1)) return false;
            var pronoun = tokens[s + 1].Lower;
            for (int k = s + 3; k + 2 < tokens.Count; k++)
            {
                var t = tokens[k];
                if (!t.IsWord) { if (EndsSentence(t.Text)) return false; continue; }
                if (t.IsLowerWord && lexicon.VersionNext.Contains(t.Lower) && tokens[k + 1].Lower == pronoun && IsPronounBe(tokens, k + 1)) return true;
            }
            return false;
        }

        /// <summary>A lower-case pronoun at <paramref name="i"/> and a finite form of "be" right after it ("it was", "they were").</summary>
        private static bool IsPronounBe(IReadOnlyList<Token> tokens, int i) =>
            i + 1 < tokens.Count && tokens[i].IsWord && tokens[i].IsLowerWord && tokens[i].Has(WordTag.Pronoun) &&
            tokens[i + 1].IsWord && tokens[i + 1].Has(WordClass.FiniteBe);

        /// <summary>The most words between "to" and the agent preposition after a response cue: "to [repeated cross-border attacks] by".</summary>
        private const int AnsweredAttackWords = 4;

        /// <summary>
        /// "Pakistani forces had only responded to attacks by militants who had crossed …", "responded to fire from insurgents":
        /// right after a cue, "to" and a few words (<see cref="AnsweredAttackWords"/>), or nothing when the cue ends in the fire
        /// answered ("responded to fire"), then "by" or "from" (agent, or "from") and,
        /// "the" or not, an armed group of no state (other-attacker in accounts-stance.txt). The side answered that group, which
        /// says nothing of which of the sides fired first.
        /// </summary>
        public static bool AnswersOtherAttacker(IReadOnlyList<Token> tokens, int cueEnd, AccountLexicon lexicon)
        {
            int k = IndexAt(tokens, cueEnd);
            if (k < 0 || !tokens[k].IsWord) return false;
            // (a cue that ends in the fire answered, "responded to fire", is followed by its "from" at once)
            int reach = AnsweredAttackWords;
            if (!tokens[k].Has(WordGroup.ToPreposition)) { k--; reach = 0; }
            for (int i = k + 1, words = 0; i < tokens.Count && words <= reach; i++)
            {
                var t = tokens[i];
                if (!t.IsWord) return false;
                words++;
                if (!(lexicon.AgentPrepositions.Contains(t.Lower) || t.Has(WordGroup.SourceFrom))) continue;
                int g = i + 1;
                if (g < tokens.Count && tokens[g].IsWord && tokens[g].Has(WordGroup.DefiniteArticle)) g++;
                return g < tokens.Count && tokens[g].IsWord && lexicon.OtherAttackers.Contains(tokens[g].Lower);
            }
            return false;
        }

        /// <summary>The most words after "Not" in a sentence that restricts the one before (<see cref="IsRestrictedAfter"/>): "Not for a whole night".</summary>
        private const int RestrictingWords = 6;

        /// <summary>
        /// "[hitting the post by mistake] was not possible", "… is impossible", "… is simply false": the cue in the
        /// subject of a clause whose predicate denies it (a form of "be", then a falsity word, "not possible",
        /// "impossible", "unlikely" or "improbable", within eight words and before any mark or "and").
        /// </summary>
        private static bool IsCalledImpossible(IReadOnlyList<Token> tokens, int cueEnd, AccountLexicon lexicon)
        {
            int k = IndexAt(tokens, cueEnd);
            for (int i = k < 0 ? tokens.Count : k, words = 0; i < tokens.Count && words < 8; i++)
            {
                var t = tokens[i];
                if (!t.IsWord) { if (t.Text != "\"") break; continue; }
                words++;
                if (t.Has(WordClass.NewClause)) return false;
                if (!t.Has(WordClass.FiniteBe)) continue;
                int j = i + 1;
                while (j < tokens.Count && tokens[j].IsWord && tokens[j].Has(WordClass.Intensifier)) j++;
                if (j >= tokens.Count || !tokens[j].IsWord) return false;
                var w = tokens[j].Lower;
                if (Lexicon.Is(w, WordClass.Impossible)) return true;
                if (tokens[j].Has(WordClass.FlatNegator) && tokens[j].Has(WordTag.Negation) && j + 1 < tokens.Count && tokens[j + 1].IsWord && tokens[j + 1].Has(WordClass.Plausible)) return true;
                return StartsPhrase(tokens, j, lexicon.Falsity);
            }
            return false;
        }

        /// <summary>
        /// True when the cue stands in the clause of a claim that a verb of asking asks about: "members asked about the claim,
        /// reported abroad, that the troops had come under fire from the other side", "asked about reports that …" (topic and
        /// asking in accounts-stance.txt, claim-noun in accounts-negations.txt). The first "that" back in the sentence opens the
        /// claim; the asker puts the claim as a question and asserts none of it, so the cue takes no position.
        /// </summary>
        public static bool IsClaimAskedAbout(IReadOnlyList<Token> tokens, int cueStart, AccountLexicon lexicon)
        {
            int c = IndexAt(tokens, cueStart);
            if (c < 0) return false;
            for (int i = c - 1, words = 0; i >= 1 && words < ClaimAskedAboutReach; i--)
            {
                var t = tokens[i];
                if (!t.IsWord)
                {
                    // the sentence: the claim's own asides ("the claim, reported abroad, that …") are crossed
                    if (EndsClause(t.Text)) break;
                    continue;
                }
                words++;
                if (!t.Has(WordGroup.Complementizer)) continue;
                if (ClaimNounBefore(tokens, i, true, lexicon) is not { } noun) return false;
                // "about" right before the noun's phrase ("about the claim", "about the American reports"), a verb of asking before it
                for (int j = noun - 1, before = 0; j >= 0 && before < ClaimAskedAboutDeterminers; j--)
                {
                    if (!tokens[j].IsWord) return false;
                    before++;
                    if (lexicon.TopicWords.Contains(tokens[j].Lower)) return PreviousWord(tokens, j) is { } asking && lexicon.AskingVerbs.Contains(asking);
                }
                return false;
            }
            return false;
        }

        /// <summary>The words back from a cue that <see cref="IsClaimAskedAbout"/> reads for the claim's "that".</summary>
        private const int ClaimAskedAboutReach = 15;

        /// <summary>The words of the claim noun's phrase before it, "about" the last of them ("about the American claim"), that <see cref="IsClaimAskedAbout"/> reads.</summary>
        private const int ClaimAskedAboutDeterminers = 3;

        /// <summary>
        /// True when the word at <paramref name="i"/> is a reporting verb after "and", a comma or a word of sequence ("… and says
        /// the coalition had the maps", "…, then said …"): it opens a report of its own, which a negator or a rejected claim before
        /// it does not reach ("rejects the idea that the fault lay with its officer and says [cue]").
        /// </summary>
        private static bool OpensCoordinatedReport(IReadOnlyList<Token> tokens, int i, AccountLexicon lexicon)
        {
            if (lexicon.ReportingVerb(tokens[i].Lower) == null) return false;
            var previous = PreviousWord(tokens, i);
            return previous != null && (Lexicon.IsAsWritten(previous, WordGroup.Additive) || previous == "," || Lexicon.IsAsWritten(previous, WordGroup.SequenceAdverb));
        }

        private static string? PreviousWord(IReadOnlyList<Token> tokens, int i)
        {
            for (int j = i - 1; j >= 0; j--)
            {
                if (tokens[j].IsWord) return tokens[j].Lower;
                if (tokens[j].Text == ",") return ",";
                if (!IsStraightQuoteMark(tokens[j])) return null;
            }
            return null;
        }

        /// <summary>The words of the longest of the phrases that starts at <paramref name="i"/>, or 0.</summary>
        private static int PhraseWords(IReadOnlyList<Token> tokens, int i, PhraseList phrases)
        {
            int longest = 0;
            var starting = StartingAt(tokens, i, phrases);
            if (starting == null) return 0;
            foreach (var phrase in starting)
                if (MatchedWords(tokens, i, phrase, 0) is var n && n > longest) longest = n;
            return longest;
        }

        internal static bool StartsPhrase(IReadOnlyList<Token> tokens, int i, PhraseList phrases)
        {
            if (phrases.HasEmpty) return true;
            var starting = StartingAt(tokens, i, phrases);
            if (starting == null) return false;
            foreach (var phrase in starting)
                if (Starts(tokens, i, phrase)) return true;
            return false;
        }

        /// <summary>
        /// The phrases of the list that may start at <paramref name="i"/>: those whose first word is the first word from there on
        /// (marks passed over, as <see cref="Starts"/> reads them); null when none is (or no word follows).
        /// </summary>
        private static string[][]? StartingAt(IReadOnlyList<Token> tokens, int i, PhraseList phrases)
        {
            int j = i;
            while (j < tokens.Count && !tokens[j].IsWord) j++;
            return j < tokens.Count ? phrases.StartingWith(tokens[j].Lower) : null;
        }

        /// <summary>True when the words from <paramref name="i"/> on (marks passed over) are the phrase's.</summary>
        private static bool Starts(IReadOnlyList<Token> tokens, int i, string[] phrase) => MatchedWords(tokens, i, phrase, 0) >= 0;

        /// <summary>
        /// The most words a "*" of a phrase stands for: the phrase of whom between a word and the rest of its phrase, "difficult
        /// for anyone in the country to believe" (for, then up to four words).
        /// </summary>
        private const int GapWords = 4;

        /// <summary>
        /// How many words from <paramref name="j"/> on (marks passed over) match the phrase's words from <paramref name="k"/> on,
        /// or -1: a "*" stands for one to <see cref="GapWords"/> words, with no mark between them but a straight quotation mark
        /// ("difficult for * to believe").
        /// </summary>
        private static int MatchedWords(IReadOnlyList<Token> tokens, int j, string[] phrase, int k)
        {
            int words = 0;
            while (k < phrase.Length && j < tokens.Count)
            {
                if (!tokens[j].IsWord) { j++; continue; }
                if (phrase[k] == "*")
                {
                    for (int gap = 1, at = j; gap <= GapWords && at < tokens.Count; gap++, at++)
                    {
                        while (at < tokens.Count && !tokens[at].IsWord && IsStraightQuoteMark(tokens[at])) at++;
                        if (at >= tokens.Count || !tokens[at].IsWord) break;
                        int rest = MatchedWords(tokens, at + 1, phrase, k + 1);
                        if (rest >= 0) return words + gap + rest;
                    }
                    return -1;
                }
                if (tokens[j].Lower != phrase[k]) break;
                j++;
                k++;
                words++;
            }
            return k == phrase.Length ? words : -1;
        }

        /// <summary>The marks that end a sentence: ".", "?", "!".</summary>
        private static bool EndsSentence(string mark) => mark is "." or "?" or "!";

        /// <summary>The marks that end a clause: those that end a sentence (<see cref="EndsSentence"/>), ";" and ":".</summary>
        private static bool EndsClause(string mark) => EndsSentence(mark) || mark is ";" or ":";

        /// <summary>A round bracket, which opens or closes an aside: "(", ")".</summary>
        private static bool IsBracket(string mark) => mark is "(" or ")";

        /// <summary>A dash that sets off an aside or a clause: "--", "–", "—" (not a hyphen standing alone).</summary>
        private static bool IsDash(string mark) => mark is "--" or "\u2013" or "\u2014";

        /// <summary>
        /// The marks where a negator's scope back from a cue ends (<see cref="IsNegated"/>; <see cref="IsOpen"/> with a comma too):
        /// the end of a clause (<see cref="EndsClause"/>), a bracket (<see cref="IsBracket"/>) or a dash (<see cref="IsDash"/>).
        /// </summary>
        private static bool EndsScope(string mark) => EndsClause(mark) || IsBracket(mark) || IsDash(mark);

        /// <summary>A straight quotation mark standing alone, double or single ("\"", "'"): the text around it is still one clause.</summary>
        private static bool IsStraightQuoteMark(Token t) => t.Text.Length == 1 && (t.Text[0] == '"' || t.Text[0] == '\'');
    }
}
