using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using IncidentTools.Text;
using IncidentTools.Accounts;

namespace IncidentTools.Corpus
{
    /// <summary>
    /// Whether an article is about the incident its folder's manifest describes (its date, place, name
    /// and description, and the parties as its actors). An article that is not gives no positions
    /// (<see cref="IncidentDocument.IsAboutIncident"/>, with the reason in <see cref="IncidentDocument.Relevance"/>).
    /// </summary>
    /// <remarks>
    /// The rule, from the manifest alone (nothing is learned from the articles):
    /// <list type="bullet">
    /// <item>an article published before the incident's date is not about it;</item>
    /// <item>key terms are the content words of the incident's name and place, context terms those of its
    /// description (stemmed; stop words and the parties' own names left out: they are the actors);</item>
    /// <item>the article must name at least two of the sides (parties with aliases, organisations or people;
    /// all of them when fewer), and hold two key terms (all when fewer are given), or one and
    /// <see cref="ContextNeeded"/> context terms;</item>
    /// <item>a key term the manifest writes as a proper name (capitalised in the place, or in the name past its first word
    /// when the name is not in title case) is held only when the article writes it capitalised too: "Mohmand Agency" names
    /// the place, "security agencies" does not;</item>
    /// <item>one key term alone (with the context terms) must be named more than once (the reader keeps the stems a document
    /// meets again, not a count): a subject recurs, a word met once in passing ("a guard post" in a story of another
    /// attack) is none;</item>
    /// <item>a term the manifest writes as one word is also held when the article writes it as two in a row
    /// ("air strike", "air-strike" for "airstrike"; see <see cref="CompoundPartMin"/>);</item>
    /// <item>one key term that recurs, with fewer context terms, still makes an article about the incident when its texts match
    /// the position cues of <see cref="QuestionsNeeded"/> of the manifest's questions (all when fewer), said by a side
    /// (<see cref="QuestionsMatched"/>): a briefing's transcript, an interview or a follow-up that calls the incident "this
    /// attack" or "the strike" after its headline writes neither place nor name, but its questions and answers go through
    /// the points the sides dispute (who fired first, whether it was deliberate, the coordinates); a story of another event
    /// that shares a word or two of them ("deliberate", "findings") does not go through most of them. So too one key term
    /// named once, with <see cref="ContextNeeded"/> context terms, where a cue's match holds it: a transcript whose question
    /// relays a side's "its posts never fired a shot", the posts named once in a point the sides dispute (not "a police post"
    /// in passing);</item>
    /// <item>an article that names another place of the kind the manifest's place names ("in Kurram Agency" for "Mohmand Agency":
    /// a place preposition, a capitalised name and the manifest's head word), and neither a proper term of the incident's own
    /// name and place ("Salala", "Mohmand") nor its date (the day and month within a day, or the month and year) tells of
    /// another incident of the same kind at another place, whatever terms it shares (<see cref="AnotherPlace"/>);</item>
    /// <item>with no name and no place, it must hold <see cref="ContextShareNeeded"/> of the context terms;</item>
    /// <item>a manifest that describes no incident (no name, place or description) judges only the date, if any.</item>
    /// </list>
    /// </remarks>
    internal sealed class IncidentRelevance
    {
        /// <summary>Context terms that, with one key term, make an article about the incident.</summary>
        public const int ContextNeeded = 4;

        /// <summary>
        /// The manifest's questions (all when it has fewer) whose position cues an article with one recurring key term and fewer
        /// than <see cref="ContextNeeded"/> context terms must match to be about the incident.
        /// </summary>
        public const int QuestionsNeeded = 3;

        /// <summary>The share of the description's terms an article needs when the manifest gives no name or place.</summary>
        public const double ContextShareNeeded = 0.4;

        /// <summary>
        /// The fewest letters of each of the two words an article may split a manifest's term into ("air strike" for
        /// "airstrike"): shorter parts ("a", "re") are prefixes, not words.
        /// </summary>
        public const int CompoundPartMin = 3;

        /// <summary>
        /// The term words (as the manifest writes them) long enough to be split in two: a compound's first part is the start
        /// of one of them, of at least <see cref="CompoundPartMin"/> letters with as many left after it, in any case.
        /// </summary>
        private readonly string[] _splittable;

        /// <summary>The lengths of the first parts the <see cref="_splittable"/> words may be split into, one bit each (a word of another length is no first part, with no look-up).</summary>
        private ulong _compoundHeadLengths;

        /// <summary>The bits of <see cref="_compoundHeadLengths"/>: a longer first part is never one.</summary>
        private const int LengthBits = 64;

        private readonly string _incident;

        /// <summary>The manifest's parties (for its compiled cues), its sides among them, and its questions.</summary>
        private readonly PartyDefinition[] _parties;
        private readonly PartyDefinition[] _sideParties;
        private readonly QuestionDefinition[] _questions;
        /// <summary>The ids of <see cref="_questions"/>: <see cref="QuestionsMatched"/> stops once it has matched them all.</summary>
        private readonly HashSet<string> _questionIds;
        private readonly DateTimeOffset? _date;
        private readonly Dictionary<string, string> _key;      // stem -> word as the manifest writes it
        private readonly Dictionary<string, string> _context;

        /// <summary>The key terms the manifest writes as proper names: held only when the article writes them capitalised.</summary>
        private readonly HashSet<string> _proper;
        private readonly List<(string Party, string[] Padded)> _sides;   // the names with a blank on each side

        /// <summary>For each side, for each of its names, the <see cref="WordStart"/> of each of the name's words (by <see cref="_sides"/>' order).</summary>
        private readonly int[][][] _sideWordStarts;

        /// <summary>
        /// The head words of the manifest's place names of more than one word, all capitalised ("Agency" of "Mohmand Agency"), with
        /// the blanks around them as the joined words hold them: a name before such a head that is not the manifest's names
        /// another place of the same kind (<see cref="AnotherPlace"/>).
        /// </summary>
        private readonly string[] _heads;

        /// <summary>The stems of the proper key terms but the heads (<see cref="_heads"/>): the incident's own names ("Salala", "Mohmand").</summary>
        private readonly string[] _ownProper;

        private IncidentRelevance(string incident, DateTimeOffset? date, Dictionary<string, string> key, Dictionary<string, string> context, HashSet<string> proper, List<(string, string[])> sides,
                                  PartyDefinition[] parties, QuestionDefinition[] questions, string[] heads)
        {
            _heads = heads;
            _ownProper = proper.Where(s => !heads.Any(h => StemOf(h) == s)).ToArray();
            _incident = incident;
            _parties = parties;
            _sideParties = parties.Where(p => p.IsSide).ToArray();
            _questions = questions;
            _questionIds = new HashSet<string>(questions.Select(q => q.Id), StringComparer.Ordinal);
            _proper = proper;
            _date = date;
            _key = key;
            _context = context;
            _sides = sides;
            _sideWordStarts = sides.Select(s => s.Item2.Select(n => WordStarts(n).ToArray()).ToArray()).ToArray();
            _termStarts = key.Keys.Concat(context.Keys).Select(t => StartOf(t[0], t[1])).Distinct().ToArray();
            foreach (var t in _termStarts)
                if (t >> 16 < AsciiEnd && (t & 0xFFFF) < AsciiEnd) _asciiTermStarts[AsciiPair(t >> 16, t & 0xFFFF) >> 6] |= 1UL << AsciiPair(t >> 16, t & 0xFFFF);
            _splittable = key.Values.Concat(context.Values).Where(w => w.Length >= 2 * CompoundPartMin).Distinct(StringComparer.Ordinal).ToArray();
            foreach (var word in _splittable)
                for (int cut = CompoundPartMin; cut + CompoundPartMin <= word.Length && cut < LengthBits; cut++)
                    _compoundHeadLengths |= 1UL << cut;
        }

        // The first two characters of every key and context term (a stem of three characters or more).
        private readonly int[] _termStarts;

        /// <summary>Characters below this are ASCII: a pair of them is a bit of <see cref="_asciiTermStarts"/>.</summary>
        private const int AsciiEnd = 128;

        /// <summary>The pairs of <see cref="_termStarts"/> of two ASCII characters, one bit each (<see cref="AsciiPair"/>): a word's pair is one bit test, not a search.</summary>
        private readonly ulong[] _asciiTermStarts = new ulong[AsciiEnd * AsciiEnd / 64];

        private static int AsciiPair(int a, int b) => a * AsciiEnd + b;

        private static int StartOf(char a, char b) => (a << 16) | b;

        /// <summary>
        /// A word's first two characters as written (a blank for the second of a word of one character) as one bit of
        /// <see cref="Scratch.WordStarts"/>; <see cref="NotAscii"/> when either is not ASCII (no bit: such a word may be anywhere).
        /// </summary>
        private static int WordStart(string text, int start, int length)
        {
            char a = text[start], b = length > 1 ? text[start + 1] : ' ';
            return a < AsciiEnd && b < AsciiEnd ? AsciiPair(a, b) : NotAscii;
        }

        private const int NotAscii = -1;

        /// <summary>The <see cref="WordStart"/> of each word of a text (as <see cref="Words"/> reads them).</summary>
        private static IEnumerable<int> WordStarts(string text) => Words(text).Select(w => WordStart(w, 0, w.Length));

        /// <summary>
        /// False only when the joined words cannot hold the padded name: each word of the name stands whole among them
        /// (the name's words and the document's are read alike, runs of letters and digits, and joined by one blank), so
        /// each must start as a word of the document starts. Most names of most sides fail at their first word, with no search.
        /// </summary>
        private static bool MayHold(Scratch scratch, int[] nameStarts)
        {
            foreach (int pair in nameStarts)
                if (pair != NotAscii && (scratch.WordStarts[pair >> 6] & 1UL << pair) == 0) return false;
            return true;
        }

        /// <summary>
        /// False only when the word text[start..start+length) cannot stem to a key or context term: a stem keeps
        /// its word's first two characters (in lower case) and is never longer than the word, and every term is
        /// three characters or more. So only the few words that may be terms are cut out and stemmed.
        /// </summary>
        private bool MayBeTerm(string text, int start, int length)
        {
            if (length < 3) return false;
            char a = text[start], b = text[start + 1];
            if (a < AsciiEnd && b < AsciiEnd)
            {
                int pair = AsciiPair(Text.Casing.LowerChar(a), Text.Casing.LowerChar(b));
                return (_asciiTermStarts[pair >> 6] & 1UL << pair) != 0;
            }
            if (char.IsSurrogate(a) || char.IsSurrogate(b)) return true; // lower-casing works on the pair
            return Array.IndexOf(_termStarts, StartOf(Text.Casing.LowerChar(a), Text.Casing.LowerChar(b))) >= 0;
        }

        /// <summary>The judge for a manifest's incident, or null when the manifest says nothing of one (every article is then about it).</summary>
        public static IncidentRelevance? For(CorpusManifest? manifest)
        {
            var incident = manifest?.Incident;
            if (incident == null) return null;
            var date = string.IsNullOrWhiteSpace(incident.Date) ? null : DateStamp.Parse(incident.Date!);
            var lexicon = AccountLexicon.Default;
            var partyWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var sides = new List<(string, string[])>();
            foreach (var p in manifest!.Parties)
            {
                var names = new[] { p.Name }.Concat(p.Aliases).Concat(p.Organisations).Concat(p.People)
                    .Where(n => !string.IsNullOrWhiteSpace(n)).Select(Spaced).Where(n => n.Length >= 2).Distinct(StringComparer.Ordinal).ToArray();
                foreach (var n in new[] { p.Name }.Concat(p.Aliases).Concat(p.Organisations))
                    foreach (var w in Words(n ?? "")) partyWords.Add(w);
                // a side is a party of aliases or organisations ("Independent", a list of analysts, is none)
                if (p.IsSide) sides.Add((p.Name, names.Select(n => " " + n + " ").ToArray()));
            }
            Dictionary<string, string> TermsOf(params string?[] texts)
            {
                var terms = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var t in texts)
                    foreach (var w in Words(t ?? ""))
                    {
                        var lower = w.ToLowerInvariant();
                        if (lower.Length < 3 || char.IsDigit(lower[0]) || lexicon.StopWords.Contains(lower) || partyWords.Contains(w)) continue;
                        var stem = AccountText.Stem(lower);
                        if (stem.Length >= 3 && !terms.ContainsKey(stem)) terms[stem] = w;
                    }
                return terms;
            }
            var key = TermsOf(incident.Name, incident.Place);
            var context = TermsOf(incident.Description);
            foreach (var k in key.Keys) context.Remove(k);
            if (date == null && key.Count == 0 && context.Count == 0) return null;
            return new IncidentRelevance(incident.Name ?? incident.Place ?? "of the manifest", date, key, context, ProperTerms(incident.Name, incident.Place, key), sides,
                manifest.Parties.Where(p => p != null).ToArray(), manifest.Questions.Where(q => q != null).ToArray(), PlaceHeads(incident.Place, key));
        }

        /// <summary>
        /// The head words of the place's names of more than one word (the parts between its commas), each word capitalised and the
        /// last a key term: "Agency" of "Salala, Mohmand Agency, Pakistan". A name of one word ("Salala") has none.
        /// </summary>
        private static string[] PlaceHeads(string? place, Dictionary<string, string> key)
        {
            var heads = new List<string>();
            foreach (var part in (place ?? "").Split(','))
            {
                var words = Words(part).ToArray();
                if (words.Length < 2 || words.Any(w => !char.IsUpper(w[0]))) continue;
                var head = words[words.Length - 1];
                if (key.ContainsKey(StemOf(head)) && !heads.Contains(head)) heads.Add(head);
            }
            return heads.ToArray();
        }

        /// <summary>
        /// The key terms the manifest writes as proper names: a word capitalised in the place (a place is named), or in the
        /// name past its first word when the name also has a word in lower case (a name in title case says nothing of its
        /// words); none that the name or place also writes in lower case.
        /// </summary>
        private static HashSet<string> ProperTerms(string? name, string? place, Dictionary<string, string> key)
        {
            var proper = new HashSet<string>(StringComparer.Ordinal);
            var common = new HashSet<string>(StringComparer.Ordinal);
            void Read(string? text, bool isPlace)
            {
                var words = Words(text ?? "").ToArray();
                bool sentenceCase = words.Any(w => char.IsLower(w[0]));
                for (int i = 0; i < words.Length; i++)
                {
                    var stem = StemOf(words[i]);
                    if (!key.ContainsKey(stem)) continue;
                    if (!char.IsUpper(words[i][0])) common.Add(stem);
                    else if (isPlace || sentenceCase && i > 0) proper.Add(stem);
                }
            }
            Read(name, false);
            Read(place, true);
            proper.ExceptWith(common);
            return proper;
        }

        /// <summary>Whether the document is about the incident, and why (or why not) in a sentence.</summary>
        public (bool About, string Reason) Judge(IncidentDocument doc)
        {
            var name = "the incident '" + _incident + "'";
            if (_date is DateTimeOffset day && doc.PublishedAt is DateTimeOffset published && published.Date < day.Date)
                return (false, $"not about {name}: published {IsoDate.Format(published)}, before its date ({IsoDate.Format(day)})");
            if (_date is DateTimeOffset incidentDay && doc.PublishedAt == null && DatelineDate(doc) is DateTimeOffset filed && filed.Date < incidentDay.Date)
                return (false, $"not about {name}: filed {IsoDate.Format(filed)} by its dateline, before its date ({IsoDate.Format(incidentDay)})");
            if (_key.Count == 0 && _context.Count == 0)
                return (true, $"about {name}: published on or after its date (the manifest describes it no further)");
            // one pass over the words of the title, the highlights and the body paragraphs (as Words reads them,
            // so no word runs across two of them): each word that may be a term stemmed once a thread (looked up in place), and the
            // words joined by one blank (Spaced) for the whole-word search of the sides' names
            // (the words met, the stems and the joined words are this thread's scratch, used again for every document)
            var scratch = _scratch ??= new Scratch();
            var stems = scratch.Stems;
            scratch.NextDocument();
            stems.Clear();
            scratch.Again.Clear();
            scratch.Capital.Clear();
            Array.Clear(scratch.WordStarts, 0, scratch.WordStarts.Length);
            scratch.Length = 0;
            scratch.Append(' ');
            foreach (var text in Texts(doc)) Read(text, scratch);
            var keyStems = _key.Keys.Where(k => stems.Contains(k) && (!_proper.Contains(k) || scratch.Capital.Contains(k))).ToArray();
            var key = keyStems.Select(k => _key[k]).ToArray();
            var context = _context.Where(k => stems.Contains(k.Key)).Select(k => k.Value).ToArray();
            scratch.Append(' ');
            var found = new List<string>(_sides.Count);
            for (int s = 0; s < _sides.Count; s++)
            {
                var padded = _sides[s].Padded;
                for (int n = 0; n < padded.Length; n++)
                    if (MayHold(scratch, _sideWordStarts[s][n]) && scratch.Contains(padded[n]))
                    {
                        found.Add(_sides[s].Party);
                        break;
                    }
            }
            var sides = found.ToArray();
            int sidesNeeded = Math.Min(2, _sides.Count);
            string Found() =>
                (key.Length == 0 ? "no key term (" + string.Join(", ", _key.Values) + ")" : "key terms: " + string.Join(", ", key)) +
                (_context.Count > 0 ? $"; {context.Length} of {_context.Count} terms of its description" : "") +
                (_sides.Count > 0 ? "; " + (sides.Length == 0 ? "no side" : "sides: " + string.Join(", ", sides)) : "");
            if (sides.Length < sidesNeeded)
                return (false, $"not about {name}: names {sides.Length} of the {sidesNeeded} sides needed; {Found()}");
            // one key term alone, held beside the description's terms, must recur (not when the manifest has one key term only,
            // all an article can hold, nor with no description: one key term is then all that is asked)
            bool onceOnly = _key.Count > 1 && _context.Count > 0 && key.Length == 1 && !scratch.Again.Contains(keyStems[0]);
            bool about = _key.Count > 0
                ? key.Length >= Math.Min(2, _key.Count) || key.Length >= 1 && !onceOnly && context.Length >= Math.Min(ContextNeeded, _context.Count)
                : context.Length >= Math.Ceiling(ContextShareNeeded * _context.Count);
            // one recurring key term and too few context terms, or one key term named once beside enough context terms (a
            // briefing's transcript that names "its posts" once and calls the incident "this" or "the strike"): the article's
            // texts must go through the manifest's questions
            string questionsFound = "";
            if (!about && _key.Count > 0 && key.Length >= 1 && (!onceOnly || context.Length >= Math.Min(ContextNeeded, _context.Count)) && _questions.Length > 0)
            {
                // (the key term named once must stand in a side's words that a cue matches, "its posts never fired a shot": named
                // in a point the sides dispute, not in passing, "a police post" stormed by a crowd)
                var matched = QuestionsMatched(doc, onceOnly ? keyStems[0] : null, out bool keyInCue);
                int needed = Math.Min(QuestionsNeeded, _questions.Length);
                about = matched.Count >= needed && (!onceOnly || keyInCue);
                questionsFound = $"; cues of {matched.Count} of the {_questions.Length} questions" + (matched.Count > 0 ? " (" + string.Join(", ", matched) + ")" : "") +
                                 (about ? "" : $", {needed} needed");
            }
            if (about && AnotherPlace(doc, keyStems, scratch) is { } other)
                return (false, $"not about {name}: names another place, {other}, and neither {string.Join(" nor ", _ownProper.Select(s => _key[s]))} nor its date; {Found()}");
            return (about, (about ? "about " : "not about ") + name + ": " + Found() + questionsFound + (onceOnly && !about ? $"; its one key term named once ({key[0]})" : ""));
        }

        /// <summary>
        /// The other place an article names, "Kurram Agency", when it tells of another incident of the same kind: it names none of
        /// the incident's own proper terms (<see cref="_ownProper"/>: held in <paramref name="keyStems"/>), names a place as the
        /// manifest's place is named, a place preposition (accounts-stance.txt place), "the" or not, a capitalised word and one of
        /// the place's heads ("in Kurram Agency" where the manifest has "Mohmand Agency"; not "the Bosphorus News Agency", whose
        /// name is of more words, nor one after no preposition of place), or a place the gazetteer lists with such a head written
        /// without it ("in South Waziristan": <see cref="HeadlessPlace"/>), and never names the incident's date
        /// (<see cref="NamesDate"/>). Null otherwise.
        /// </summary>
        private string? AnotherPlace(IncidentDocument doc, string[] keyStems, Scratch scratch)
        {
            if (_heads.Length == 0 || _ownProper.Length == 0 || _ownProper.Any(keyStems.Contains)) return null;
            string? other = null;
            foreach (var head in _heads)
            {
                if (!scratch.Contains(" " + head + " ")) continue;
                foreach (var text in Texts(doc))
                    if ((other = PlaceWithHead(text, head)) != null) break;
                if (other != null) break;
            }
            // (a headless place only in the headline, which names the story's own incident: a body names such places of other
            // events in passing, "a drone strike in North Waziristan", in stories of the incident too)
            foreach (var head in _heads)
            {
                if (other != null || doc.Title == null) break;
                other = HeadlessPlace(doc.Title, head);
            }
            if (other == null || _date is not DateTimeOffset day) return other;
            foreach (var text in Texts(doc))
                if (NamesDate(text, day)) return null;
            return other;
        }

        /// <summary>The title, the highlights and the body paragraphs of a document, as <see cref="Judge"/> reads them.</summary>
        private static IEnumerable<string> Texts(IncidentDocument doc)
        {
            if (doc.Title != null) yield return doc.Title;
            foreach (var h in doc.Highlights) yield return h;
            foreach (var p in doc.Paragraphs) yield return p.Text;
        }

        /// <summary>
        /// "Kurram Agency" when the text names a place by a place preposition (accounts-stance.txt place), "the" or not, a
        /// capitalised word that is no head itself, and <paramref name="head"/> ("in Kurram Agency", "in the Khyber Agency"); else null.
        /// </summary>
        private string? PlaceWithHead(string text, string head)
        {
            var words = Words(text).ToList();
            var prepositions = AccountLexicon.Default.PlacePrepositions;
            for (int i = 2; i < words.Count; i++)
            {
                if (!string.Equals(words[i], head, StringComparison.Ordinal)) continue;
                var name = words[i - 1];
                if (!char.IsUpper(name[0]) || _heads.Contains(name, StringComparer.Ordinal)) continue;
                int p = i - 2;
                if (p > 0 && words[p] == "the") p--;
                if (prepositions.Contains(words[p])) return name + " " + head;
            }
            return null;
        }

        /// <summary>
        /// "South Waziristan (Agency)" when a headline names a place of the same kind that the gazetteer lists with
        /// <paramref name="head"/> ("South Waziristan Agency", "Bajaur Agency": cities.txt) written without it ("Troops raid South
        /// Waziristan village", "Strike in Bajaur kills 12"), before no other capitalised word ("through the Khyber Pass" names the
        /// pass); else null. (The incident's own, "in Mohmand", is a proper term of its place: <see cref="AnotherPlace"/> asks
        /// nothing then.)
        /// </summary>
        private static string? HeadlessPlace(string title, string head)
        {
            var words = Words(title).ToList();
            for (int first = 0; first < words.Count; first++)
            {
                for (int count = 1; count <= HeadlessPlaceWords && first + count <= words.Count; count++)
                {
                    if (!char.IsUpper(words[first + count - 1][0])) break;
                    if (first + count < words.Count && char.IsUpper(words[first + count][0])) continue;
                    var name = string.Join(" ", words.Skip(first).Take(count));
                    if (CountryTable.FindCity(name + " " + head) != null) return name + " (" + head + ")";
                }
            }
            return null;
        }

        /// <summary>The most words of a place's name written without its head ("South Waziristan" of "South Waziristan Agency": 2; one more allowed).</summary>
        private const int HeadlessPlaceWords = 3;

        /// <summary>The most days a date an article names may stand from the incident's and still name it ("the night of 25-26 November").</summary>
        private const int DateSlackDays = 1;

        /// <summary>
        /// True when the text names the incident's date: a month (a name or its abbreviation) with a day right before or after it
        /// within <see cref="DateSlackDays"/> of the incident's, in any year ("26 November", "Nov. 25-26", "November 26th"), or with
        /// the incident's year after it ("November 2011").
        /// </summary>
        private static bool NamesDate(string text, DateTimeOffset day)
        {
            var words = Words(text).ToList();
            for (int i = 0; i < words.Count; i++)
            {
                if (!DateStamp.IsMonthWord(words[i]) || !char.IsUpper(words[i][0])) continue;
                int month = DateStamp.MonthNumber(words[i]);
                if (month == 0) continue;
                if (i + 1 < words.Count && words[i + 1] == day.Year.ToString(CultureInfo.InvariantCulture) && month == day.Month) return true;
                foreach (var n in new[] { i - 1, i + 1 })
                {
                    if (n < 0 || n >= words.Count || DayOf(words[n]) is not int d) continue;
                    if (d > DateTime.DaysInMonth(day.Year, month)) continue;
                    if (Math.Abs((new DateTime(day.Year, month, d) - day.Date).TotalDays) <= DateSlackDays) return true;
                }
            }
            return false;
        }

        /// <summary>
        /// The day of a word of one or two digits and an ordinal's ending or none ("26", "26th"), 1 to 31; else null. The digits
        /// are ASCII ones: a digit of another script ("٢") is no day here (the invariant culture does not parse it).
        /// </summary>
        private static int? DayOf(string word)
        {
            int digits = 0;
            while (digits < word.Length && word[digits] >= '0' && word[digits] <= '9') digits++;
            if (digits == 0 || digits > 2) return null;
            var rest = word.Substring(digits);
            if (rest.Length > 0 && rest is not ("st" or "nd" or "rd" or "th")) return null;
            int d = int.Parse(word.Substring(0, digits), CultureInfo.InvariantCulture);
            return d >= 1 && d <= 31 ? d : null;
        }

        /// <summary>
        /// The ids of the manifest's questions (in its order) one of whose position cues matches the title, a highlight or a
        /// paragraph of the document as said by one of the sides (the claim reader's compiled cues: a cue limited to a party counts
        /// for that party's words). The phrases that leave a question open count for none.
        /// </summary>
        private List<string> QuestionsMatched(IncidentDocument doc, string? keyStem, out bool keyInCue)
        {
            keyInCue = false;
            var cues = CompiledManifest.For(_parties, _questions, AccountLexicon.Default).Cues;
            // (by id: the compiled cues may be those of an equal manifest read before, with questions of their own)
            var matched = new HashSet<string>(StringComparer.Ordinal);
            var candidates = _candidates ??= new List<CompiledCue>();
            int questionsMatched = 0;
            foreach (var written in Texts(doc))
            {
                // every question matched and the key term's place settled: no later text changes the answer
                if (questionsMatched == _questionIds.Count && (keyStem == null || keyInCue)) break;
                if (string.IsNullOrEmpty(written)) continue;
                var text = AccountText.Normalize(written!);   // curly marks made straight, as the claim reader cuts its texts
                // the cues that count for any side's words, each tried once (a cue of no party counts for every side: the same
                // match whichever side says it)
                foreach (var cue in cues.CandidatesOfAny(text, _sideParties, candidates))
                {
                    if (cue.Open) continue;
                    bool keyAsked = keyStem != null && !keyInCue;
                    bool known = matched.Contains(cue.Question.Id);
                    if (known && !keyAsked) continue;
                    if (keyAsked)
                    {
                        // the match's words are read only while the key term's place is asked (the first match, as Match
                        // gives it; where the runtime has it, without a Match object)
#if NET8_0_OR_GREATER
                        int index = -1, length = 0;
                        foreach (var m in cue.Pattern.EnumerateMatches(text))
                        {
                            (index, length) = (m.Index, m.Length);
                            break;
                        }
                        if (index < 0) continue;
                        keyInCue = HoldsStem(text, index, length, keyStem!);
#else
                        var m = cue.Pattern.Match(text);
                        if (!m.Success) continue;
                        keyInCue = HoldsStem(text, m.Index, m.Length, keyStem!);
#endif
                    }
                    else if (!cue.Pattern.IsMatch(text)) continue;
                    if (!known && matched.Add(cue.Question.Id) && _questionIds.Contains(cue.Question.Id)) questionsMatched++;
                }
            }
            return _questions.Select(q => q.Id).Where(matched.Contains).ToList();
        }

        [ThreadStatic] private static List<CompiledCue>? _candidates;

        /// <summary>
        /// True when a word of text[start..start+length) (as <see cref="Words"/> reads that stretch alone: a word cut by its
        /// bounds is read cut) has the stem <paramref name="stem"/>. Only a word whose first letter in lower case is the stem's is
        /// stemmed (<see cref="AccountText.Stem"/> changes only a word's end).
        /// </summary>
        internal static bool HoldsStem(string text, int start, int length, string stem)
        {
            if (stem.Length == 0) return false;
            int i = start, end = start + length;
            while (i < end)
            {
                while (i < end && !char.IsLetterOrDigit(text[i])) i++;
                int from = i;
                while (i < end && char.IsLetterOrDigit(text[i])) i++;
                if (i == from) continue;
                char first = text[from];
                if (!char.IsSurrogate(first) && Casing.LowerChar(first) != stem[0]) continue;
                if (string.Equals(StemOf(text.Substring(from, i - from)), stem, StringComparison.Ordinal)) return true;
            }
            return false;
        }

        /// <summary>
        /// The body paragraphs a dateline may open: the first, or a later one when each before it is a line that ends no
        /// sentence (a bureau's or desk's line the reader left in the body, "Northwest Courier Washington Bureau"; a headline's
        /// deck under the title and a byline the reader did not take for one, "By a Staff Correspondent", before the dateline).
        /// </summary>
        public const int DatelineParagraphs = 3;

        /// <summary>
        /// The date of a dateline with its year that opens the body ("WASHINGTON, Sept. 23, 2011 -- The top U.S. …"), read by
        /// the parser's reader of such datelines (<see cref="PageCruft.LeadDate"/>, then <see cref="DateStamp.Parse"/>): when
        /// the story was filed, for an article whose header gave no date of publication. Null when no body paragraph within
        /// <see cref="DatelineParagraphs"/> opens with one (a dateline without a year says nothing of the year).
        /// </summary>
        internal static DateTimeOffset? DatelineDate(IncidentDocument doc)
        {
            int n = 0;
            foreach (var p in doc.Paragraphs)
            {
                if (p.Section != ParagraphSection.Body) continue;
                if (PageCruft.LeadDate(p.Text) is { } date) return DateStamp.Parse(date);
                // only past a line that is no sentence of the story
                if (++n >= DatelineParagraphs || PageCruft.EndsLikeSentence(p.Text)) return null;
            }
            return null;
        }

        /// <summary>
        /// <see cref="Judge"/>'s pass over one text: its words (runs of letters and digits) appended to the joined words,
        /// one blank before each but the first, and each distinct word that may be a term stemmed into the stems. The
        /// characters are copied as they are read (no word is cut out but a new one that may be a term).
        /// </summary>
        private void Read(string all, Scratch scratch)
        {
            // at most every character of the text and a blank before each word, which stands after a character that is not of a word
            var joined = scratch.Room(all.Length + 1);
            int length = scratch.Length;
            int before = -1, beforeLength = 0;   // the word before, in this text
            for (int i = 0; i < all.Length;)
            {
                char c = all[i];
                if (!char.IsLetterOrDigit(c))
                {
                    i++;
                    continue;
                }
                if (length > 1) joined[length++] = ' ';
                int start = i;
                do
                {
                    joined[length++] = c;
                    if (++i == all.Length) break;
                    c = all[i];
                }
                while (char.IsLetterOrDigit(c));
                int pair = WordStart(all, start, i - start);
                if (pair != NotAscii) scratch.WordStarts[pair >> 6] |= 1UL << pair;
                if (MayBeTerm(all, start, i - start)) scratch.Met(all, start, i - start);
                if (before >= 0 && IsCompound(all, before, beforeLength, start, i - start))
                {
                    var stem = StemOf(all.Substring(before, beforeLength) + all.Substring(start, i - start));
                    if (_key.ContainsKey(stem) || _context.ContainsKey(stem))
                    {
                        if (!scratch.Stems.Add(stem)) scratch.Again.Add(stem);
                        if (char.IsUpper(all[before])) scratch.Capital.Add(stem);
                    }
                }
                before = start;
                beforeLength = i - start;
            }
            scratch.Length = length;
        }

        /// <summary>
        /// Whether two words in a row, one blank or hyphen between them, may be one term of the manifest written as two
        /// ("air strike", "air-strike"): the first is the start of a <see cref="_splittable"/> word and the second long enough.
        /// </summary>
        private bool IsCompound(string text, int first, int firstLength, int second, int secondLength) =>
            firstLength < LengthBits && (_compoundHeadLengths & 1UL << firstLength) != 0 && secondLength >= CompoundPartMin &&
            second == first + firstLength + 1 && (text[second - 1] == ' ' || text[second - 1] == '-') &&
            MayBeTerm(text, first, firstLength) && StartsATerm(text, first, firstLength);

        /// <summary>
        /// Whether text[start..start+length) is, in any case (OrdinalIgnoreCase), the start of a <see cref="_splittable"/> word
        /// that leaves at least <see cref="CompoundPartMin"/> letters after it: compared in place, no string cut.
        /// </summary>
        private bool StartsATerm(string text, int start, int length)
        {
            char first = text[start];
            foreach (var word in _splittable)
                if (length + CompoundPartMin <= word.Length && !AsciiDiffer(word[0], first) &&
                    string.Compare(word, 0, text, start, length, StringComparison.OrdinalIgnoreCase) == 0) return true;
            return false;
        }

        /// <summary>True when both characters are ASCII and not the same letter in either case (so no case-insensitive comparison can match them).</summary>
        private static bool AsciiDiffer(char a, char b) => a < AsciiEnd && b < AsciiEnd && (a | 0x20) != (b | 0x20);

        /// <summary><see cref="AccountText.Stem"/> of a word in lower case.</summary>
        private static string StemOf(string word) => AccountText.Stem(Casing.Lower(word));

        [ThreadStatic] private static Scratch? _scratch;

        /// <summary>What <see cref="Judge"/> works in, kept per thread: the words met and their stems, the stems of the document, and the words joined by blanks.</summary>
        private sealed class Scratch
        {
            /// <summary>The stems of the document's words that may be terms (each added once).</summary>
            public readonly HashSet<string> Stems = new HashSet<string>(StringComparer.Ordinal);

            /// <summary>The stems of <see cref="Stems"/> the document has more than once (by one word or two).</summary>
            public readonly HashSet<string> Again = new HashSet<string>(StringComparer.Ordinal);

            /// <summary>The stems of <see cref="Stems"/> the document writes capitalised at least once.</summary>
            public readonly HashSet<string> Capital = new HashSet<string>(StringComparer.Ordinal);

            /// <summary>The <see cref="WordStart"/> of every word read, one bit each, for <see cref="MayHold"/>.</summary>
            public readonly ulong[] WordStarts = new ulong[AsciiEnd * AsciiEnd / 64];
            private char[] _joined = new char[16384];

            /// <summary>
            /// The words that may be terms this thread has read, by the word as written and looked up in place (the words of a
            /// corpus recur from document to document), each with its stem and the last document it was met in.
            /// </summary>
            private readonly WordMap<Word> _met = new WordMap<Word>(512);

            /// <summary>A word met: its stem, whether it is capitalised, and the last documents it was met in once and again.</summary>
            private struct Word
            {
                public string Stem;
                public bool Capital;
                public int Document;
                public int AgainIn;
            }
            private const int MaxStems = 8192;

            /// <summary>The number of the document being read (1 and up; a word of <see cref="_met"/> not yet met in any has 0).</summary>
            private int _document;

            /// <summary>Starts a document: no word met in it yet (and the words of earlier ones let go when they are too many).</summary>
            public void NextDocument()
            {
                if (_met.Count >= MaxStems || _document == int.MaxValue)
                {
                    _met.Clear();
                    _document = 0;
                }
                _document++;
            }

            /// <summary>Adds the stem of the word text[start..start+length) to <see cref="Stems"/> the first time the document has it.</summary>
            public void Met(string text, int start, int length)
            {
                ref var met = ref _met.Find(text, start, length, out var added);
                if (added != null)
                {
                    met.Stem = StemOf(added);
                    met.Capital = char.IsUpper(added[0]);
                }
                if (met.Document == _document)
                {
                    if (met.AgainIn != _document)
                    {
                        met.AgainIn = _document;
                        Again.Add(met.Stem);
                    }
                    return;
                }
                met.Document = _document;
                if (!Stems.Add(met.Stem)) Again.Add(met.Stem);
                if (met.Capital) Capital.Add(met.Stem);
            }

            public int Length;

            public void Append(char c)
            {
                if (Length == _joined.Length) Array.Resize(ref _joined, _joined.Length * 2);
                _joined[Length++] = c;
            }

            /// <summary>The joined words' array, with room for <paramref name="count"/> more characters after <see cref="Length"/>.</summary>
            public char[] Room(int count)
            {
                if (Length + count > _joined.Length) Array.Resize(ref _joined, Math.Max(_joined.Length * 2, Length + count));
                return _joined;
            }

            /// <summary>True when the joined words hold the string (ordinal, as string.IndexOf gives it).</summary>
            public bool Contains(string s)
            {
                if (s.Length == 0) return true;
#if NET8_0_OR_GREATER
                // the same ordinal search, vectorised where the runtime has spans
                return new ReadOnlySpan<char>(_joined, 0, Length).IndexOf(s.AsSpan()) >= 0;
#else
                char first = s[0];
                for (int i = 0; i + s.Length <= Length; i++)
                {
                    if (_joined[i] != first) continue;
                    int j = 1;
                    while (j < s.Length && _joined[i + j] == s[j]) j++;
                    if (j == s.Length) return true;
                }
                return false;
#endif
            }
        }

        /// <summary>The words of a text: runs of letters and digits (apostrophes and hyphens split them).</summary>
        private static IEnumerable<string> Words(string text)
        {
            int i = 0;
            while (i < text.Length)
            {
                while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
                int start = i;
                while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
                if (i > start) yield return text.Substring(start, i - start);
            }
        }

        /// <summary>The words of a text joined by one blank ("U.S.-led" is "U S led"), for whole-word search.</summary>
        private static string Spaced(string text) => string.Join(" ", Words(text));
    }
}
