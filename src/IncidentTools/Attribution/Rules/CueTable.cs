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
        /// <summary>Per token: null (no cue), a <see cref="CueVerb"/> (a plain verb), or a <see cref="Candidates"/>; null for a paragraph without a cue.</summary>
        private readonly object?[]? _at;

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

        private CueTable(object?[]? at) => _at = at;

        public static CueTable Of(TokenList tk)
        {
            int n = tk.Count;
            object?[]? at = null; // made at the first cue: many paragraphs have none
            List<(CueVerb, int)>? phrases = null;
            for (int k = 0; k < n; k++)
            {
                var t = tk[k];
                if (!t.IsWord || !t.IsLowerWord) continue;
                phrases?.Clear();
                CueLexicon.Cues(t.Lower, out var v, out var cues);
                if (v == null && cues == null) continue;
                foreach (var phrase in cues ?? System.Array.Empty<CueVerb>())
                    if (CueLexicon.ParticleFollows(tk, k, n, phrase.Particle!))
                        (phrases ??= new List<(CueVerb, int)>()).Add((phrase, k + 1 + phrase.Particle!.Length));
                if (v != null && v.Has(VerbTag.Phrasal)) v = null;
                if (phrases != null && phrases.Count > 0) (at ??= new object?[n])[k] = new Candidates(phrases, v);
                else if (v != null) (at ??= new object?[n])[k] = v;
            }
            return at == null ? NoCue : new CueTable(at);
        }

        /// <summary>The cue verb (or phrasal cue) whose verb is token k, within tokens before <paramref name="s1"/>; null for a word that is no cue.</summary>
        public CueVerb? EntryAt(int k, int s1, out int end)
        {
            end = k + 1;
            if (_at == null) return null;
            var x = _at[k];
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
