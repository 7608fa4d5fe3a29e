using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// The cue verbs of a paragraph's tokens, worked out once: for each token, the phrasal cues that
    /// match there ("called for", longest first, each with the token index past it) and the plain cue
    /// verb, as <see cref="ReportedSpeech.EntryOf"/> reads them with the paragraph's end as the limit.
    /// <see cref="EntryAt"/> then gives for any limit what <see cref="ReportedSpeech.EntryOf"/> gives:
    /// the first phrase that ends within it, else the plain verb.
    /// </summary>
    internal sealed class CueTable
    {
        /// <summary>
        /// Per token from <see cref="_first"/> on, up to the last cue: null (no cue), a <see cref="CueVerb"/> (a plain
        /// verb), or a <see cref="Candidates"/>; null for a paragraph without a cue. Only the tokens from the first cue
        /// to the last have a slot (a table of every token was mostly empty).
        /// </summary>
        private readonly object?[]? _at;

        /// <summary>The token of <see cref="_at"/>'s first slot.</summary>
        private readonly int _first;

        /// <summary>The table of a paragraph without a cue verb (shared: it holds nothing).</summary>
        private static readonly CueTable NoCue = new CueTable(null);

        private sealed class Candidates
        {
            public Candidates(List<(CueVerb Phrase, int End)> phrases, CueVerb? verb)
            {
                Phrases = phrases.ToArray();
                Verb = verb;
            }

            public (CueVerb Phrase, int End)[] Phrases { get; }

            /// <summary>The plain verb when no phrase fits the limit (null for a word that is no cue verb alone).</summary>
            public CueVerb? Verb { get; }
        }

        private CueTable(object?[]? at, int first = 0)
        {
            _at = at;
            _first = first;
        }

        /// <summary>This thread's table of every token, filled while one paragraph's table is made (then cleared).</summary>
        [System.ThreadStatic] private static object?[]? _scratch;

        /// <summary>The largest scratch table a thread keeps.</summary>
        private const int MaxScratch = 4096;

        public static CueTable Of(TokenList tk)
        {
            int n = tk.Count;
            object?[]? at = null; // taken at the first cue: many paragraphs have none
            int first = -1, last = -1;
            List<(CueVerb, int)>? phrases = null;
            for (int k = 0; k < n; k++)
            {
                var t = tk[k];
                // only a form of reporting-verbs.txt can be a cue (the cue lexicon's words are its forms): a bit of the token, not a look-up
                // (asked before the case of the first letter, which reads the text: most words are no verb form)
                // (or a form of the copula, the verb of a phrasal cue of stance: "are adamant that")
                if (!t.IsWord || !(t.IsVerbForm || t.Has(WordClass.Be) || t.Has(WordGroup.FirstPersonBe)) || !t.IsLowerWord) continue;
                phrases?.Clear();
                CueLexicon.Cues(t.Lower, out var v, out var cues);
                if (v == null && cues == null) continue;
                foreach (var phrase in cues ?? System.Array.Empty<CueVerb>())
                    if (CueLexicon.ParticleEnd(tk, k, n, phrase.Particle!) is var pe && pe > 0)
                        (phrases ??= new List<(CueVerb, int)>()).Add((phrase, pe));
                if (v != null && v.Has(VerbTag.Phrasal)) v = null;
                if (phrases != null && phrases.Count > 0) (at ??= Scratch(n))[k] = new Candidates(phrases, v);
                else if (v != null) (at ??= Scratch(n))[k] = v;
                else continue;
                if (first < 0) first = k;
                last = k;
            }
            if (at == null) return NoCue;
            // the slots from the first cue to the last kept, the scratch cleared and given back to the thread
            var kept = new object?[last - first + 1];
            System.Array.Copy(at, first, kept, 0, kept.Length);
            System.Array.Clear(at, first, kept.Length);
            if (at.Length <= MaxScratch) _scratch = at;
            return new CueTable(kept, first);
        }

        /// <summary>This thread's scratch table, of at least n slots, all null; taken off the thread while in use.</summary>
        private static object?[] Scratch(int n)
        {
            var at = _scratch;
            _scratch = null;
            return at != null && at.Length >= n ? at : new object?[System.Math.Max(n, 256)];
        }

        /// <summary>False when token k is no cue word at any limit (then <see cref="EntryAt"/> is null for it).</summary>
        public bool MayBeCue(int k) => _at != null && k >= _first && k - _first < _at.Length && _at[k - _first] != null;

        /// <summary>
        /// The first token in [<paramref name="k"/>, <paramref name="end"/>) that may be a cue word (<see cref="MayBeCue"/>), else
        /// <paramref name="end"/>: a rule that reads only cue words (<see cref="EntryAt"/> or a finite verb's reading not null) walks
        /// from one to the next, not over every token of the sentence (issue #10).
        /// </summary>
        public int NextCue(int k, int end)
        {
            if (_at == null) return end;
            int last = System.Math.Min(end - _first, _at.Length);
            for (int i = System.Math.Max(k - _first, 0); i < last; i++)
                if (_at[i] != null) return i + _first;
            return end;
        }

        /// <summary>The last token in [<paramref name="start"/>, <paramref name="k"/>] that may be a cue word, else <paramref name="start"/> - 1 (<see cref="NextCue"/> walking right to left).</summary>
        public int PreviousCue(int k, int start)
        {
            if (_at != null)
            {
                int first = System.Math.Max(start - _first, 0);
                for (int i = System.Math.Min(k - _first, _at.Length - 1); i >= first; i--)
                    if (_at[i] != null) return i + _first;
            }
            return start - 1;
        }

        /// <summary>
        /// The last reading of a cue word as a finite verb (<see cref="ReportedSpeech.FiniteVerbAt"/>) per slot of
        /// <see cref="_at"/>, made on first use. Each reading is whole before it is set (threads that share the
        /// document may each set one; a reading read is always one made for its bounds).
        /// </summary>
        private Reading?[]? _readings;

        private sealed class Reading
        {
            public Reading(int s0, int s1, VerbCue? cue)
            {
                S0 = s0;
                S1 = s1;
                Cue = cue;
            }

            public int S0 { get; }
            public int S1 { get; }
            public VerbCue? Cue { get; }
        }

        /// <summary>True, with the reading, when the cue word k was last read as a finite verb within the same bounds [s0, s1).</summary>
        public bool ReadingAt(int k, int s0, int s1, out VerbCue? cue)
        {
            var readings = System.Threading.Volatile.Read(ref _readings);
            var r = readings == null ? null : System.Threading.Volatile.Read(ref readings[k - _first]);
            bool known = r != null && r.S0 == s0 && r.S1 == s1;
            cue = known ? r!.Cue : null;
            return known;
        }

        /// <summary>Keeps the reading of the cue word k within [s0, s1) (<see cref="MayBeCue"/> is true for k).</summary>
        public void Remember(int k, int s0, int s1, VerbCue? cue)
        {
            var readings = System.Threading.Volatile.Read(ref _readings);
            if (readings == null)
            {
                System.Threading.Interlocked.CompareExchange(ref _readings, new Reading?[_at!.Length], null);
                readings = System.Threading.Volatile.Read(ref _readings)!;
            }
            System.Threading.Volatile.Write(ref readings[k - _first], new Reading(s0, s1, cue));
        }

        /// <summary>The cue verb (or phrasal cue) whose verb is token k, within tokens before <paramref name="s1"/>; null for a word that is no cue.</summary>
        public CueVerb? EntryAt(int k, int s1, out int end)
        {
            end = k + 1;
            if (_at == null || k < _first || k - _first >= _at.Length) return null;
            var x = _at[k - _first];
            if (x == null) return null;
            if (x is CueVerb verb) return verb;
            var c = (Candidates)x;
            foreach (var (phrase, e) in c.Phrases)
            {
                if (e > s1) continue;
                end = e;
                return phrase;
            }
            return c.Verb;
        }
    }
}
