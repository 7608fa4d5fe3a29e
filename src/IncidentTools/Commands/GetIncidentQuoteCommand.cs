using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Text.RegularExpressions;

namespace IncidentTools.Commands
{
    /// <summary>
    /// <para type="synopsis">Finds every quotation in news articles, with its exact place, its speaker and the side the speaker speaks for.</para>
    /// <para type="description">Reads files, folders or IncidentDocument objects from Get-IncidentDocument and writes one IncidentQuote per quotation.
    /// Quotations without a speaker (titles, nicknames, scare quotes) are left out unless -IncludeUnattributed is given.
    /// A quotation whose speaker is written ("“…,” she said.") but names no one the text tells (two women of one surname) is kept:
    /// its Speaker is empty and its SpeakerMention, SpeakerStart and Cue say who speaks, as Get-IncidentClaim gives its Source.</para>
    /// </summary>
    /// <example>
    /// <code>Get-IncidentQuote | Where-Object Party -eq Pakistan | Export-Csv pakistan.csv</code>
    /// <para>Writes every quotation of a Pakistani speaker in the bundled corpus to a CSV file, one row per quote.</para>
    /// </example>
    /// <example>
    /// <code>Get-IncidentDocument -Outlet CNN | Get-IncidentQuote | Group-Object Speaker</code>
    /// <para>Counts the quotes of each speaker in CNN's articles.</para>
    /// </example>
    /// <example>
    /// <code>Get-IncidentQuote -Path ~/articles -Speaker *Clark* -Kind Direct</code>
    /// <para>Lists the whole statements attributed to a speaker whose name contains Clark.</para>
    /// </example>
    /// <example>
    /// <code>Get-IncidentQuote -Path ~/articles -Rule Continued*, SalientSpeaker | Format-Table Speaker, Rule, Text</code>
    /// <para>Shows the quotes whose speaker comes from an earlier quotation or sentence, to check the rules that carry a speaker on.</para>
    /// </example>
    /// <example>
    /// <code>$q = Get-IncidentQuote -Pattern 'fired first' | Select-Object -First 1; (Get-Content -Raw -Encoding UTF8 $q.Path).Substring($q.Start, $q.Length)</code>
    /// <para>Finds a quote by a regular expression and reads its words back from the file through Start and Length.</para>
    /// </example>
    [Cmdlet(VerbsCommon.Get, "IncidentQuote", DefaultParameterSetName = PathSet)]
    [OutputType(typeof(IncidentQuote))]
    public sealed class GetIncidentQuoteCommand : DocumentInputCmdlet
    {
        private Regex? _pattern;

        /// <summary>Only quotes whose speaker matches (wildcards). Tab completes the speakers of the articles' quotations; the first Tab on a folder runs the attribution stage on each article (a fraction of a second for a hundred articles), later ones and those after a run of this command over the files read only files that changed.</summary>
        [Parameter]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(SpeakerCompleter))]
        public string[]? Speaker { get; set; }

        /// <summary>Only quotes of speakers for these parties (names or aliases, wildcards; without parties in the manifest, a country's name or any form of the country table: "Pakistani"). Tab completes the manifest's parties, else the countries the articles name.</summary>
        [Parameter]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(PartyCompleter))]
        public string[]? Party { get; set; }

        /// <summary>Only Direct or only Partial quotes.</summary>
        [Parameter]
        public QuoteKind[]? Kind { get; set; }

        /// <summary>Only quotes decided by these rules of the attribution stage (wildcards, tab completion).</summary>
        [Parameter]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(RuleCompleter))]
        public string[]? Rule { get; set; }

        /// <summary>Only quotes whose text matches this regular expression (case-insensitive).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Pattern { get; set; }

        /// <summary>Also return quotations that nobody is said to have spoken (titles, names, scare quotes): those with neither a Speaker nor a SpeakerMention.</summary>
        [Parameter]
        public SwitchParameter IncludeUnattributed { get; set; }

        private NameFilter? _speakers, _parties;

        protected override void BeginProcessing()
        {
            StartupTrace.Mark("BeginProcessing");
            _speakers = new NameFilter("Speaker", "speaker", ErrorIds.UnknownSpeaker, Speaker);
            _parties = new NameFilter("Party", "party", ErrorIds.UnknownParty, Party);
            WriteUnknownRules(Rule);
            if (Pattern != null)
            {
                try
                {
                    _pattern = new Regex(Pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));
                }
                catch (ArgumentException ex)
                {
                    ThrowTerminatingError(new ErrorRecord(ex, ErrorIds.InvalidPattern, ErrorCategory.InvalidArgument, Pattern));
                }
            }
        }

        /// <summary>The quotes of one document (on any thread).</summary>
        internal override object FindIn(IncidentDocument doc, CorpusManifest manifest) => QuoteFinder.Find(doc, manifest.Parties);

        internal override void WriteFound(IncidentDocument doc, CorpusManifest manifest, object found)
        {
            var quotes = (IReadOnlyList<IncidentQuote>)found;
            // the speakers a Tab on -Speaker would find in this file: kept, so that a Tab after this run reads nothing
            if (ParameterSetName != DocumentSet) CompletionCache.Remember(doc.Path, quotes.Select(q => q.Speaker), null);
            WriteQuotes(quotes, manifest.Parties);
        }

        /// <summary>-Pattern on a quote's text, with the match timeout: a pattern that backtracks without end stops the command with PatternTimeout.</summary>
        private bool PatternMatches(string text)
        {
            try
            {
                return _pattern!.IsMatch(text);
            }
            catch (RegexMatchTimeoutException ex)
            {
                ThrowTerminatingError(new ErrorRecord(
                    new TimeoutException($"The -Pattern '{Pattern}' took more than {ex.MatchTimeout.TotalSeconds:0.#} s on one quote (it backtracks catastrophically, e.g. nested quantifiers like '(a+)+'); simplify it.", ex),
                    ErrorIds.PatternTimeout, ErrorCategory.OperationTimeout, Pattern));
                return false;
            }
        }

        /// <summary>
        /// A quotation someone is said to speak: resolved to a person or a body, or with the words that name its speaker found
        /// ("“…,” she said." where "she" may be either of two Clintons: the quote is hers, whoever she is; only a name is not guessed).
        /// </summary>
        private bool _written;

        private readonly List<string?> _seenParties = new List<string?>();

        private void WriteQuotes(IReadOnlyList<IncidentQuote> quotes, IReadOnlyList<PartyDefinition> parties)
        {
            foreach (var quote in quotes)
            {
                if (!quote.IsAttributed && !IncludeUnattributed) continue;
                _seenParties.Add(quote.Party);
                // Every name filter sees every quote (&, not &&): a name is matched even where another filter drops the quote.
                bool keep = _speakers!.Test(quote.Speaker) & _parties!.Test(quote.Party, AliasesOf(quote.Party, parties));
                if (!keep) continue;
                if (Kind != null && Kind.Length > 0 && !Kind.Contains(quote.Kind)) continue;
                if (!MatchesAny(quote.Rule, Rule)) continue;
                if (_pattern != null && !PatternMatches(quote.Text)) continue;
                if (!_written)
                {
                    _written = true;
                    StartupTrace.End("first quote written");
                }
                WriteObject(quote);
            }
        }

        protected override void EndProcessing()
        {
            base.EndProcessing();
            WriteUnmatched(_speakers!);
            // A party the manifest defines is no error, even with no quote in this input.
            WriteUnmatched(_parties!, IsKnownParty, PartyNames(_seenParties));
        }
    }
}
