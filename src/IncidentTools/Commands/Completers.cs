using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Management.Automation.Runspaces;

namespace IncidentTools.Commands
{
    /// <summary>
    /// Base of the tab completers: finds the corpus the command line names (its -Path or -LiteralPath,
    /// resolved as the cmdlets resolve them: the PowerShell location, ~, wildcards; else the -Path of
    /// an earlier command of the same pipeline; else the bundled corpus) and offers the values that
    /// start with what was typed. The values come from <see cref="CompletionCache"/>, which reads a
    /// file again only when its time stamp or size (or its folder's manifest) changed.
    /// </summary>
    public abstract class CorpusCompleter : IArgumentCompleter
    {
        private static readonly string[] PathParameters = { "LiteralPath", "PSPath", "LP", "Path" };

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
            Complete(wordToComplete, PathsFrom(fakeBoundParameters, commandAst), TakesWildcards(commandName, parameterName), QuestionsFrom(fakeBoundParameters))
                .Select(c => new CompletionResult(c.CompletionText, c.Value, CompletionResultType.ParameterValue, c.Value))
                .ToArray();

        /// <summary>
        /// The values that start with what was typed, and the text to insert for each: quoted where needed, and for a
        /// parameter that takes wildcards with its wildcard characters escaped ('story `[a`]'), as PowerShell completes a
        /// path, so that the value inserted matches itself.
        /// </summary>
        internal IReadOnlyList<(string Value, string CompletionText)> Complete(string? wordToComplete, IReadOnlyList<string> paths, bool wildcards = true, IReadOnlyList<string>? questions = null)
        {
            IReadOnlyList<string> values;
            try
            {
                values = CompletionCache.Values(Kind, paths, questions);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException || ex is NotSupportedException)
            {
                return Array.Empty<(string, string)>();
            }
            var pattern = (wordToComplete ?? "").Trim('\'', '"') + "*";
            return values
                .Where(c => Wildcard.IsMatch(c, pattern))
                .Select(c => (c, Quote(wildcards ? Wildcard.Escape(c) : c)))
                .ToArray();
        }

        /// <summary>
        /// True when the command's parameter takes wildcards ([SupportsWildcards]); true too for a command this module does
        /// not define by that name (an alias), where escaping is harmless: a name as written also finds itself.
        /// </summary>
        internal static bool TakesWildcards(string? commandName, string? parameterName)
        {
            if (string.IsNullOrEmpty(commandName) || string.IsNullOrEmpty(parameterName)) return true;
            // The public types alone (the cmdlets are public): no need to load every type (GetTypes) for a Tab.
            foreach (var type in typeof(CorpusCompleter).Assembly.GetExportedTypes())
            {
                if (!(Attribute.GetCustomAttribute(type, typeof(CmdletAttribute)) is CmdletAttribute cmdlet)
                    || !string.Equals(cmdlet.VerbName + "-" + cmdlet.NounName, commandName, StringComparison.OrdinalIgnoreCase)) continue;
                var property = type.GetProperty(parameterName, System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.IgnoreCase);
                return property == null || Attribute.IsDefined(property, typeof(SupportsWildcardsAttribute));
            }
            return true;
        }

        /// <summary>What this completer offers.</summary>
        internal abstract CandidateKind Kind { get; }

        /// <summary>
        /// The file system paths the command line names: its own -LiteralPath or -Path (or the first
        /// positional argument that is one), else those of an earlier command in the pipeline
        /// (Get-IncidentDocument -Path x | Get-IncidentQuote -Speaker &lt;Tab&gt;), else the bundled corpus.
        /// </summary>
        /// <summary>
        /// The questions already given to -Question on the command line (names or wildcard patterns), for -Position to offer
        /// only their positions; null when none is given.
        /// </summary>
        internal static IReadOnlyList<string>? QuestionsFrom(IDictionary? bound)
        {
            if (bound == null || !bound.Contains("Question")) return null;
            var questions = Strings(bound["Question"]).Where(s => s.Length > 0).ToArray();
            return questions.Length > 0 ? questions : null;
        }

        internal static IReadOnlyList<string> PathsFrom(IDictionary? bound, CommandAst? command)
        {
            var paths = new List<string>();
            bool named = false; // a path was given: what it resolves to, even nothing, not the bundled corpus
            if (bound != null)
            {
                foreach (var name in PathParameters)
                {
                    if (!bound.Contains(name)) continue;
                    named = true;
                    paths.AddRange(Resolve(Strings(bound[name]), literal: name != "Path"));
                    break;
                }
            }
            if (!named && command?.Parent is PipelineAst pipeline)
            {
                foreach (var element in pipeline.PipelineElements)
                {
                    if (element == command) break;
                    if (element is CommandAst earlier && PathArgument(earlier) is { } found)
                    {
                        named = true;
                        paths.AddRange(Resolve(new[] { found.Value }, found.Literal));
                    }
                }
            }
            return !named ? new[] { IncidentCorpus.DefaultPath } : paths.Distinct(StringComparer.Ordinal).ToArray();
        }

        private static IEnumerable<string> Strings(object? value) => value switch
        {
            null => Array.Empty<string>(),
            string s => new[] { s },
            PSObject pso => Strings(pso.BaseObject),
            IEnumerable e => e.Cast<object>().SelectMany(Strings).ToArray(),
            _ => new[] { value.ToString() ?? "" },
        };

        /// <summary>The constant -Path/-LiteralPath (or first positional) argument of an IncidentTools or Get-ChildItem command.</summary>
        private static (string Value, bool Literal)? PathArgument(CommandAst command)
        {
            var name = command.GetCommandName() ?? "";
            bool ours = name.IndexOf("-Incident", StringComparison.OrdinalIgnoreCase) >= 0;
            bool listing = ours || name.Equals("Get-ChildItem", StringComparison.OrdinalIgnoreCase) || name.Equals("gci", StringComparison.OrdinalIgnoreCase)
                || name.Equals("dir", StringComparison.OrdinalIgnoreCase) || name.Equals("ls", StringComparison.OrdinalIgnoreCase);
            if (!listing) return null;
            var elements = command.CommandElements;
            for (int i = 1; i < elements.Count; i++)
            {
                if (elements[i] is CommandParameterAst p)
                {
                    var literal = p.ParameterName.Equals("LiteralPath", StringComparison.OrdinalIgnoreCase) || p.ParameterName.Equals("PSPath", StringComparison.OrdinalIgnoreCase) || p.ParameterName.Equals("LP", StringComparison.OrdinalIgnoreCase);
                    if (literal || p.ParameterName.Equals("Path", StringComparison.OrdinalIgnoreCase))
                    {
                        var argument = p.Argument ?? (i + 1 < elements.Count ? elements[i + 1] : null);
                        return argument is StringConstantExpressionAst s ? (s.Value, literal) : ((string, bool)?)null;
                    }
                    if (p.Argument == null && i + 1 < elements.Count && !(elements[i + 1] is CommandParameterAst)) i++; // the parameter's value
                    continue;
                }
                // The first positional argument is -Path for Get-IncidentDocument, Get-IncidentQuote, Get-IncidentClaim and Get-ChildItem.
                if (elements[i] is StringConstantExpressionAst positional && !name.StartsWith("Compare-", StringComparison.OrdinalIgnoreCase))
                    return (positional.Value, false);
                return null;
            }
            return null;
        }

        /// <summary>Provider paths as the cmdlets resolve them, through the session's current location and providers.</summary>
        private static IEnumerable<string> Resolve(IEnumerable<string> paths, bool literal)
        {
            var session = CurrentPath();
            foreach (var path in paths.Where(p => p.Length > 0))
            {
                IEnumerable<string> resolved;
                try
                {
                    if (session == null)
                        resolved = System.IO.Path.IsPathRooted(path) && !Wildcard.ContainsWildcard(path) ? new[] { path } : Array.Empty<string>();
                    else if (literal)
                        resolved = new[] { session.GetUnresolvedProviderPathFromPSPath(path) };
                    else
                    {
                        var found = session.GetResolvedProviderPathFromPSPath(path, out var provider);
                        resolved = string.Equals(provider.Name, "FileSystem", StringComparison.OrdinalIgnoreCase) ? found : (IEnumerable<string>)Array.Empty<string>();
                    }
                }
                catch (Exception ex) when (ex is ItemNotFoundException || ex is System.Management.Automation.DriveNotFoundException || ex is ProviderNotFoundException
                    || ex is NotSupportedException || ex is ArgumentException || ex is InvalidOperationException || ex is PSInvalidOperationException)
                {
                    continue;
                }
                foreach (var r in resolved) yield return r;
            }
        }

        /// <summary>
        /// The session's path services, as the cmdlets have them. A completer runs inside the pipeline
        /// of TabExpansion2, where the runspace's SessionStateProxy refuses calls; $ExecutionContext,
        /// read by a script block on this thread, is the running session's own.
        /// </summary>
        private static PathIntrinsics? CurrentPath()
        {
            if (Runspace.DefaultRunspace == null) return null;
            try
            {
                var context = ScriptBlock.Create("$ExecutionContext").Invoke().FirstOrDefault()?.BaseObject as EngineIntrinsics;
                return context?.SessionState.Path;
            }
            catch (Exception ex) when (ex is RuntimeException || ex is InvalidOperationException)
            {
                return null;
            }
        }

        private static string Quote(string value) =>
            value.IndexOfAny(new[] { ' ', '\'', '"', '$', '`', '(', ')', '{', '}', ';', ',', '&', '@', '#', '[', ']', '*', '?' }) >= 0
                ? "'" + value.Replace("'", "''") + "'"
                : value;
    }

    /// <summary>Completes document ids.</summary>
    public sealed class DocumentIdCompleter : CorpusCompleter
    {
        internal override CandidateKind Kind => CandidateKind.Id;
    }

    /// <summary>Completes outlet names.</summary>
    public sealed class OutletCompleter : CorpusCompleter
    {
        internal override CandidateKind Kind => CandidateKind.Outlet;
    }

    /// <summary>
    /// Completes party names: the manifest's; for a folder whose manifest defines no parties (or that has none), the
    /// countries its articles name, from which the country table gives speakers their side.
    /// </summary>
    public sealed class PartyCompleter : CorpusCompleter
    {
        internal override CandidateKind Kind => CandidateKind.Party;
    }

    /// <summary>Completes the speakers of the corpus's quotations (Get-IncidentQuote -Speaker).</summary>
    public sealed class SpeakerCompleter : CorpusCompleter
    {
        internal override CandidateKind Kind => CandidateKind.Speaker;
    }

    /// <summary>Completes the speakers of the corpus's attributions, quoted or reported (Get-IncidentClaim -Speaker).</summary>
    public sealed class ClaimSpeakerCompleter : CorpusCompleter
    {
        internal override CandidateKind Kind => CandidateKind.ClaimSpeaker;
    }

    /// <summary>Completes question ids from the manifest.</summary>
    public sealed class QuestionCompleter : CorpusCompleter
    {
        internal override CandidateKind Kind => CandidateKind.Question;
    }

    /// <summary>Completes position labels from the manifest: of the questions -Question names, when it is given.</summary>
    public sealed class PositionCompleter : CorpusCompleter
    {
        internal override CandidateKind Kind => CandidateKind.Position;
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
