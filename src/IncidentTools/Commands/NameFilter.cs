using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace IncidentTools.Commands
{
    /// <summary>
    /// The names a user typed for one parameter (-Party, -Speaker, -Id …): filters the items, and
    /// remembers which literal names (no wildcard) matched something, so that a name that matches
    /// nothing becomes an error with its own id, as in PowerShell; a wildcard that matches nothing
    /// stays silent. A name also finds a value it is as written ("story [a]", whose brackets as a wildcard
    /// would not match themselves). Every item is tested against every filter (no short cut), so a name is "seen"
    /// even where another filter drops the item.
    /// </summary>
    internal sealed class NameFilter
    {
        private readonly string[] _patterns;
        private readonly bool[] _literalHit;
        private readonly HashSet<string> _seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        public NameFilter(string parameter, string what, string errorId, string[]? patterns)
        {
            Parameter = parameter;
            What = what;
            ErrorId = errorId;
            _patterns = (patterns ?? Array.Empty<string>()).Where(p => !string.IsNullOrEmpty(p)).ToArray();
            _literalHit = new bool[_patterns.Length];
        }

        /// <summary>The parameter's name, without the dash ("Party").</summary>
        public string Parameter { get; }

        /// <summary>What a name names, for messages ("party", "speaker").</summary>
        public string What { get; }

        public string ErrorId { get; }

        public bool IsEmpty => _patterns.Length == 0;

        /// <summary>True when the value matches one of the names (or no names were given); records literal hits.</summary>
        public bool Test(string? value) => Test(value, null);

        /// <summary>True when the value matches one of the names (or no names were given), remembering nothing: safe on any thread.</summary>
        public bool Matches(string value)
        {
            if (_patterns.Length == 0) return true;
            foreach (var pattern in _patterns)
                if (Wildcard.IsMatchOrSame(value, pattern)) return true;
            return false;
        }

        /// <summary>
        /// As <see cref="Test(string?)"/>, where a name may also be another name of the value
        /// (a party's alias): <paramref name="otherNames"/> gives the value's other names.
        /// </summary>
        public bool Test(string? value, IEnumerable<string>? otherNames)
        {
            if (value != null) _seen.Add(value);
            if (_patterns.Length == 0) return true;
            if (value == null) return false;
            bool any = false;
            string[]? others = null;
            for (int i = 0; i < _patterns.Length; i++)
            {
                bool hit = Wildcard.IsMatchOrSame(value, _patterns[i]);
                if (!hit && otherNames != null)
                {
                    others ??= otherNames.Where(n => !string.IsNullOrEmpty(n)).ToArray();
                    hit = others.Any(n => Wildcard.IsMatchOrSame(n, _patterns[i]));
                }
                if (hit)
                {
                    any = true;
                    if (!Wildcard.ContainsWildcard(_patterns[i])) _literalHit[i] = true;
                }
            }
            return any;
        }

        /// <summary>The literal names that matched no item, less those <paramref name="isKnown"/> accepts (a party the manifest defines).</summary>
        public IEnumerable<string> Unmatched(Func<string, bool>? isKnown = null)
        {
            for (int i = 0; i < _patterns.Length; i++)
            {
                if (_literalHit[i] || Wildcard.ContainsWildcard(_patterns[i])) continue;
                if (isKnown != null && isKnown(_patterns[i])) continue;
                yield return _patterns[i];
            }
        }

        /// <summary>An error for a literal name that matched nothing, with the nearest known names.</summary>
        public ErrorRecord ErrorFor(string name, IEnumerable<string>? known = null)
        {
            var names = (known ?? _seen).Where(n => !string.IsNullOrEmpty(n)).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
            var message = $"Cannot find the {What} '{name}' given to -{Parameter}" + (names.Length == 0 ? $": the input has no {What} at all." : ".");
            var nearest = Suggest.Nearest(name, names);
            if (nearest != null) message += $" Did you mean '{nearest}'?";
            if (names.Length > 0)
            {
                var list = names.OrderBy(n => n, StringComparer.OrdinalIgnoreCase).Take(12).ToArray();
                message += $" Known: {string.Join(", ", list.Select(n => "'" + n + "'"))}" + (names.Length > list.Length ? $" and {names.Length - list.Length} more." : ".");
            }
            message += " Use wildcards (*) to match part of a name.";
            return new ErrorRecord(new ItemNotFoundException(message), ErrorId, ErrorCategory.ObjectNotFound, name);
        }
    }
}
