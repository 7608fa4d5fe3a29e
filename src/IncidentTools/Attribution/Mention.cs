using System;
using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution
{
    internal enum MentionKind { Pronoun, Name, Organisation, Description }

    /// <summary>
    /// The words that name a speaker in one place of the text ("he", "Brig. Gen. Stephen A. Clark",
    /// "the Pentagon", "a second intelligence official close to the investigation"), taken apart.
    /// </summary>
    internal sealed class Mention
    {
        public MentionKind Kind { get; set; }

        /// <summary>Token range of the mention's own words [Start, End) (determiner to head, or the name).</summary>
        public int Start { get; set; }
        public int End { get; set; }

        /// <summary>Token index just past everything the parse consumed (apposition, postmodifier).</summary>
        public int Next { get; set; }

        /// <summary>Character offsets in the paragraph of the mention's words.</summary>
        public int CharStart { get; set; }
        public int CharEnd { get; set; }

        public string Text { get; set; } = "";

        /// <summary>When <see cref="Text"/> reads past the head ("Officials in three states"), the words up to it ("Officials"); else null.</summary>
        public string? HeadText { get => _rare?.HeadText; set { if (value != null || _rare != null) Rare.HeadText = value; } }

        /// <summary>Lower-case determiner ("the", "a", "one", "a second"); empty when there is none.</summary>
        public string Determiner { get; set; } = "";

        /// <summary>Title before a name ("Brig. Gen."), or a description used as title ("State Department spokesman").</summary>
        public string? Title { get => _rare?.Title; set { if (value != null || _rare != null) Rare.Title = value; } }

        /// <summary>The gender the words around the name tell: its title's ("Mrs."), else a reflexive right after it ("Clinton herself"); '\0' when none does.</summary>
        public char TitleGender { get; set; }

        /// <summary>The name's words without titles ("Stephen A. Clark").</summary>
        public string? Name { get; set; }

        /// <summary>Lower-case singular head noun of a description ("official", "department", "statement").</summary>
        public string Head { get; set; } = "";
        public bool Plural { get; set; }
        public bool IsDocument { get; set; }
        public bool IsOrganisationHead { get; set; }

        /// <summary>Words between determiner and head, as written ("senior", "Pakistani", "government").</summary>
        public IReadOnlyList<string> Modifiers => (IReadOnlyList<string>?)_modifiers ?? Array.Empty<string>();

        /// <summary>
        /// The modifiers' list, made at the first one: most mentions (names, pronouns, "the official") have none,
        /// and a list made for each of them was a fifth of the bytes of a mention.
        /// </summary>
        private List<string>? _modifiers;

        /// <summary>Adds a word to <see cref="Modifiers"/>.</summary>
        public void AddModifier(string word)
        {
            // a list shared with a copy (see Copy) is copied before its first change here, so the other keeps what it had
            if (_modifiersShared)
            {
                _modifiers = new List<string>(_modifiers!);
                _modifiersShared = false;
            }
            (_modifiers ??= new List<string>()).Add(word);
        }

        // true while _modifiers is also another mention's (a copy's, or the mention copied): neither changes it in place
        private bool _modifiersShared;

        /// <summary>Adds words to <see cref="Modifiers"/>.</summary>
        public void AddModifiers(IReadOnlyList<string> words)
        {
            for (int i = 0; i < words.Count; i++) AddModifier(words[i]);
        }

        /// <summary>Words after the head that still describe the speaker ("close to the investigation").</summary>
        public string? PostModifier { get => _rare?.PostModifier; set { if (value != null || _rare != null) Rare.PostModifier = value; } }

        /// <summary>An apposition ("a deputy State Department spokesman", "who led the investigation").</summary>
        public string? Apposition { get => _rare?.Apposition; set { if (value != null || _rare != null) Rare.Apposition = value; } }

        /// <summary>For a document ("a statement from the Pakistani military"), the mention of its author.</summary>
        public Mention? Owner { get => _rare?.Owner; set { if (value != null || _rare != null) Rare.Owner = value; } }

        /// <summary>
        /// The words most mentions do not have (a pronoun, a bare name, "the official"): <see cref="HeadText"/>,
        /// <see cref="Title"/>, <see cref="PostModifier"/>, <see cref="Apposition"/> and <see cref="Owner"/>, kept in an object
        /// made when the first of them is set to a value, so that a mention without them is smaller.
        /// </summary>
        private sealed class RareParts
        {
            public string? HeadText;
            public string? Title;
            public string? PostModifier;
            public string? Apposition;
            public Mention? Owner;
        }

        private RareParts? _rare;

        private RareParts Rare => _rare ??= new RareParts();

        public bool IsPronoun => Kind == MentionKind.Pronoun;

        /// <summary>
        /// The mention of the pronoun that is the token at <paramref name="i"/> ("he", "their", "who", "him"), its words and
        /// offsets the token's as written; <paramref name="subjectForm"/> (the determiner) is the subject form the resolver
        /// reads ("he" for "him" or "his", or the word itself). The parse ends right after it unless <paramref name="next"/>
        /// says where; <paramref name="owner"/> is the noun a relative pronoun stands for.
        /// </summary>
        internal static Mention Pronoun(IReadOnlyList<Token> tk, int i, string subjectForm, int next = -1, Mention? owner = null) =>
            new Mention
            {
                Kind = MentionKind.Pronoun, Start = i, End = i + 1, Next = next < 0 ? i + 1 : next, Determiner = subjectForm,
                CharStart = tk[i].Start, CharEnd = tk[i].End, Text = tk[i].Text, Owner = owner,
            };

        /// <summary>
        /// "One of them said": a <see cref="IsMemberAlone"/> mention written with "of" and an object pronoun of a group, which
        /// stands for the group that pronoun does (the subject of the sentence before), not for the nearest noun of people.
        /// </summary>
        public bool OfGroupPronoun { get; set; }

        /// <summary>"One said", "Another wrote": a member determiner standing alone for one member of a group (its head is the determiner).</summary>
        public bool IsMemberAlone => Kind == MentionKind.Description && Modifiers.Count == 0 && Head.Length > 0 && Head == Determiner &&
                                     Lexicon.Is(Head, WordTag.Member) && Lexicon.Is(Head, WordTag.Indefinite);

        /// <summary>A copy that shares nothing that can be changed with this mention (its owner is copied too; its modifiers are shared until either adds one).</summary>
        public Mention Copy()
        {
            var copy = (Mention)MemberwiseClone();
            // the modifiers are shared until either mention adds one (AddModifier copies them then): most copies (the subject
            // cache's, ReportedSpeech.SubjectBefore) are read and never given another modifier
            if (_modifiers != null) _modifiersShared = copy._modifiersShared = true;
            if (_rare != null)
                copy._rare = new RareParts
                {
                    HeadText = _rare.HeadText, Title = _rare.Title, PostModifier = _rare.PostModifier, Apposition = _rare.Apposition,
                    Owner = _rare.Owner?.Copy(),
                };
            return copy;
        }

        public override string ToString() => Text;
    }

    /// <summary>A reporting cue found in the tokens: the verb or phrase, and where it ends.</summary>
    internal sealed class CueMatch
    {
        public CueMatch(string text, int start, int end, ReportingVerb? verb)
        {
            Text = text;
            Start = start;
            End = end;
            Verb = verb;
        }

        public string Text { get; }
        public int Start { get; }
        public int End { get; }
        public ReportingVerb? Verb { get; }
        public bool IsParticiple => Verb?.IsParticiple == true;
    }
}
