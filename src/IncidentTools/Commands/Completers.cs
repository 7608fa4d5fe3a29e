using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace IncidentTools.Commands
{
    /// <summary>
    /// Base of the tab completers: loads the corpus named by the command's -Path or -LiteralPath
    /// (or the bundled one), and offers the candidate values that start with what was typed.
    /// </summary>
    public abstract class CorpusCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
            Complete(wordToComplete, fakeBoundParameters)
                .Select(c => new CompletionResult(c.CompletionText, c.Value, CompletionResultType.ParameterValue, c.Value))
                .ToArray();

        /// <summary>The values that start with what was typed, and the text to insert for each (quoted where needed).</summary>
        internal IReadOnlyList<(string Value, string CompletionText)> Complete(string? wordToComplete, IDictionary? fakeBoundParameters)
        {
            IncidentCorpus corpus;
            try
            {
                corpus = IncidentCorpus.Load(PathsFrom(fakeBoundParameters));
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException || ex is NotSupportedException)
            {
                return Array.Empty<(string, string)>();
            }
            var pattern = (wordToComplete ?? "").Trim('\'', '"') + "*";
            return Candidates(corpus)
                .Where(c => !string.IsNullOrEmpty(c))
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .Where(c => Wildcard.IsMatch(c, pattern))
                .OrderBy(c => c, StringComparer.OrdinalIgnoreCase)
                .Select(c => (c, Quote(c)))
                .ToArray();
        }

        /// <summary>The values to offer, from the corpus.</summary>
        protected abstract IEnumerable<string> Candidates(IncidentCorpus corpus);

        internal static IEnumerable<string> PathsFrom(IDictionary? bound)
        {
            object? value = null;
            if (bound != null)
                value = bound.Contains("LiteralPath") ? bound["LiteralPath"] : bound.Contains("Path") ? bound["Path"] : null;
            var paths = value switch
            {
                null => Array.Empty<string>(),
                string s => new[] { s },
                IEnumerable e => e.Cast<object>().Select(o => o?.ToString() ?? "").ToArray(),
                _ => new[] { value.ToString() ?? "" },
            };
            paths = paths.Where(p => p.Length > 0 && !Wildcard.ContainsWildcard(p)).Select(Resolve).ToArray();
            return paths.Length == 0 ? new[] { IncidentCorpus.DefaultPath } : paths;
        }

        /// <summary>A relative path is relative to the session's current location, not the process's.</summary>
        private static string Resolve(string path)
        {
            if (System.IO.Path.IsPathRooted(path)) return path;
            try
            {
                var location = System.Management.Automation.Runspaces.Runspace.DefaultRunspace?.SessionStateProxy.Path.CurrentFileSystemLocation.ProviderPath;
                return location == null ? path : System.IO.Path.Combine(location, path);
            }
            catch (Exception ex) when (ex is InvalidOperationException || ex is PSInvalidOperationException || ex is NotSupportedException)
            {
                return path;
            }
        }

        private static string Quote(string value) =>
            value.IndexOfAny(new[] { ' ', '\'', '"', '$', '`', '(', ')', '{', '}', ';', ',', '&', '@', '#' }) >= 0
                ? "'" + value.Replace("'", "''") + "'"
                : value;
    }

    /// <summary>Completes document ids.</summary>
    public sealed class DocumentIdCompleter : CorpusCompleter
    {
        protected override IEnumerable<string> Candidates(IncidentCorpus corpus) => corpus.Documents.Select(d => d.Id);
    }

    /// <summary>Completes outlet names.</summary>
    public sealed class OutletCompleter : CorpusCompleter
    {
        protected override IEnumerable<string> Candidates(IncidentCorpus corpus) => corpus.Documents.Select(d => d.Outlet ?? "");
    }

    /// <summary>Completes party names from the manifest.</summary>
    public sealed class PartyCompleter : CorpusCompleter
    {
        protected override IEnumerable<string> Candidates(IncidentCorpus corpus) => corpus.Parties.Select(p => p.Name);
    }

    /// <summary>Completes speakers found in the corpus.</summary>
    public sealed class SpeakerCompleter : CorpusCompleter
    {
        protected override IEnumerable<string> Candidates(IncidentCorpus corpus) => corpus.Quotes.Select(q => q.Speaker ?? "");
    }

    /// <summary>Completes question ids from the manifest.</summary>
    public sealed class QuestionCompleter : CorpusCompleter
    {
        protected override IEnumerable<string> Candidates(IncidentCorpus corpus) => corpus.Questions.Select(q => q.Id);
    }

    /// <summary>Completes the names of the rules of the attribution stage (no corpus needed).</summary>
    public sealed class RuleCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
            Complete(wordToComplete).Select(r => new CompletionResult(r, r, CompletionResultType.ParameterValue, r)).ToArray();

        /// <summary>The rule names that start with what was typed, in the order the rules run.</summary>
        internal static IReadOnlyList<string> Complete(string? wordToComplete)
        {
            var pattern = (wordToComplete ?? "").Trim('\'', '"') + "*";
            return AttributionFinder.RuleNames.Where(r => Wildcard.IsMatch(r, pattern)).Distinct(StringComparer.Ordinal).ToArray();
        }
    }
}
