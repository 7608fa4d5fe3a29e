using System.Collections.Generic;

namespace IncidentTools.Text
{
    /// <summary>
    /// A form of a speaker noun of speaker-nouns.txt: the singular, whether this form is the plural, the tags.
    /// A class, not a tuple: the framework's dictionaries of string to a class share code compiled
    /// ahead of time, while a dictionary of string to a tuple of the module's enum is compiled in a
    /// fresh process at its first use (the word lists' load, before the first command's first quote).
    /// </summary>
    internal sealed class SpeakerNounEntry
    {
        public SpeakerNounEntry(string singular, bool plural, SpeakerNounTag tags)
        {
            Singular = singular;
            Plural = plural;
            Tags = tags;
        }

        public string Singular { get; }
        public bool Plural { get; }
        public SpeakerNounTag Tags { get; }
    }

    /// <summary>A word of organisation-words.txt and its tags (a class for the reason <see cref="SpeakerNounEntry"/> gives).</summary>
    internal sealed class OrganisationWordEntry
    {
        public OrganisationWordEntry(OrganisationWordTag tags) => Tags = tags;

        public OrganisationWordTag Tags { get; }

        /// <summary>A document that speaks for its author, not an organisation.</summary>
        public bool Document => (Tags & OrganisationWordTag.Document) != 0;
    }

    /// <summary>
    /// A word of the lexicon's tables (words.txt, reporting-verbs.txt, speaker-nouns.txt,
    /// organisation-words.txt) with what words.txt and reporting-verbs.txt say of it, found once when a
    /// token is made: a token whose lower case is such a word keeps it (<see cref="Token.Has(WordTag)"/>),
    /// so its questions to the lexicon are bit tests instead of a hash of the word at every question.
    /// Read-only once built, so threads share it.
    /// </summary>
    internal sealed class KnownWord
    {
        public KnownWord(string word, WordEntry entry, ReportingVerb? verb,
            SpeakerNounEntry? speakerNoun, OrganisationWordEntry? organisationWord)
        {
            Word = word;
            Tags = entry.Tags;
            Classes = entry.Classes;
            Groups = entry.Groups;
            Verb = verb;
            SpeakerNoun = speakerNoun;
            OrganisationWord = organisationWord;
        }

        /// <summary>Its line of speaker-nouns.txt (the singular, whether this form is the plural, the tags), or null.</summary>
        public SpeakerNounEntry? SpeakerNoun { get; }

        /// <summary>Its line of organisation-words.txt, or null.</summary>
        public OrganisationWordEntry? OrganisationWord { get; }

        /// <summary>The word, as the lexicon lists it (the lexicon's own string).</summary>
        public string Word { get; }

        /// <summary>Its tags in words.txt (none when it has no line there); with the classes and groups, copied from its <see cref="WordEntry"/> so that a token's question is one bit test.</summary>
        public WordTag Tags { get; }

        /// <summary>Its classes in words.txt (none when it has no line there).</summary>
        public WordClass Classes { get; }

        /// <summary>Its groups in words.txt (none when it has no line there).</summary>
        public WordGroup Groups { get; }

        /// <summary>The reporting verb of this form (<see cref="Lexicon.AnyVerb"/>), or null.</summary>
        public ReportingVerb? Verb { get; }

        public override string ToString() => Word;
    }

    /// <summary>
    /// A fixed set of words, found by their place in a text (a start and a length) without cutting the
    /// word out: the tokenizer and <see cref="Casing.Lower"/> take the set's own string for a word it
    /// holds instead of making a new one. Read-only once built, so threads share it.
    /// </summary>
    internal sealed class WordTable
    {
        private readonly KnownWord?[] _slots;
        private readonly uint[] _hashes;

        public WordTable(IEnumerable<KnownWord> words)
        {
            var distinct = new List<KnownWord>();
            var seen = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var w in words)
                if (seen.Add(w.Word)) distinct.Add(w);
            int size = 16;
            while (size < distinct.Count * 2) size <<= 1;
            _slots = new KnownWord?[size];
            _hashes = new uint[size];
            int mask = size - 1;
            foreach (var w in distinct)
            {
                uint h = Fnv1a.Of(w.Word, 0, w.Word.Length);
                int i = Slot(h, mask);
                while (_slots[i] != null) i = (i + 1) & mask;
                _slots[i] = w;
                _hashes[i] = h;
            }
        }

        private static int Slot(uint h, int mask) => (int)(h ^ (h >> 15)) & mask;

        /// <summary>The set's word equal to text[start..start+length), or null.</summary>
        public KnownWord? Find(string text, int start, int length) => Find(text, start, length, out _);

        /// <summary>The set's word equal to text[start..start+length), or null; with the characters' <see cref="Fnv1a"/> hash.</summary>
        public KnownWord? Find(string text, int start, int length, out uint hash)
        {
            hash = Fnv1a.Of(text, start, length);
            return FindHashed(text, start, length, hash);
        }

        /// <summary>
        /// The set's word equal to text[start..start+length), or null, given the characters' <see cref="Fnv1a"/> hash: for the
        /// tokenizer, which works it out as it reads the word's characters (no second pass over them).
        /// </summary>
        public KnownWord? FindHashed(string text, int start, int length, uint h)
        {
            int mask = _slots.Length - 1;
            for (int i = Slot(h, mask); ; i = (i + 1) & mask)
            {
                var s = _slots[i];
                if (s == null) return null;
                var w = s.Word;
                if (_hashes[i] == h && w.Length == length && (ReferenceEquals(w, text) || string.CompareOrdinal(w, 0, text, start, length) == 0)) return s;
            }
        }

        /// <summary>
        /// The set's word equal to <paramref name="text"/> in lower case (what ToLowerInvariant gives), or
        /// null: also null for a text with a character outside ASCII, which the caller lowers itself.
        /// </summary>
        public KnownWord? FindLower(string text)
        {
            uint h = Fnv1a.Basis;
            foreach (char c in text)
            {
                if (c >= 0x80) return null;
                h = Fnv1a.Add(h, c >= 'A' && c <= 'Z' ? (char)(c | 0x20) : c);
            }
            int mask = _slots.Length - 1;
            for (int i = Slot(h, mask); ; i = (i + 1) & mask)
            {
                var s = _slots[i];
                if (s == null) return null;
                if (_hashes[i] == h && s.Word.Length == text.Length && SameLower(s.Word, text)) return s;
            }
        }

        /// <summary>
        /// A word's lower case (what <see cref="Casing.Lower"/> gives) as the token keeps it: the table's
        /// <see cref="KnownWord"/> when the lower case is one of its words, else the lower-case string.
        /// <paramref name="lookedUp"/>: the caller has looked the text up as written already, and found
        /// <paramref name="asWritten"/> (null for none).
        /// </summary>
        public object LowerOf(string text, bool lookedUp, KnownWord? asWritten)
        {
            bool ascii = true, capital = false;
            foreach (char c in text)
            {
                if (c >= 0x80) { ascii = false; break; }
                if (c >= 'A' && c <= 'Z') capital = true;
            }
            if (ascii && !capital) return (lookedUp ? asWritten : Find(text, 0, text.Length)) ?? (object)text;
            if (ascii) return FindLower(text) ?? (object)text.ToLowerInvariant();
            var lower = Casing.Lower(text);
            return Find(lower, 0, lower.Length) ?? (object)lower;
        }

        private static bool SameLower(string lower, string text)
        {
            for (int k = 0; k < text.Length; k++)
            {
                char c = text[k];
                if ((c >= 'A' && c <= 'Z' ? (char)(c | 0x20) : c) != lower[k]) return false;
            }
            return true;
        }
    }
}
