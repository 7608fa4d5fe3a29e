using System;
using System.Collections.Generic;
using System.Linq;

namespace IncidentTools
{
    /// <summary>
    /// What a corpus's <c>corpus.yaml</c> says that the article texts cannot:
    /// the incident, per-document metadata, the parties and the questions.
    /// </summary>
    public sealed class CorpusManifest
    {
        internal CorpusManifest(
            string? path,
            IncidentDescription? incident,
            IReadOnlyList<DocumentEntry> documents,
            IReadOnlyList<PartyDefinition> parties,
            IReadOnlyList<QuestionDefinition> questions)
        {
            Path = path;
            Incident = incident;
            Documents = documents;
            Parties = parties;
            Questions = questions;
        }

        /// <summary>A manifest that says nothing (a folder of .txt files alone).</summary>
        public static CorpusManifest Empty { get; } = new CorpusManifest(
            null, null, Array.Empty<DocumentEntry>(), Array.Empty<PartyDefinition>(), Array.Empty<QuestionDefinition>());

        /// <summary>The manifest file, or null where the corpus has none.</summary>
        public string? Path { get; }

        public IncidentDescription? Incident { get; }

        public IReadOnlyList<DocumentEntry> Documents { get; }

        public IReadOnlyList<PartyDefinition> Parties { get; }

        public IReadOnlyList<QuestionDefinition> Questions { get; }

        /// <summary>The manifest's entry for a file name, if any (case-insensitive).</summary>
        public DocumentEntry? FindDocument(string fileName) =>
            Documents.FirstOrDefault(d => string.Equals(d.File, fileName, StringComparison.OrdinalIgnoreCase));

        /// <summary>The party of this name or alias, if any (case-insensitive).</summary>
        public PartyDefinition? FindParty(string name) =>
            Parties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? Parties.FirstOrDefault(p => p.Aliases.Any(a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>The incident a corpus is about.</summary>
    public sealed class IncidentDescription
    {
        internal IncidentDescription(string? name, string? date, string? place, string? description)
        {
            Name = name;
            Date = date;
            Place = place;
            Description = description;
        }

        public string? Name { get; }
        public string? Date { get; }
        public string? Place { get; }
        public string? Description { get; }

        public override string ToString() => Name ?? "";
    }

    /// <summary>A manifest's entry for one article file.</summary>
    public sealed class DocumentEntry
    {
        internal DocumentEntry(
            string file, string? id, string? title, string? outlet, string? byline,
            DateTimeOffset? published, DateTimeOffset? updated, string? storyId,
            IReadOnlyDictionary<string, string> extra)
        {
            File = file;
            Id = id;
            Title = title;
            Outlet = outlet;
            Byline = byline;
            Published = published;
            Updated = updated;
            StoryId = storyId;
            Extra = extra;
        }

        public string File { get; }
        public string? Id { get; }
        public string? Title { get; }
        public string? Outlet { get; }
        public string? Byline { get; }
        public DateTimeOffset? Published { get; }
        public DateTimeOffset? Updated { get; }
        public string? StoryId { get; }

        /// <summary>Any other scalar fields of the entry (url, language, notes …).</summary>
        public IReadOnlyDictionary<string, string> Extra { get; }
    }

    /// <summary>
    /// A side in the incident: its name, other names for it, the organisations
    /// and people who speak for it. Shared by quote attribution and account comparison.
    /// </summary>
    public sealed class PartyDefinition
    {
        public PartyDefinition(string name, IEnumerable<string>? aliases = null, IEnumerable<string>? organisations = null, IEnumerable<string>? people = null, string? description = null)
            : this(name, aliases, organisations, people, description, others: false)
        {
        }

        /// <summary>A party; with <paramref name="others"/>, also the side of every country no other party names.</summary>
        public PartyDefinition(string name, IEnumerable<string>? aliases, IEnumerable<string>? organisations, IEnumerable<string>? people, string? description, bool others)
        {
            Name = name;
            Aliases = new TextList(aliases ?? Array.Empty<string>());
            Organisations = new TextList(organisations ?? Array.Empty<string>());
            People = new TextList(people ?? Array.Empty<string>());
            Description = description;
            Others = others;
        }

        public string Name { get; }

        /// <summary>Other names and the adjectives for the side ("U.S.", "American", "Washington").</summary>
        public TextList Aliases { get; }

        /// <summary>Organisations that speak for the side ("Pentagon", "State Department").</summary>
        public TextList Organisations { get; }

        /// <summary>People who speak for the side ("Mark Toner").</summary>
        public TextList People { get; }

        public string? Description { get; }

        /// <summary>
        /// True when the party also stands for every country that no other party names (the manifest's <c>others: true</c>):
        /// a third country's minister or army speaks for it ("Independent") instead of for a party named after that country.
        /// </summary>
        public bool Others { get; }

        /// <summary>
        /// A side of the incident: a party a text can name by an alias or an organisation. A party of people alone
        /// ("Independent", a list of analysts) is none.
        /// </summary>
        internal bool IsSide => Aliases.Count + Organisations.Count > 0;

        public override string ToString() => Name;
    }

    /// <summary>A question the parties answer differently, with its possible positions.</summary>
    public sealed class QuestionDefinition
    {
        public QuestionDefinition(string id, string text, IEnumerable<PositionDefinition> positions)
            : this(id, text, positions, null)
        {
        }

        /// <summary>A question with phrases that leave its point open (<see cref="Open"/>).</summary>
        public QuestionDefinition(string id, string text, IEnumerable<PositionDefinition> positions, IEnumerable<CueDefinition>? open)
        {
            Id = id;
            Text = text;
            Positions = new ItemList<PositionDefinition>(positions);
            Open = new ItemList<CueDefinition>(open ?? Array.Empty<CueDefinition>());
        }

        public string Id { get; }
        public string Text { get; }
        public ItemList<PositionDefinition> Positions { get; }

        /// <summary>
        /// The manifest's <c>open:</c> phrases, in the cue syntax of the positions' cues: words saying that the question's very
        /// point is left open ("would not say from where the fire had come", "who fired first is unclear"). A claim whose words
        /// hold one (or that is reported inside the words of a source of its side that hold one) takes no position on the
        /// question: it keeps the question, its <see cref="IncidentClaim.Position"/> is empty and its
        /// <see cref="IncidentClaim.PositionCue"/> gives the words that left the point open. Empty when the manifest has none.
        /// </summary>
        public ItemList<CueDefinition> Open { get; }

        public override string ToString() => Id;
    }

    /// <summary>One answer to a question, and the cues (words, phrases) that express it.</summary>
    public sealed class PositionDefinition
    {
        public PositionDefinition(string label, IEnumerable<CueDefinition> cues)
        {
            Label = label;
            Cues = new ItemList<CueDefinition>(cues);
        }

        public string Label { get; }
        public ItemList<CueDefinition> Cues { get; }

        public override string ToString() => Label;
    }

    /// <summary>
    /// A word or phrase that expresses a position. Where <see cref="Party"/> is set,
    /// the cue counts only when that party says it (the same words can mean opposite
    /// things from each side: "they fired first"). Where <see cref="Yields"/> is set, the
    /// position it gives a claim stands only where the same party does not take the
    /// question's other position in the same document through a cue that does not yield.
    /// </summary>
    public sealed class CueDefinition
    {
        public CueDefinition(string text, string? party = null)
            : this(text, party, false)
        {
        }

        public CueDefinition(string text, string? party, bool yields)
        {
            Text = text;
            Party = party;
            Yields = yields;
        }

        public string Text { get; }
        public string? Party { get; }

        /// <summary>
        /// True for a cue that reads a position from what a side says in passing ("NATO had been given the
        /// coordinates", said by the side that gave them): in a document where the same side says the other
        /// position outright ("we were never told of the operation"), that statement is its position, and the
        /// claims this cue alone gave a position keep no position.
        /// </summary>
        public bool Yields { get; }

        public override string ToString() => (Party == null ? Text : Text + " (" + Party + ")") + (Yields ? " (yields)" : "");
    }
}
