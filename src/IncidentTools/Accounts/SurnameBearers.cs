using System;
using System.Collections.Generic;
using IncidentTools.Attribution;

namespace IncidentTools.Accounts
{
    /// <summary>
    /// The people a document names who are not the manifest's: the resolved speakers written with a name of two words or more
    /// that the manifest does not know. A manifest person's last name alone in a speaker's words ("Khan said", "Others, like
    /// Khan, say") names no side when such a person of the document bears that word as their own name's last word after another
    /// given name ("Imran Khan" when the manifest knows "Chaudhry Nisar Ali Khan"), or as its first word before a word the
    /// manifest person's name does not hold (the surname word as a given name or an honorific at the front: "Malik Sher Bahadur",
    /// a tribal elder, when the manifest knows "Rehman Malik"). The word next to it is read as
    /// <see cref="PartyIndex.AnotherPersonsSurname"/> reads the word before a surname: "Yousaf Raza Gilani", another spelling of
    /// the manifest's "Yousuf Raza Gilani", and "Amjad Ali Khan" bear the manifest person's words next to the surname and are
    /// not told apart from that person by this. Common surnames are where this matters: a document that wrote the manifest
    /// person's own name gets that person from the speaker resolver, not from the surname.
    /// </summary>
    internal sealed class SurnameBearers
    {
        private readonly List<Entity> _people = new List<Entity>();

        public SurnameBearers(IReadOnlyList<FoundAttribution> found)
        {
            for (int i = 0; i < found.Count; i++)
            {
                if (found[i].Speaker is not { Kind: EntityKind.Person, FromManifest: false } e || _people.Contains(e)) continue;
                // (a name of one word, "Khan", "Rabbani", is the surname itself: it says no other person)
                if (PartyResolver.FirstBlankWords(PersonName.WithoutHonorifics(e.Display), out _, out _) < 2) continue;
                _people.Add(e);
            }
        }

        /// <summary>
        /// True when <paramref name="surname"/> (a manifest person's last name as the text wrote it) is the last word of a person of
        /// the document after a word that <paramref name="manifestPerson"/>'s full name does not hold, or the first word before
        /// such a word, and that person's name key is not the manifest person's (<see cref="PartyResolver.NameKey"/>).
        /// </summary>
        public bool BearsIt(string surname, string manifestPerson)
        {
            if (_people.Count == 0) return false;
            var key = PartyResolver.NameKey(manifestPerson);
            var bare = PartyResolver.StripPossessive(surname);
            foreach (var e in _people)
            {
                if (e.NameKey == key) continue;
                var words = e.Display.Split(Text.Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
                int n = words.Length;
                if (n < 2) continue;
                string? next = null;
                if (bare.Equals(words[0], StringComparison.Ordinal)) next = words[1];
                else if (bare.Equals(PartyResolver.StripPossessive(words[n - 1]), StringComparison.Ordinal)) next = words[n - 2];
                if (next != null && PartyResolver.IndexOfWord(manifestPerson, next, StringComparison.Ordinal) < 0) return true;
            }
            return false;
        }
    }
}
