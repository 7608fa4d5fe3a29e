using System;
using System.Collections.Generic;

namespace IncidentTools
{
    /// <summary>
    /// PowerShell wildcard matching (*, ?, [abc], [a-z], ` escapes), case-insensitive.
    /// The engine's own, so that filters behave the same from C# and from PowerShell.
    /// </summary>
    public static class Wildcard
    {
        /// <summary>
        /// True when the pattern has an unescaped *, ?, or [ that opens a set closed later ("[ab]"): a [ with no ] after it
        /// is a plain character, as <see cref="IsMatch"/> reads it, so "story [a" is a literal name (an error when it names
        /// nothing), not a silent wildcard.
        /// </summary>
        public static bool ContainsWildcard(string pattern)
        {
            for (int i = 0; i < pattern.Length; i++)
            {
                char c = pattern[i];
                if (c == '`') { i++; continue; }
                if (c == '*' || c == '?') return true;
                if (c == '[' && pattern.IndexOf(']', i + 1) > i + 1) return true;
            }
            return false;
        }

        /// <summary>The value as a pattern that matches it alone: *, ?, [, ] and ` escaped with a backtick, as WildcardPattern.Escape does.</summary>
        internal static string Escape(string value)
        {
            var sb = new System.Text.StringBuilder(value.Length);
            foreach (char c in value)
            {
                if (c == '*' || c == '?' || c == '[' || c == ']' || c == '`') sb.Append('`');
                sb.Append(c);
            }
            return sb.ToString();
        }

        /// <summary>
        /// True when <paramref name="value"/> matches <paramref name="pattern"/>, or is the pattern as written (any case): a
        /// name typed whole finds a value that holds wildcard characters ("story [a]", "[VIDEO] Strike"), which as a pattern
        /// it does not match.
        /// </summary>
        internal static bool IsMatchOrSame(string value, string pattern) =>
            string.Equals(value, pattern, StringComparison.OrdinalIgnoreCase) || IsMatch(value, pattern);

        /// <summary>True when <paramref name="value"/> matches <paramref name="pattern"/> as a whole.</summary>
        public static bool IsMatch(string value, string pattern)
        {
            var tokens = Parse(pattern);
            // Iterative matcher with one backtrack point for the last '*': O(n·m) at worst.
            int v = 0, t = 0, starToken = -1, starValue = 0;
            while (v < value.Length)
            {
                if (t < tokens.Count && tokens[t].Kind != TokenKind.Star && tokens[t].Matches(value[v]))
                {
                    v++; t++;
                }
                else if (t < tokens.Count && tokens[t].Kind == TokenKind.Star)
                {
                    starToken = t++;
                    starValue = v;
                }
                else if (starToken >= 0)
                {
                    t = starToken + 1;
                    v = ++starValue;
                }
                else
                {
                    return false;
                }
            }
            while (t < tokens.Count && tokens[t].Kind == TokenKind.Star) t++;
            return t == tokens.Count;
        }

        /// <summary>True when the value matches any pattern; true when no patterns are given.</summary>
        public static bool MatchesAny(string? value, IEnumerable<string>? patterns)
        {
            if (patterns == null) return true;
            bool any = false;
            foreach (var pattern in patterns)
            {
                any = true;
                if (value != null && IsMatch(value, pattern)) return true;
            }
            return !any;
        }

        private enum TokenKind { Literal, Any, Star, Set }

        private readonly struct Token
        {
            public Token(TokenKind kind, char c = '\0', List<(char, char)>? ranges = null)
            {
                Kind = kind;
                Char = c;
                Ranges = ranges;
            }

            public TokenKind Kind { get; }
            public char Char { get; }
            public List<(char Low, char High)>? Ranges { get; }

            public bool Matches(char c)
            {
                switch (Kind)
                {
                    case TokenKind.Any: return true;
                    case TokenKind.Literal: return char.ToUpperInvariant(c) == char.ToUpperInvariant(Char);
                    case TokenKind.Set:
                        var u = char.ToUpperInvariant(c);
                        foreach (var (low, high) in Ranges!)
                            if (u >= char.ToUpperInvariant(low) && u <= char.ToUpperInvariant(high)) return true;
                        return false;
                    default: return false;
                }
            }
        }

        private static List<Token> Parse(string pattern)
        {
            var tokens = new List<Token>();
            for (int i = 0; i < pattern.Length; i++)
            {
                char c = pattern[i];
                if (c == '`' && i + 1 < pattern.Length) { tokens.Add(new Token(TokenKind.Literal, pattern[++i])); continue; }
                if (c == '*') { if (tokens.Count == 0 || tokens[tokens.Count - 1].Kind != TokenKind.Star) tokens.Add(new Token(TokenKind.Star)); continue; }
                if (c == '?') { tokens.Add(new Token(TokenKind.Any)); continue; }
                if (c == '[')
                {
                    int close = pattern.IndexOf(']', i + 1);
                    if (close > i + 1)
                    {
                        var ranges = new List<(char, char)>();
                        for (int j = i + 1; j < close; j++)
                        {
                            if (j + 2 < close && pattern[j + 1] == '-') { ranges.Add((pattern[j], pattern[j + 2])); j += 2; }
                            else ranges.Add((pattern[j], pattern[j]));
                        }
                        tokens.Add(new Token(TokenKind.Set, ranges: ranges));
                        i = close;
                        continue;
                    }
                }
                tokens.Add(new Token(TokenKind.Literal, c));
            }
            return tokens;
        }
    }
}
