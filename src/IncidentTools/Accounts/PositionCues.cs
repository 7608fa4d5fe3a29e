using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace IncidentTools.Accounts
{
    /// <summary>One cue of a position, compiled.</summary>
    internal sealed class CompiledCue
    {
        private readonly Func<string> _pattern;
        private Regex? _regex;

        public CompiledCue(QuestionDefinition question, int position, CueDefinition cue, Func<string> pattern, int[] required, PartyDefinition? party, int[]? leading = null)
        {
            Question = question;
            Position = position;
            Cue = cue;
            _pattern = pattern;
            Required = required;
            Party = party;
            Leading = leading;
        }

        public QuestionDefinition Question { get; }
        /// <summary>Index of the position in the question; <see cref="OpenPhrase"/> for a phrase of the question's <c>open:</c>.</summary>
        public int Position { get; }

        /// <summary>The <see cref="Position"/> of a phrase that leaves the question's point open (<see cref="QuestionDefinition.Open"/>).</summary>
        public const int OpenPhrase = -1;

        /// <summary>True for a phrase that leaves the question's point open: it takes no position, it withholds one.</summary>
        public bool Open => Position == OpenPhrase;
        public CueDefinition Cue { get; }
        /// <summary>The pattern, built on first use (most cues of a manifest never meet a sentence that holds their words).</summary>
        public Regex Pattern => _regex ??= PatternCache.Get(_pattern(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        /// <summary>
        /// The ids in <see cref="PositionCues.Literals"/> of the strings every match of the pattern
        /// holds: the runs of the cue's own words. A sentence without one of them cannot match.
        /// </summary>
        public int[] Required { get; }

        /// <summary>
        /// The ids in <see cref="PositionCues.Literals"/> of the strings one of which every match of the pattern starts with
        /// (the first words of the cue: "the" or a name of its party, "we", "our", the cue's first word), or null when the
        /// cue's start is not such a string (its pattern is then run from the start of the text).
        /// </summary>
        public int[]? Leading { get; }

        /// <summary>The pattern tried at one offset only (<c>\G</c> before it): the match it gives there is the pattern's own.</summary>
        private Regex Anchored => _anchored ??= PatternCache.Anchored(Pattern);
        private Regex? _anchored;

        /// <summary>
        /// The first match of the pattern in <paramref name="text"/> that starts at <paramref name="startAt"/> or later, the
        /// pattern's lookbehind reading the text before it: what <c>Pattern.Match(text, startAt)</c> gives, and so what
        /// <c>NextMatch</c> gives after a match that ends there. With the places of the cue's strings in the text
        /// (<paramref name="hits"/>, from <see cref="PositionCues.Candidates"/>), the pattern is tried only where one of its first
        /// words stands (<see cref="Leading"/>), and no later than the last place of each string every match holds: a cue that
        /// opens with a party's names is not tried at every "t" and "p" of the sentence.
        /// </summary>
        public Match Match(string text, int startAt, LiteralHits? hits)
        {
            if (hits == null || Leading == null) return Pattern.Match(text, startAt);
            // a match holds every required string, so it starts no later than the last place of each
            int last = text.Length;
            foreach (var r in Required)
            {
                int at = hits.Last(r);
                if (at < 0) return System.Text.RegularExpressions.Match.Empty;
                if (at < last) last = at;
            }
            int tried = -1;
            for (int n = 0; n < hits.Count; n++)
            {
                int at = hits.OffsetAt(n);
                if (at < startAt || at == tried) continue;
                if (at > last) break;
                if (Array.IndexOf(Leading, hits.IdAt(n)) < 0) continue;
                tried = at;
                // the pattern opens with "no letter or digit before": a plain one before is a sure miss
                if (at > 0 && text[at - 1] < 128 && char.IsLetterOrDigit(text[at - 1])) continue;
                var m = Anchored.Match(text, at);
                if (m.Success) return m;
            }
            return System.Text.RegularExpressions.Match.Empty;
        }

        /// <summary>The match after <paramref name="m"/> (<see cref="Match(string, int, LiteralHits)"/>): what <c>m.NextMatch()</c> gives.</summary>
        public Match Next(string text, Match m, LiteralHits? hits) =>
            hits == null || Leading == null ? m.NextMatch() : Match(text, m.Index + Math.Max(m.Length, 1), hits);
        /// <summary>True when a word of the cue's own is a negator ("not inform*", "never told", "no effort to target").</summary>
        public bool HoldsNegator => _holdsNegator ??= AccountLexicon.Words(Cue.Text).Any(w => IncidentTools.Text.Lexicon.Is(w, IncidentTools.Text.WordTag.Negation));
        private bool? _holdsNegator;
        /// <summary>The party the cue is limited to, or null.</summary>
        public PartyDefinition? Party { get; }
        /// <summary>True when the cue names a party that is not among the parties (it then never counts).</summary>
        public bool UnknownParty { get; set; }
        /// <summary>True when the cue has a bracketed word ("(first)"), which a denial may leave out.</summary>
        public bool HasOptional { get; set; }
        /// <summary>
        /// True when the cue is a word whose reading turns on who says it: limited to a party, with no placeholder, and the
        /// same words are another party's cue of another position of the question ("unprovoked" said by either side of the
        /// attack on it). Denied, such a word may be the other side's, denied of the speaker's own act: no position is read.
        /// </summary>
        public bool Mirrored { get; set; }

        /// <summary>False when a sentence lacks a required string (<paramref name="present"/> from <see cref="LiteralSet.Present"/>), so the pattern cannot match it.</summary>
        public bool MayMatch(bool[] present)
        {
            foreach (var r in Required)
                if (!present[r]) return false;
            return true;
        }
    }

    /// <summary>
    /// The position cues of the questions, compiled to patterns. Cue syntax (see seeds/corpus.yaml):
    /// words match whole, case-insensitively, with straight or curly apostrophes, a hyphen
    /// or a blank for a hyphen, and quotation marks, commas or brackets between words;
    /// <c>word*</c> matches any ending of the word ("contradict*"), and for a word ending in "e" after a consonant its
    /// form in -ing with the e dropped ("fire*": "firing"; <see cref="MatchedStem"/>); a lone <c>*</c> stands for
    /// up to three words; <c>{Party}</c> stands for any name, alias or organisation of that
    /// party (after an optional "the"), optionally followed by "'s" and up to two words such as
    /// "forces" or "troops"; <c>{self}</c> stands for the speaker's own side ("we", "it", "our
    /// troops", "its soldiers", "their posts"). A placeholder before more words may be followed
    /// by up to three auxiliaries ("did not", "had", "having"); a negator among them negates the cue.
    /// A word in brackets, <c>(first)</c>, may be left out when such a negator stands among those
    /// auxiliaries: "its troops had not fired at anyone" denies that they fired first, whereas
    /// "its troops fired at the helicopters" says nothing of who fired first.
    /// </summary>
    internal sealed class PositionCues
    {
        /// <summary>The placeholder of a cue for the speaker's own side ("{self} fired first").</summary>
        internal const string SelfPlaceholder = "{self}";

        private const string Separator = @"(?:[\s""'(),\u201C\u201D\u2018\u2019]|--)+";
        private const string AnyWord = @"[\p{L}\p{N}][\p{L}\p{N}'\-.]*";

        /// <summary>
        /// A word a "*" of a cue may stand for: any word but a verb by which a document speaks (reporting-verbs.txt
        /// 'speech' and 'document', not 'noun': say, conclude, write): "report * wrong" is "the report was wrong",
        /// not "the report says the wrong location was given", whose words after the verb are the report's own. Its form
        /// in -ing stays a gap word: "called the findings strange, saying they contradict …" is the speaker's own participle.
        /// </summary>
        private static readonly TracedLazy<string> GapWordPattern = new TracedLazy<string>(() =>
        {
            var forms = Text.Lexicon.ReportingVerbs
                .Where(v => v.Value.Has(Text.VerbTag.Speech) && v.Value.Has(Text.VerbTag.Document) && !v.Value.Has(Text.VerbTag.Noun) && !v.Key.EndsWith(Participle, StringComparison.Ordinal))
                .Select(v => Regex.Escape(v.Key)).OrderBy(f => f, StringComparer.Ordinal).ToArray();
            return forms.Length == 0 ? AnyWord : @"(?!(?:" + string.Join("|", forms) + @")(?![\p{L}\p{N}]))" + AnyWord;
        });

        /// <summary>A gap word in its group (<see cref="GapGroup"/>), whose negators deny the cue ("coordination between them had not failed").</summary>
        private static string GapWord => "(?<" + GapGroup + ">" + GapWordPattern.Value + ")";

        /// <summary>The name of the group that holds the words a "*" of a cue stood for.</summary>
        private const string GapGroup = "gap";

        /// <summary>The ending of a verb's participle in -ing.</summary>
        private const string Participle = "ing";

        /// <summary>
        /// Up to three auxiliaries or negators after a party placeholder: "Pakistani troops did not
        /// fire first", "our troops having fired first". Captured as "aux": a negator among them
        /// negates the cue. ("was", "were" count only before a form in -ing, the progressive: "our posts were not firing at
        /// anyone"; "posts were attacked first" is a passive.) A quotation may open before them, the speaker's words quoted from
        /// the verb on: 'said the posts "did not fire first"'.
        /// </summary>
        private const string Auxiliaries = @"(?:(?:\s+|\s*[""\u201C]\s*)(?<aux>not|never|having|(?:had|has|have|did|does|do|would|could)(?:n['\u2019]t)?|(?:was|were)(?:n['\u2019]t)?(?=(?:\s+(?:not|never))?\s+\p{L}+ing(?![\p{L}\p{N}])))){0,3}";

        /// <summary>
        /// A predicate of a placeholder's subject and "and" before the auxiliaries of the cue's verb: "its men at the posts were
        /// asleep or on watch and did not fire at anyone". "was" or "were", then up to <see cref="AsideWords"/> words in lower case,
        /// then "and": the subject's two predicates, the second the cue's (whose auxiliaries follow, and whose negator denies it).
        /// </summary>
        private static string PredicateAside => @"(?:\s+(?:was|were)(?:\s+(?!and(?![\p{L}\p{N}]))(?-i:\p{Ll}[\p{Ll}\-]*)){1," + AsideWords + @"}\s+and)?";

        /// <summary>
        /// A placeholder before more words is the subject of the cue's verb, and a subject is not parted from its verb by a lone
        /// comma: "U.S. forces, having come under fire from the Pakistani posts, acted in self-defense" ends an aside (a participle's
        /// clause, a relative clause: "the patrol, which was attacked by Pakistani troops, returned fire") with the side's name, whose
        /// men are the aside's object, not the subject of "acted". A comma before a quotation mark still joins them ('the posts,
        /// "did not fire first"').
        /// </summary>
        private const string NoCommaAfterSubject = @"(?![ \t]*,(?![ \t]*[""\u201C]))";

        /// <summary>Words at most in the predicate before "and" of <see cref="PredicateAside"/> ("were asleep or on watch").</summary>
        private const int AsideWords = 4;

        /// <summary>Words at most between a place preposition's article and its group noun ("at the Salala check posts").</summary>
        private const int PlaceWords = 2;

        public PositionCues(IEnumerable<QuestionDefinition> questions, PartyIndex parties, AccountLexicon lexicon)
        {
            Questions = (questions ?? Enumerable.Empty<QuestionDefinition>()).Where(q => q != null).ToArray();
            var groupNounList = lexicon.GroupNouns;
            string? groupNouns = null;
            string GroupNouns() => groupNouns ??= "(?:" + string.Join("|", groupNounList.OrderByDescending(g => g.Length).Select(Regex.Escape)) + ")";
            // "soldiers at the Salala check posts", "soldiers on the ridge": a place preposition, the article, up to two words and a
            // group noun or a noun of terrain; or "soldiers at Harwick": a place preposition and a place's name in capitals
            // (PlaceName, checked in Counts)
            string? place = null;
            string Place() => place ??= PlaceRequired() + "?";
            string? placeRequired = null;
            string PlaceRequired() => placeRequired ??= @"(?<" + At + @">\s+(?:" + string.Join("|", lexicon.PlacePrepositions.OrderByDescending(w => w.Length).Select(Regex.Escape)) +
                                        @")\s+(?:(?:the\s+)?" + JoinedName() + @"(?:[\p{L}\p{N}\-]+\s+){0," + PlaceWords + "}(?:" + GroupNouns() + "|" + Terrain() + ")|(?<" + PlaceName + ">" + NoPartysName() +
                                        PlaceNames() + @"(?:\s+" + PlaceJoiner() + @"\s+" + PlaceNames() + ")?))" + NamingAside() + ")";
            // ", known as Alder and Birch,": an aside naming the place, between commas, after the place phrase (place-naming)
            string? namingAside = null;
            string NamingAside() => namingAside ??= @"(?:\s*,\s*(?:" + string.Join("|", lexicon.PlaceNaming.OrderByDescending(w => w.Length).Select(w => Regex.Escape(w).Replace(@"\ ", @"\s+"))) +
                                                   @")\s+" + PlaceNames() + @"(?:\s+" + PlaceJoiner() + @"\s+" + PlaceNames() + @")?\s*,)?";
            string PlaceNames() => CapitalisedWord + @"(?:\s+" + CapitalisedWord + ")?";
            // "at the Alder and Birch posts": a name in capitals and a joiner before the last name of the place's words (place-joiner)
            string? joinedName = null;
            string JoinedName() => joinedName ??= "(?:" + CapitalisedWord + @"\s+" + PlaceJoiner() + @"\s+)?";
            string PlaceJoiner() => "(?:" + string.Join("|", lexicon.PlaceJoiners.Select(Regex.Escape)) + ")";
            // (a side's own name is no place of its men: "the soldiers in Pakistan" are not the speaker's)
            string? noPartysName = null;
            string NoPartysName() => noPartysName ??= parties.Parties.Select(parties.Alternation).Where(a => a != null).ToArray() is { Length: > 0 } names
                ? "(?!(?:" + string.Join("|", names) + @")(?![\p{L}\p{N}]))" : "";
            string? terrain = null;
            string Terrain() => terrain ??= "(?:" + string.Join("|", lexicon.Terrain.OrderByDescending(w => w.Length).Select(Regex.Escape)) + ")";
            // what may follow a where-noun or an aim-verb of a cue (see Following)
            string? following = null, aimFollowing = null;
            string Following(string word)
            {
                if (lexicon.WhereNouns.Contains(word))
                    return following ??= WhereComplement(lexicon, GroupNouns(), parties);
                if (lexicon.AimVerbs.Contains(word))
                    return aimFollowing ??= AimComplement(lexicon);
                return "";
            }
            string? echoSeparator = null;
            string EchoSeparator() => echoSeparator ??= SeparatorWithEcho(lexicon.EchoNegators);
            var prefixes = lexicon.NegativePrefixes;
            var list = new List<CompiledCue>();
            foreach (var q in Questions)
            {
                // each position's cues, then the phrases that leave the question open (position OpenPhrase)
                for (int n = 0; n <= q.Positions.Count; n++)
                {
                    int i = n < q.Positions.Count ? n : CompiledCue.OpenPhrase;
                    foreach (var cue in i == CompiledCue.OpenPhrase ? q.Open : q.Positions[i].Cues)
                    {
                        if (cue == null || string.IsNullOrWhiteSpace(cue.Text)) continue;
                        // The pattern is written and built when a sentence first holds the cue's words.
                        var parts = Parts(cue.Text);
                        if (parts.Length == 0 || !PlaceholdersKnown(parts, parties)) continue;
                        var party = cue.Party == null ? null : parties.Find(cue.Party);
                        var required = RequiredOf(parts, prefixes).Select(Literals.Add).ToArray();
                        var leading = LeadingOf(parts, parties, prefixes, groupNounList)?.Select(Literals.Add).ToArray();
                        list.Add(new CompiledCue(q, i, cue, () => PatternOf(parts, parties, GroupNouns(), Place(), prefixes, Following, PlaceRequired(), EchoSeparator())!, required, party, leading)
                            { UnknownParty = cue.Party != null && party == null, HasOptional = parts.Any(IsOptional) });
                    }
                }
            }
            // the party-limited cues with no placeholder, by question and words: a group of more than one position is mirrored
            foreach (var g in list.Where(c => c.Party != null && !c.Open && c.Cue.Text.IndexOf('{') < 0)
                         .GroupBy(c => (c.Question, Text: c.Cue.Text.Trim().ToLowerInvariant())))
                foreach (var c in g)
                    c.Mirrored = g.Any(o => o.Position != c.Position && !ReferenceEquals(o.Party, c.Party));
            Cues = list;
            _cueArray = list.ToArray();
            HasOpen = list.Any(c => c.Open);
            Literals.Seal();
            // Each cue is filed under its longest word (its anchor): a sentence tries only the cues
            // whose anchor it holds.
            _byAnchor = new int[Literals.Count][];
            var unanchored = new List<int>();
            foreach (var group in Enumerable.Range(0, list.Count).GroupBy(c => list[c].Required.Length == 0 ? -1 : list[c].Required[0]))
            {
                if (group.Key < 0) unanchored.AddRange(group);
                else _byAnchor[group.Key] = group.ToArray();
            }
            _unanchored = unanchored.ToArray();
        }

        private readonly int[]?[] _byAnchor;
        /// <summary><see cref="Cues"/> as an array, read by index in <see cref="Candidates"/> (no call through the list's interface a cue).</summary>
        private readonly CompiledCue[] _cueArray;
        private readonly int[] _unanchored;

        /// <summary>
        /// The cues that may match a sentence said by this party, in manifest order: those that count
        /// for the party and whose words all stand in the sentence. Only these patterns need be run.
        /// </summary>
        /// <remarks>
        /// With <paramref name="hits"/>, the places of the cues' strings in the sentence too, for <see cref="CompiledCue.Match"/>; with
        /// <paramref name="into"/>, the cues in that list (emptied first: the claim reader's list for the range), else in a new one.
        /// </remarks>
        public List<CompiledCue> Candidates(string sentence, PartyDefinition party, LiteralHits? hits = null, List<CompiledCue>? into = null) =>
            Counting(sentence, hits, into ?? new List<CompiledCue>(), party, null);

        /// <summary>
        /// The cues anchored in the sentence (or anchored in none) that count for <paramref name="party"/>, or with it null for any of
        /// <paramref name="parties"/>, each once in manifest order, that may match, into <paramref name="result"/> (emptied first).
        /// </summary>
        private List<CompiledCue> Counting(string sentence, LiteralHits? hits, List<CompiledCue> result, PartyDefinition? party, IReadOnlyList<PartyDefinition>? parties)
        {
            // this thread's scratch lists and array, read before the next call (no cue or party index is asked in between)
            var found = _found ??= new List<int>();
            var indexes = _indexes ??= new List<int>();
            found.Clear();
            indexes.Clear();
            var present = hits == null ? Literals.PresentInScratch(sentence, 0, sentence.Length, found) : Literals.PresentInScratch(sentence, 0, sentence.Length, found, hits);
            indexes.AddRange(_unanchored);
            foreach (var id in found)
                if (_byAnchor[id] is { } cues) indexes.AddRange(cues);
            indexes.Sort();
            result.Clear();
            foreach (var c in indexes)
            {
                var cue = _cueArray[c];
                if (cue.UnknownParty) continue;
                bool counts = party != null && CountsFor(cue, party);
                for (int p = 0; parties != null && p < parties.Count && !counts; p++) counts = CountsFor(cue, parties[p]);
                if (counts && cue.MayMatch(present)) result.Add(cue);
            }
            return result;
        }

        /// <summary>True when a cue counts for the party's words: one limited to no party, or to that party (by name, in any case).</summary>
        private static bool CountsFor(CompiledCue cue, PartyDefinition party) =>
            cue.Party == null || ReferenceEquals(cue.Party, party) || string.Equals(cue.Party.Name, party.Name, StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// The cues that may match a sentence said by any of <paramref name="parties"/>, each once, in manifest order, into
        /// <paramref name="into"/> (emptied first): the union of <see cref="Candidates"/> of each party, from one pass over the
        /// sentence for them all (not one a party).
        /// </summary>
        public List<CompiledCue> CandidatesOfAny(string sentence, IReadOnlyList<PartyDefinition> parties, List<CompiledCue> into)
        {
            if (parties.Count == 0) { into.Clear(); return into; }
            return Counting(sentence, null, into, null, parties);
        }

        [ThreadStatic] private static List<int>? _found;
        [ThreadStatic] private static List<int>? _indexes;

        public IReadOnlyList<QuestionDefinition> Questions { get; }

        public IReadOnlyList<CompiledCue> Cues { get; }

        /// <summary>True when a question has phrases that leave it open (<see cref="QuestionDefinition.Open"/>).</summary>
        public bool HasOpen { get; }

        /// <summary>The strings the cues need and those they start with, for a one-pass test of which cues a sentence may match and where.</summary>
        private LiteralSet Literals { get; } = new LiteralSet();

        /// <summary>
        /// True when an odd number of negators stand among the auxiliaries a match of a placeholder took in ("did not"), and
        /// the words a "*" stood for: "coordination between them had not failed" denies that it failed, as "it had not
        /// failed" does.
        /// </summary>
        internal static bool InnerNegation(Match m) => (Negators(m, "aux") + Negators(m, GapGroup)) % 2 == 1;

        /// <summary>True when an odd number of negators stand among the auxiliaries after a placeholder.</summary>
        private static bool AuxiliaryNegation(Match m) => Negators(m, "aux") % 2 == 1;

        /// <summary>
        /// The negators among a group's captures. In the words a "*" stood for, an "and" or "but" (words.txt clause-coordinator)
        /// opens a predicate of its own, the cue's: a negator before it is the first predicate's ("the findings were not based on
        /// facts and shifted the blame" does not deny that they shifted it), so only those after the last such word count.
        /// </summary>
        private static int Negators(Match m, string group)
        {
            int n = 0;
            foreach (Capture c in m.Groups[group].Captures)
            {
                var w = c.Value.ToLowerInvariant();
                if (IncidentTools.Text.Lexicon.Is(w, IncidentTools.Text.WordTag.Negation)) n++;
                else if (group == GapGroup && IncidentTools.Text.Lexicon.Is(w, IncidentTools.Text.WordClass.ClauseCoordinator)) n = 0;
            }
            return n;
        }

        /// <summary>The name of the group that holds a bracketed word of a cue ("(first)").</summary>
        private const string Optional = "opt";

        /// <summary>
        /// False when a match left out the bracketed word of its cue ("(first)") with no negator among the
        /// auxiliaries after its placeholder: only a denial ("had not fired") still holds without it. False, too,
        /// for "the" and a group noun read as the speaker's side with no negator after it (<see cref="Bare"/>).
        /// </summary>
        internal static bool Counts(CompiledCue cue, Match m) =>
            (!cue.HasOptional || m.Groups[Optional].Success || AuxiliaryNegation(m)) && (!m.Groups[Bare].Success || AuxiliaryNegation(m) && !CountryPlace(m));

        /// <summary>
        /// True when a match that <see cref="Counts"/> refuses only for want of a negator among the auxiliaries after "the" and a
        /// group noun read as the speaker's own side would count if the words around it deny it: "rejected the contention that
        /// troops at the posts had opened fire first" is a side denying its own men's act as "did not" is. The caller checks
        /// the denial (the cue's negation as read in the sentence). Only with the place the men hold (<see cref="At"/>).
        /// </summary>
        internal static bool CountsIfDenied(CompiledCue cue, Match m) =>
            m.Groups[Bare].Success && m.Groups[At].Success && !AuxiliaryNegation(m) && !CountryPlace(m) && (!cue.HasOptional || m.Groups[Optional].Success);

        /// <summary>
        /// The name of the group that holds a place phrase after a subject ("at the posts"): whose men "the troops" are is read
        /// from the place they hold, never guessed ("rejected the claim that the troops had fired first" names no men of the speaker's).
        /// </summary>
        private const string At = "at";

        /// <summary>
        /// True when the place's name after "the" and a group noun read as the speaker's own side names a country, its people or
        /// its capital ("the soldiers in Harland did not fire first"): men of a place of a country are no side's own men unnamed.
        /// </summary>
        private static bool CountryPlace(Match m)
        {
            var g = m.Groups[PlaceName];
            if (!g.Success) return false;
            foreach (var w in g.Value.Split(Text.Separators.Blank, StringSplitOptions.RemoveEmptyEntries))
                if (Text.CountryTable.Find(w) != null || Text.CountryTable.FindCapital(w) != null) return true;
            return Text.CountryTable.Find(g.Value) != null || Text.CountryTable.FindCapital(g.Value) != null;
        }

        /// <summary>The name of the group that holds a place's name in capitals after a place preposition ("at Harwick").</summary>
        private const string PlaceName = "placename";

        /// <summary>A word in capitals, whatever the pattern's options: a place's name ("Harwick", "Mohmand").</summary>
        private const string CapitalisedWord = @"(?-i:\p{Lu}[\p{L}\-]*)";

        /// <summary>
        /// The name of the group that holds "the" and a group noun read as the speaker's own side ("the soldiers at the posts"):
        /// such a match counts only with a negator among the auxiliaries after it, a side denying its own men's act.
        /// </summary>
        private const string Bare = "bare";

        /// <summary>A word in lower case, whatever the pattern's options: an adjective before a group noun ("our brave soldiers").</summary>
        private const string LowerCaseWord = @"(?-i:\p{Ll}[\p{Ll}\-]*)";

        /// <summary>True for a bracketed word of a cue: "(first)".</summary>
        internal static bool IsOptional(string part) => part.Length > 2 && part[0] == '(' && part[part.Length - 1] == ')';

        /// <summary>
        /// What every match of a cue holds, folded to lower case: the runs of the cue's literal
        /// words between apostrophes and hyphens (which match more than one character), for
        /// "word*" the runs of the stem; the longest first. Runs with characters other than ASCII
        /// are left out (their case folding is not the pattern's), so the list errs on the side of matching.
        /// </summary>
        internal static IReadOnlyList<string> RequiredOf(string[] parts, IReadOnlyList<string>? negativePrefixes = null)
        {
            var runs = new List<string>();
            foreach (var whole in parts)
            {
                var part = whole;
                if (part == "*" || IsPlaceholder(part) || IsOptional(part)) continue;
                // "incorrect" or "not correct": both hold "correct"
                if (NegatedForm(part, negativePrefixes) is { } rest) part = rest;
                if (part.EndsWith("*", StringComparison.Ordinal)) part = MatchedStem(part.Substring(0, part.Length - 1));
                foreach (var run in LiteralSet.Runs(part))
                    if (!runs.Contains(run)) runs.Add(run);
            }
            return runs.OrderByDescending(r => r.Length).ToArray();
        }

        /// <summary>
        /// The strings, folded to lower case, one of which every match of the cue's pattern (<see cref="PatternOf"/>) starts
        /// with: the start of its first part that is no gap. A party placeholder starts with "the" or a name of the party
        /// (<see cref="PartyIndex.LeadingRuns"/>), <c>{self}</c> with "we", "it", "our", "its", "their" or "the", a word with a
        /// negative prefix also with "not" ("not correct"), any other word with its own start. Each is the start of the part
        /// up to its first blank, apostrophe, hyphen or character other than ASCII (which match more than themselves). Null when
        /// a part has no such start: the pattern is then tried everywhere.
        /// </summary>
        internal static IReadOnlyList<string>? LeadingOf(string[] parts, PartyIndex parties, IReadOnlyList<string>? negativePrefixes = null, IEnumerable<string>? groupNouns = null)
        {
            for (int index = 0; index < parts.Length; index++)
            {
                var part = parts[index];
                if (part == "*") continue;
                if (IsOptional(part)) return null;
                if (string.Equals(part, SelfPlaceholder, StringComparison.OrdinalIgnoreCase))
                {
                    // before more words, a group noun with no article may open it too ("troops at the posts had not fired"): its start
                    if (index == parts.Length - 1 || groupNouns == null) return SelfLeading;
                    var starts = new List<string>(SelfLeading);
                    foreach (var g in groupNouns)
                        if (PartyIndex.LeadingRun(g) is { } run && !starts.Contains(run)) starts.Add(run);
                    return starts;
                }
                if (IsPlaceholder(part))
                {
                    var party = parties.Find(part.Substring(1, part.Length - 2).Replace('_', ' '));
                    var runs = party == null ? null : parties.LeadingRuns(party);
                    return runs == null ? null : new[] { "the" }.Concat(runs).Distinct().ToArray();
                }
                var word = part.EndsWith("*", StringComparison.Ordinal) && part.Length > 1 ? MatchedStem(part.Substring(0, part.Length - 1)) : part;
                var start = PartyIndex.LeadingRun(word);
                if (start == null) return null;
                return NegatedForm(part, negativePrefixes) != null ? new[] { start, "not" } : new[] { start };
            }
            return null;
        }

        /// <summary>
        /// The part of the stem of a cue's "word*" that every form it stands for holds: the stem itself, or for a stem that
        /// ends in a single "e" after a consonant ("fire", "provide", "share") the stem without it, which its form in -ing
        /// drops ("firing", "providing", "sharing"). "agree" keeps its e ("agreeing"), and so does a stem of two letters.
        /// </summary>
        internal static string MatchedStem(string stem)
        {
            int n = stem.Length;
            if (n < 3 || (stem[n - 1] != 'e' && stem[n - 1] != 'E')) return stem;
            var before = char.ToLowerInvariant(stem[n - 2]);
            if (!char.IsLetter(before) || before >= 128 || "aeiouy".IndexOf(before) >= 0) return stem;
            return stem.Substring(0, n - 1);
        }

        /// <summary>What a <c>{self}</c> placeholder starts with: "we", "it", "our", "its", "their", or "the" before a group noun.</summary>
        private static readonly string[] SelfLeading = { "we", "it", "our", "its", "their", "the" };

        private static readonly Regex PartPattern = new Regex(@"\{[^}]*\}|\S+", RegexOptions.CultureInvariant);

        /// <summary>The parts of a cue: words, lone "*" and placeholders.</summary>
        private static string[] Parts(string cue) => PartPattern.Matches(cue.Trim()).Cast<Match>().Select(m => m.Value).ToArray();

        private static bool IsPlaceholder(string part) => part.StartsWith("{", StringComparison.Ordinal) && part.EndsWith("}", StringComparison.Ordinal);

        /// <summary>False when the cue names a party placeholder nobody defines (the cue is then left out), or has only gaps.</summary>
        private static bool PlaceholdersKnown(string[] parts, PartyIndex parties)
        {
            bool any = false;
            foreach (var part in parts)
            {
                if (part == "*") continue;
                any = true;
                if (!IsPlaceholder(part) || string.Equals(part, SelfPlaceholder, StringComparison.OrdinalIgnoreCase)) continue;
                var party = parties.Find(part.Substring(1, part.Length - 2).Replace('_', ' '));
                if (party == null || parties.Alternation(party) == null) return false;
            }
            return any;
        }

        /// <summary>
        /// For a cue word with a negative prefix ("incorrect", "unacceptable"), the rest of it ("correct"), which
        /// after "not" says the same ("not correct"); null for other words, and when the rest is short ("intent").
        /// </summary>
        internal static string? NegatedForm(string part, IReadOnlyList<string>? negativePrefixes)
        {
            if (negativePrefixes == null || part.EndsWith("*", StringComparison.Ordinal) || IsPlaceholder(part)) return null;
            foreach (var p in negativePrefixes)
                if (part.Length - p.Length >= 6 && part.StartsWith(p, StringComparison.OrdinalIgnoreCase) && part.Skip(p.Length).All(char.IsLetter))
                    return part.Substring(p.Length);
            return null;
        }

        /// <summary>
        /// What must not follow a where-noun of a cue (accounts-stance.txt where-noun): an "of" whose complement does not end,
        /// within four words and before a where-break, in a group noun or a party's name. "shared the locations of its posts",
        /// "the positions of both posts", "the location" alone count; "shared the locations of these hideouts" does not: the
        /// places of something else than a side's men.
        /// </summary>
        private static string WhereComplement(AccountLexicon lexicon, string groupNouns, PartyIndex parties)
        {
            var names = parties.Parties.Select(parties.Alternation).Where(a => a != null).ToArray();
            var ends = names.Length == 0 ? groupNouns : "(?:" + groupNouns + "|" + string.Join("|", names) + ")";
            var breaks = "(?:" + string.Join("|", lexicon.WhereBreaks.OrderByDescending(w => w.Length).Select(Regex.Escape)) + ")";
            return "(?!" + Separator + @"of\s+(?!(?:(?!" + breaks + @"(?![\p{L}\p{N}]))[\p{L}\p{N}'\-]+\s+){0,3}" + ends + @"(?![\p{L}\p{N}])))";
        }

        /// <summary>
        /// What must not follow an aim-verb of a cue (accounts-stance.txt aim-verb): "to" and a verb other than a harm-verb.
        /// "what it intended to do" is a plan; "intended to kill", "the strike was intended" still count.
        /// </summary>
        private static string AimComplement(AccountLexicon lexicon)
        {
            var harm = "(?:" + string.Join("|", lexicon.HarmVerbs.OrderByDescending(w => w.Length).Select(Regex.Escape)) + ")";
            return "(?!" + Separator + @"to\s+(?!" + harm + @"(?![\p{L}\p{N}]))\p{L})";
        }

        /// <summary>
        /// What stands between two words of a cue: the marks of <see cref="Separator"/>, or a negator repeated for emphasis between two
        /// commas (echo in accounts-stance.txt: "there was no intention, none, to target Pakistani forces" holds "intention to
        /// target", which the "no" before it denies). Only a whole aside between commas: "intention none to" is no such echo.
        /// </summary>
        private static string SeparatorWithEcho(IReadOnlyList<string[]> echoes)
        {
            if (echoes.Count == 0) return Separator;
            var words = echoes.Select(e => string.Join(@"\s+", e.Select(PartyIndex.Escape))).OrderByDescending(e => e.Length);
            return @"(?:[\s""'(),\u201C\u201D\u2018\u2019]|--|(?<=,\s*)(?:" + string.Join("|", words) + @")(?=\s*,))+";
        }

        /// <summary>A cue as the text of a pattern, or null when it names a party placeholder nobody defines.</summary>
        /// <remarks>
        /// <paramref name="following"/> gives, for a word of the cue (a literal or the stem of "word*", lower case), what must not
        /// follow it (a negative lookahead), or "".
        /// </remarks>
        private static string? PatternOf(string[] parts, PartyIndex parties, string groupNouns, string place, IReadOnlyList<string>? negativePrefixes = null, Func<string, string>? following = null, string? placeRequired = null, string separator = Separator)
        {
            var sb = new StringBuilder(@"(?<![\p{L}\p{N}])");
            bool needSeparator = false;
            int gap = 0;
            for (int index = 0; index < parts.Length; index++)
            {
                var part = parts[index];
                if (part == "*")
                {
                    gap += 3;
                    continue;
                }
                string body;
                bool last = index == parts.Length - 1;
                if (IsOptional(part))
                {
                    // "(first)": the separator and the word, both optional
                    if (!needSeparator) return null;
                    if (gap > 0) sb.Append("(?:" + separator + GapWord + "){0," + gap + "}");
                    gap = 0;
                    sb.Append("(?:" + separator + "(?<" + Optional + ">" + PartyIndex.Escape(part.Substring(1, part.Length - 2)) + @"(?![\p{L}\p{N}])))?");
                    continue;
                }
                if (string.Equals(part, SelfPlaceholder, StringComparison.OrdinalIgnoreCase))
                {
                    // "our brave soldiers": a word in lower case may stand before the group noun (a side's name is written
                    // in capitals: "their Pakistani soldiers" is no own side). Before more words, "the" and a group noun with no
                    // side named is the speaker's own men when a negator follows ("the soldiers at the posts did not fire first":
                    // a side denies what its men did); see Counts
                    // ("troops at the posts had not fired first": with no article, a group noun is the speaker's men only with a place
                    // of theirs after it.) Before the auxiliaries, a predicate of the subject and "and" may stand ("its men at the
                    // posts were asleep and did not fire at anyone": PredicateAside)
                    body = @"(?:we|it|(?:our|its|their)(?:\s+own)?(?:\s+" + LowerCaseWord + @")?(?:\s+" + groupNouns + "){1,2}" + (last ? "" : place)
                           + (last ? "" : "|(?<" + Bare + @">the(?:\s+" + groupNouns + "){1,2}" + place +
                                          // the same with the first group noun possessive, the service that holds the men ("the army's
                                          // posts did not fire first"), still in a denial only
                                          @"|the\s+" + groupNouns + @"['\u2019]s\s+" + groupNouns + place +
                                          (placeRequired == null ? "" : "|(?=(?-i:\\p{Ll}))" + groupNouns + @"(?:\s+" + groupNouns + ")?" + placeRequired) + ")") + ")" +
                           (last ? "" : PredicateAside + Auxiliaries + NoCommaAfterSubject);
                }
                else if (IsPlaceholder(part))
                {
                    var party = parties.Find(part.Substring(1, part.Length - 2).Replace('_', ' '));
                    var alternation = party == null ? null : parties.Alternation(party);
                    if (alternation == null) return null;
                    // (a subject before more words may say where its men stand: "the Pakistani soldiers at the posts did not fire first")
                    body = @"(?:the\s+)?" + alternation + @"(?:['\u2019]s)?(?:\s+" + groupNouns + "){0,2}" + (last ? "" : place + Auxiliaries + NoCommaAfterSubject);
                }
                else if (part.EndsWith("*", StringComparison.Ordinal) && part.Length > 1)
                {
                    var stem = part.Substring(0, part.Length - 1);
                    var kept = MatchedStem(stem);
                    // "fire*": "fire", "fired", "fires" and, the e dropped, "firing"
                    var start = kept.Length == stem.Length ? PartyIndex.Escape(stem) : PartyIndex.Escape(kept) + "(?:" + PartyIndex.Escape(stem.Substring(kept.Length)) + "|(?=" + Participle + "))";
                    body = start + @"[\p{L}\p{N}'\-]*" + (following?.Invoke(stem.ToLowerInvariant()) ?? "");
                }
                else if (NegatedForm(part, negativePrefixes) is { } rest)
                {
                    // "factually incorrect" also as "factually not correct"
                    body = "(?:" + PartyIndex.Escape(part) + @"|not\s+" + PartyIndex.Escape(rest) + ")" + (following?.Invoke(part.ToLowerInvariant()) ?? "");
                }
                else
                {
                    body = PartyIndex.Escape(part) + (following?.Invoke(part.ToLowerInvariant()) ?? "");
                }
                if (needSeparator)
                {
                    if (gap > 0) sb.Append("(?:" + separator + GapWord + "){0," + gap + "}");
                    sb.Append(separator);
                }
                gap = 0;
                sb.Append(body);
                needSeparator = true;
            }
            if (!needSeparator) return null;
            sb.Append(@"(?![\p{L}\p{N}])");
            return sb.ToString();
        }
    }
}
