using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace IncidentTools.Commands
{
    /// <summary>
    /// <para type="synopsis">Compares how the parties tell an incident, question by question, or what changed between two versions of one story.</para>
    /// <para type="description">By party (the default): one AccountComparison per question of the manifest, with each party's position, the relation
    /// (Agree, Contradict, ReferenceOnly, DifferenceOnly, Mixed) and the claims that show it. Without questions in the manifest, claims of the two
    /// parties that share their key terms are paired (Related, or Contradict where one side negates the other); QuestionText shows the shared terms.
    /// Without parties in the manifest (or without a manifest), the parties are those the claims are given to through the country table (a
    /// nationality, country or capital in the speaker's description), and the two most quoted are compared by default.
    /// By version (-ReferenceDocument, -DifferenceDocument): like Compare-Object, one VersionDifference per paragraph, quote, highlight,
    /// headline or contributor list that is the same (==), removed (&lt;=), added (=&gt;) or edited (&lt;&gt;).</para>
    /// </summary>
    /// <example>
    /// <code>Compare-IncidentAccount</code>
    /// <para>Compares the first two parties of the bundled corpus (United States and Pakistan) on each question of its manifest: who fired first, whether the strike was deliberate, whether the investigation's findings are accurate, whether coordination failed.</para>
    /// </example>
    /// <example>
    /// <code>Compare-IncidentAccount -ReferenceParty Pakistan -DifferenceParty 'United States' -Question first-fire | Select-Object -ExpandProperty ReferenceEvidence | Format-Table DocumentId, Paragraph, Line, Speaker, Text</code>
    /// <para>Shows the claims that put Pakistan on its position about who fired first, with document, paragraph, line and speaker.</para>
    /// </example>
    /// <example>
    /// <code>Compare-IncidentAccount | Where-Object Relation -eq Contradict | Export-Csv contradictions.csv</code>
    /// <para>Writes one CSV row per question on which the two parties contradict each other; the evidence cells list the claims.</para>
    /// </example>
    /// <example>
    /// <code>Compare-IncidentAccount -ReferenceDocument 001* -DifferenceDocument 000* | Where-Object SideIndicator -ne '=='</code>
    /// <para>Compares two versions of one story like Compare-Object: paragraphs, quotes and highlights removed (&lt;=), added (=&gt;) or edited (&lt;&gt;), and changes to the headline and contributors.</para>
    /// </example>
    [Cmdlet(VerbsData.Compare, "IncidentAccount", DefaultParameterSetName = PathSet)]
    [OutputType(typeof(AccountComparison), ParameterSetName = new[] { PathSet, LiteralPathSet })]
    [OutputType(typeof(VersionDifference), ParameterSetName = new[] { VersionSet, VersionLiteralPathSet })]
    public sealed class CompareIncidentAccountCommand : CorpusCmdlet
    {
        private const string VersionSet = "Version";
        private const string VersionLiteralPathSet = "VersionLiteralPath";
        private readonly List<IncidentDocument> _documents = new List<IncidentDocument>();
        private bool _readArticles; // articles were to be read (not two document objects alone)

        /// <summary>Files or folders of articles; wildcards allowed. Default: the bundled corpus.</summary>
        [Parameter(ParameterSetName = PathSet, ValueFromPipelineByPropertyName = true)]
        [Parameter(ParameterSetName = VersionSet, ValueFromPipelineByPropertyName = true)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public override string[]? Path { get; set; }

        /// <summary>Files or folders of articles, taken exactly as written (no wildcards).</summary>
        [Parameter(ParameterSetName = LiteralPathSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Parameter(ParameterSetName = VersionLiteralPathSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("PSPath", "LP")]
        [ValidateNotNullOrEmpty]
        public override string[]? LiteralPath { get; set; }

        /// <summary>The party whose account is the reference (a name or alias; a party found without parties in the manifest also by any form of the country table: "Pakistani"). Default: the first party of the manifest; without parties in it, the most quoted party the claims name.</summary>
        [Parameter(ParameterSetName = PathSet, Position = 0)]
        [Parameter(ParameterSetName = LiteralPathSet, Position = 0)]
        [ArgumentCompleter(typeof(PartyCompleter))]
        [ValidateNotNullOrEmpty]
        public string? ReferenceParty { get; set; }

        /// <summary>The party whose account is compared with the reference (a name or alias; a party found without parties in the manifest also by any form of the country table). Default: the second party of the manifest; without parties in it, the second most quoted party the claims name.</summary>
        [Parameter(ParameterSetName = PathSet, Position = 1)]
        [Parameter(ParameterSetName = LiteralPathSet, Position = 1)]
        [ArgumentCompleter(typeof(PartyCompleter))]
        [ValidateNotNullOrEmpty]
        public string? DifferenceParty { get; set; }

        /// <summary>Only these questions (ids, wildcards).</summary>
        [Parameter(ParameterSetName = PathSet)]
        [Parameter(ParameterSetName = LiteralPathSet)]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(QuestionCompleter))]
        public string[]? Question { get; set; }

        /// <summary>The earlier version of a story: a document id (wildcards allowed; it must name one document) or an IncidentDocument from Get-IncidentDocument.</summary>
        [Parameter(ParameterSetName = VersionSet, Mandatory = true)]
        [Parameter(ParameterSetName = VersionLiteralPathSet, Mandatory = true)]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(DocumentIdCompleter))]
        [ValidateNotNull]
        public object? ReferenceDocument { get; set; }

        /// <summary>The later version of a story: a document id (wildcards allowed; it must name one document) or an IncidentDocument from Get-IncidentDocument.</summary>
        [Parameter(ParameterSetName = VersionSet, Mandatory = true)]
        [Parameter(ParameterSetName = VersionLiteralPathSet, Mandatory = true)]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(DocumentIdCompleter))]
        [ValidateNotNull]
        public object? DifferenceDocument { get; set; }

        private bool ByVersion => ParameterSetName == VersionSet || ParameterSetName == VersionLiteralPathSet;

        protected override void ProcessRecord()
        {
            // Two document objects need no corpus to be read.
            if (ByVersion && AsDocument(ReferenceDocument) != null && AsDocument(DifferenceDocument) != null && Path == null && LiteralPath == null)
                return;
            _readArticles = true;
            _documents.AddRange(ReadDocuments());
        }

        protected override void EndProcessing()
        {
            if (_readArticles && _documents.Count == 0)
            {
                // The missing or empty input has had its own error or warning; say that nothing was
                // compared, rather than blame the manifest's parties or list no known ids.
                WriteError(new ErrorRecord(new InvalidOperationException("No article was read, so there are no accounts to compare."),
                    ErrorIds.NoDocuments, ErrorCategory.InvalidData, Path ?? LiteralPath));
                return;
            }
            if (ByVersion) CompareVersions();
            else CompareParties();
        }

        private void CompareParties()
        {
            var corpus = IncidentCorpus.FromDocuments(_documents, Reader.Manifests);
            // the manifest's parties, else those the claims name (the two most quoted by default)
            var sides = corpus.Sides;
            var index = new Accounts.PartyIndex(sides);
            var reference = CheckParty(index, corpus, ReferenceParty, nameof(ReferenceParty));
            var difference = CheckParty(index, corpus, DifferenceParty, nameof(DifferenceParty));
            if (reference != null && difference != null && reference == difference)
            {
                ThrowTerminatingError(new ErrorRecord(
                    new ArgumentException($"-ReferenceParty '{ReferenceParty}' and -DifferenceParty '{DifferenceParty}' are both the party '{reference.Name}'; name two different parties ({Known(corpus)})."),
                    ErrorIds.SameParty, ErrorCategory.InvalidArgument, DifferenceParty));
            }
            if (sides.Count < 2 && (ReferenceParty == null || DifferenceParty == null))
            {
                var message = sides.Count == 0
                    ? "The corpus defines no parties and its claims name none (a nationality, country or capital in the speakers' descriptions); add a 'parties:' section to its corpus.yaml to compare accounts (New-IncidentManifest drafts one; see Get-Help about_IncidentTools)."
                    : $"Comparing accounts needs two parties; the corpus {(corpus.Parties.Count == 0 ? "names" : "defines")} only {Known(corpus)}. Name the other with -ReferenceParty or -DifferenceParty, or add it to corpus.yaml.";
                ThrowTerminatingError(new ErrorRecord(new InvalidOperationException(message), ErrorIds.NoParties, ErrorCategory.InvalidOperation, null));
            }

            IReadOnlyList<AccountComparison> rows;
            try
            {
                rows = corpus.CompareAccounts(ReferenceParty, DifferenceParty, Question);
            }
            catch (Exception ex) when (ex is ArgumentException || ex is InvalidOperationException)
            {
                // Checked above; whatever else the engine refuses is still named by parameter here.
                ThrowTerminatingError(new ErrorRecord(new ArgumentException("-ReferenceParty, -DifferenceParty: " + PlainMessage(ex), ex), ErrorIds.UnknownParty, ErrorCategory.InvalidArgument, ReferenceParty ?? DifferenceParty));
                return;
            }

            // A literal question id that names nothing is an error; the others still compare.
            var questions = new NameFilter(nameof(Question), "question", ErrorIds.UnknownQuestion, Question);
            foreach (var row in rows) questions.Test(row.Question);
            var known = corpus.Questions.Select(q => q.Id).ToArray();
            WriteUnmatched(questions, q => known.Any(k => string.Equals(k, q, StringComparison.OrdinalIgnoreCase)), known.Length > 0 ? known : rows.Select(r => r.Question ?? ""));
            if (rows.Count == 0 && corpus.Questions.Count == 0)
            {
                // (with questions there is a row for each, answered or not) no row is no error, but it is never silent
                var pair = ReferenceParty == null && DifferenceParty == null ? $"'{sides[0].Name}' and '{sides[1].Name}'" : "the two parties";
                WriteWarning($"No claims of {pair} share key terms, so there is nothing to compare " +
                             "(without questions in corpus.yaml, claims are paired on the terms they share; New-IncidentManifest drafts questions).");
            }
            foreach (var row in rows) WriteObject(row);
        }

        /// <summary>The party a parameter names (its name or an alias), or a terminating UnknownParty error naming the parameter.</summary>
        private PartyDefinition? CheckParty(Accounts.PartyIndex index, IncidentCorpus corpus, string? name, string parameter)
        {
            if (string.IsNullOrWhiteSpace(name)) return null;
            var party = index.Find(name!.Trim());
            if (party != null) return party;
            var nearest = Suggest.Nearest(name!, corpus.Sides.Select(p => p.Name).Concat(corpus.Sides.SelectMany(p => p.Aliases)));
            var message = corpus.Sides.Count == 0
                ? $"Cannot find the party '{name}' given to -{parameter}: the corpus defines no parties (add a 'parties:' section to its corpus.yaml)."
                : $"Cannot find the party '{name}' given to -{parameter}." + (nearest != null ? $" Did you mean '{nearest}'?" : "") + $" Known parties: {Known(corpus)}.";
            ThrowTerminatingError(new ErrorRecord(new ArgumentException(message), ErrorIds.UnknownParty, ErrorCategory.InvalidArgument, name));
            return null;
        }

        private static string Known(IncidentCorpus corpus) =>
            corpus.Sides.Count == 0 ? "(none)" : string.Join(", ", corpus.Sides.Select(p => "'" + p.Name + "'"));

        /// <summary>An exception's message without .NET's " (Parameter 'x')" suffix, which names a C# parameter.</summary>
        private static string PlainMessage(Exception ex) =>
            ex is ArgumentException a && a.ParamName != null ? a.Message.Replace($" (Parameter '{a.ParamName}')", "").Replace(Environment.NewLine + "Parameter name: " + a.ParamName, "") : ex.Message;

        private void CompareVersions()
        {
            var reference = Resolve(ReferenceDocument!, nameof(ReferenceDocument));
            var difference = Resolve(DifferenceDocument!, nameof(DifferenceDocument));
            if (reference == null || difference == null) return;
            var documents = _documents.Count > 0 ? _documents : new List<IncidentDocument> { reference, difference };
            var manifests = _documents.Count > 0 ? Reader.Manifests : new[] { ManifestOf(reference), ManifestOf(difference) };
            var corpus = IncidentCorpus.FromDocuments(documents, manifests);
            foreach (var row in corpus.CompareVersions(reference, difference)) WriteObject(row);
        }

        /// <summary>A document object given to the parameter (also inside a PSObject), or null for an id.</summary>
        private static IncidentDocument? AsDocument(object? value) =>
            (value is PSObject pso ? pso.BaseObject : value) as IncidentDocument;

        private IncidentDocument? Resolve(object value, string parameter)
        {
            if (AsDocument(value) is { } document) return document;
            var raw = value is PSObject pso ? pso.BaseObject : value;
            if (!(raw is string id) || id.Length == 0)
            {
                ThrowTerminatingError(new ErrorRecord(
                    new ArgumentException($"-{parameter} takes a document id (wildcards allowed) or an IncidentDocument from Get-IncidentDocument, not a {raw?.GetType().Name ?? "null"}."),
                    ErrorIds.InvalidDocument, ErrorCategory.InvalidArgument, value));
                return null;
            }
            // (an id typed whole names its document even where it holds wildcard characters, "story [a]")
            var matches = _documents.Where(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase)).ToArray();
            if (matches.Length == 0) matches = _documents.Where(d => Wildcard.IsMatch(d.Id, id)).ToArray();
            if (matches.Length == 1) return matches[0];
            if (matches.Length == 0)
            {
                var nearest = Suggest.Nearest(id, _documents.Select(d => d.Id));
                ThrowTerminatingError(new ErrorRecord(
                    new ItemNotFoundException($"Cannot find the document '{id}' given to -{parameter}." + (nearest != null ? $" Did you mean '{nearest}'?" : "") + $" Known ids: {string.Join(", ", _documents.Select(d => d.Id))}."),
                    ErrorIds.UnknownDocument, ErrorCategory.ObjectNotFound, id));
                return null;
            }
            ThrowTerminatingError(new ErrorRecord(
                new ArgumentException($"The id '{id}' given to -{parameter} names {matches.Length} documents ({string.Join(", ", matches.Select(d => d.Id))}); name one."),
                ErrorIds.AmbiguousDocument, ErrorCategory.InvalidArgument, id));
            return null;
        }
    }
}
