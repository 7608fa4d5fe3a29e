using System;
using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution
{
    /// <summary>Which form of a verb a word is.</summary>
    internal enum VerbForm { Base, ThirdPerson, Past, Gerund }

    /// <summary>A reporting verb of the one lexicon as a cue of reported speech: the form of the word, and the verb's tags.</summary>
    internal sealed class CueVerb
    {
        public CueVerb(ReportingVerb verb, bool participleOnly = false)
        {
            Verb = verb;
            Kind = FormOf(verb);
            ParticipleOnly = participleOnly;
        }

        /// <summary>A past participle that is not also the simple past ("shown", "written", "known"): a finite verb only after "has", "had", "have".</summary>
        public bool ParticipleOnly { get; }

        public ReportingVerb Verb { get; }

        public VerbForm Kind { get; }

        public string Form => Verb.Form;

        public string Lemma => Verb.Lemma;

        /// <summary>For a phrasal cue ("called for"), the words after the verb.</summary>
        public string[]? Particle => Verb.Particle;

        public bool Has(VerbTag tag) => Verb.Has(tag);

        /// <summary>A verb of saying, holding, conceding, denying or judging (not a manner of speaking).</summary>
        public bool IsSpeech => Verb.Has(VerbTag.Speech | VerbTag.Stance | VerbTag.Concession | VerbTag.Denial | VerbTag.Judgement) && !Verb.Has(VerbTag.Manner);

        /// <summary>Takes an addressee before its content ("told reporters that …"); a verb that judges its object keeps it in the content ("accused X of …").</summary>
        public bool TakesAddressee => Verb.TakesAddressee;

        private static VerbForm FormOf(ReportingVerb v) =>
            v.Form == v.Lemma ? VerbForm.Base : v.IsParticiple ? VerbForm.Gerund : v.IsThirdPerson ? VerbForm.ThirdPerson : VerbForm.Past;

        public override string ToString() => Form + " (" + Lemma + ")";
    }

    /// <summary>
    /// The reported-speech rules' view of the one lexicon (<see cref="Lexicon"/>): the verbs tagged
    /// "reported" in reporting-verbs.txt (and the phrasal cues, "+ call for"), with the form each word
    /// is; and the grammar words of words.txt. Read once; never changed after.
    /// </summary>
    internal static class CueLexicon
    {
        private static readonly TracedLazy<Dictionary<string, CueVerb>> _verbs = new TracedLazy<Dictionary<string, CueVerb>>(() =>
        {
            var map = new Dictionary<string, CueVerb>(StringComparer.Ordinal);
            // a lemma with two past forms ("showed", "shown"): the one in -n is the participle only
            var pasts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var v in Lexicon.ReportingVerbs.Values)
                if (new CueVerb(v).Kind == VerbForm.Past) pasts[v.Lemma] = pasts.TryGetValue(v.Lemma, out var n) ? n + 1 : 1;
            foreach (var v in Lexicon.ReportingVerbs.Values)
            {
                if (!v.Has(VerbTag.Reported | VerbTag.Phrasal)) continue;
                bool participle = pasts.TryGetValue(v.Lemma, out var count) && count > 1 && v.Form.EndsWith("n", StringComparison.Ordinal) && new CueVerb(v).Kind == VerbForm.Past;
                map[v.Form] = new CueVerb(v, participle);
            }
            return map;
        });

        private static readonly TracedLazy<Dictionary<string, CueVerb[]>> _phrases = new TracedLazy<Dictionary<string, CueVerb[]>>(() =>
        {
            var map = new Dictionary<string, CueVerb[]>(StringComparer.Ordinal);
            // (the forms of reporting verbs with phrasal cues, and of the copula: "is adamant")
            foreach (var form in Lexicon.PhrasalVerbForms)
            {
                var list = Lexicon.AttributionPhrasalCues(form);
                if (list.Count == 0) continue;
                var cues = new CueVerb[list.Count];
                for (int i = 0; i < cues.Length; i++) cues[i] = new CueVerb(list[i]);
                map[form] = cues;
            }
            return map;
        });

        /// <summary>The verb of reported speech (or the verb of a phrasal cue) that this lower-case word is a form of, or null.</summary>
        public static CueVerb? Verb(string lower) => _verbs.Value.TryGetValue(lower, out var v) ? v : null;

        /// <summary>The phrasal cues ("called for") whose verb is this lower-case form, longest first.</summary>
        public static IReadOnlyList<CueVerb> Phrases(string lower) =>
            _phrases.Value.TryGetValue(lower, out var list) ? list : (IReadOnlyList<CueVerb>)Array.Empty<CueVerb>();

        /// <summary>
        /// <see cref="Verb"/> and <see cref="Phrases"/> of a word in one look-up (for <see cref="Rules.CueTable"/>,
        /// which asks both of every word): the verb and the phrasal cues, each null when the word has none.
        /// </summary>
        public static void Cues(string lower, out CueVerb? verb, out CueVerb[]? phrases)
        {
            if (_cues.Value.TryGetValue(lower, out var both)) (verb, phrases) = both;
            else (verb, phrases) = (null, null);
        }

        private static readonly TracedLazy<Dictionary<string, (CueVerb?, CueVerb[]?)>> _cues = new TracedLazy<Dictionary<string, (CueVerb?, CueVerb[]?)>>(() =>
        {
            var map = new Dictionary<string, (CueVerb?, CueVerb[]?)>(StringComparer.Ordinal);
            foreach (var kv in _verbs.Value) map[kv.Key] = (kv.Value, null);
            foreach (var kv in _phrases.Value) map[kv.Key] = (map.TryGetValue(kv.Key, out var v) ? v.Item1 : null, kv.Value);
            return map;
        });

        /// <summary>
        /// Where a phrasal cue whose verb is at token <paramref name="k"/> ends (before <paramref name="end"/>): right after
        /// its particle when the particle follows the verb ("spoke about", "called for"), or follows one adverb of manner or
        /// of time between them ("spoke glowingly of", "talked openly about", "called again for"); -1 when it does not.
        /// </summary>
        public static int ParticleEnd(IReadOnlyList<Token> tk, int k, int end, string[] particle)
        {
            if (ParticleFollows(tk, k, end, particle)) return k + 1 + particle.Length;
            if (k + 1 < end && (IsLyAdverb(tk[k + 1]) || tk[k + 1].IsLowerWord && tk[k + 1].Has(WordTag.CueAdverb)) &&
                ParticleFollows(tk, k + 1, end, particle))
                return k + 2 + particle.Length;
            return -1;
        }

        /// <summary>
        /// True when the words of a phrasal cue's particle ("back", "in", "on to say") stand right after the
        /// verb at token <paramref name="k"/>, all before <paramref name="end"/>.
        /// </summary>
        public static bool ParticleFollows(IReadOnlyList<Token> tk, int k, int end, string[] particle)
        {
            if (k + particle.Length >= end) return false;
            for (int w = 0; w < particle.Length; w++)
                if (!tk[k + 1 + w].IsWord || tk[k + 1 + w].Lower != particle[w]) return false;
            return true;
        }

        /// <summary>
        /// True when the cue word at token k stands right after a preposition, and so is no verb: after a preposition
        /// proper any form ("director of state campaigns", "centers on comments", "in alleged fraud"; not after "to",
        /// "and" or a relative pronoun); a base or -s form that is a noun too also after any word that opens a phrase
        /// or clause ("amid reports that", "despite claims of", "as reports show"), not after an adverb ("later states").
        /// </summary>
        public static bool AfterPreposition(IReadOnlyList<Token> tk, int k)
        {
            if (k == 0 || !tk[k - 1].IsLowerWord) return false;
            var w = tk[k - 1].Lower;
            if (Lexicon.Is(w, WordTag.Preposition) && !Lexicon.Is(w, WordTag.Relative) && !tk[k - 1].Has(WordGroup.Additive | WordGroup.InfinitiveMarker)) return true;
            return Lexicon.Is(w, WordTag.IntroPhrase) && !Lexicon.Is(w, WordTag.CueAdverb | WordTag.Finite | WordTag.Negation) &&
                   tk[k].IsLowerWord && IsNounForm(tk[k].Lower);
        }

        /// <summary>A base or -s form of a cue verb that is a noun too ("report", "claims"; not "reported", "claiming").</summary>
        public static bool IsNounForm(string lower) =>
            Verb(lower) is { } v && v.Has(VerbTag.Noun) && (v.Kind == VerbForm.Base || v.Kind == VerbForm.ThirdPerson);

        /// <summary>True when the word carries any of the tags in words.txt.</summary>
        public static bool Is(string word, WordTag tags) => Lexicon.Is(word, tags);

        /// <summary>A lower-case adverb in -ly ("publicly", "flatly"), by the one rule of the lexicon.</summary>
        public static bool IsLyAdverb(Token t) => t.IsLowerWord && Lexicon.IsAdverb(t.Text);

        /// <summary>
        /// A lower-case word that is a past tense or participle by its form: more than four letters ending in -ed
        /// ("phoned", "asked"; not "red", "shed", "bled", whose -ed is no ending).
        /// </summary>
        public static bool IsEdForm(Token t) => t.IsLowerWord && t.Lower.Length > 4 && t.Lower.EndsWith("ed", StringComparison.Ordinal);

        /// <summary>The shortest word in -ing read as a form of a verb ("saying", "working"; not "king", "ring").</summary>
        public const int IngFormMinLength = 5;

        /// <summary>
        /// A lower-case word that is a participle or gerund by its form: at least <see cref="IngFormMinLength"/> letters
        /// ending in -ing ("saying", "working with …", "speaking on condition …"; not "king", "ring").
        /// </summary>
        public static bool IsIngForm(Token t) => t.IsLowerWord && EndsInIng(t.Lower);

        /// <summary>
        /// A word of any case, given lower-cased, in -ing of at least <see cref="IngFormMinLength"/> letters: with its capital
        /// it may open a sentence ("Speaking to reporters, …").
        /// </summary>
        public static bool EndsInIng(string lower) => lower.Length >= IngFormMinLength && lower.EndsWith("ing", StringComparison.Ordinal);

        /// <summary>
        /// The form in -ing of a word known to be a verb (a cue of the lexicon, a verb of a pattern): no length to check,
        /// the word is a verb already ("sing" and "singing" alike).
        /// </summary>
        public static bool IsIngOfVerb(Token verb) => verb.Lower.EndsWith("ing", StringComparison.Ordinal);

        /// <summary>The text of a mention that is the pronoun "I" as written, with its capital (<see cref="Token.IsPronounI"/> for a mention's own words).</summary>
        public static bool IsPronounI(string written) =>
            written.Length > 0 && char.IsUpper(written[0]) && Lexicon.Is(written, WordTag.FirstPerson) && !Lexicon.Is(written, WordClass.FirstPersonPlural);

        /// <summary>A pronoun that can be the subject of a clause: he, she, it, they, I, we, you.</summary>
        public static bool IsSubjectPronoun(string lower) =>
            Lexicon.Is(lower, WordClass.SubjectPronoun);

        /// <summary>
        /// A subject pronoun that may open a clause of its own, another speaker's: "I", or he, she, they, we, you
        /// in lower case; not "it", mostly an object after a verb ("Cruz called them on it:").
        /// </summary>
        public static bool IsSubjectPronounNotIt(Token t) => t.IsPronounI || t.IsLowerWord && !t.Has(WordGroup.ThingPronoun) && IsSubjectPronoun(t.Lower);
    }
}
