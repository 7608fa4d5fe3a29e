using System;

namespace IncidentTools
{
    /// <summary>A manifest that cannot be read: names the file, and the line and column where it went wrong.</summary>
    public sealed class ManifestException : Exception
    {
        public ManifestException(string path, int line, int column, string message, Exception? inner = null, bool limitExceeded = false)
            : base($"{path}({line},{column}): {message}", inner)
        {
            ManifestPath = path;
            Line = line;
            Column = column;
            Reason = message;
            LimitExceeded = limitExceeded;
        }

        /// <summary>True when the manifest was refused for exceeding a bound (size, nesting, aliases, value length).</summary>
        public bool LimitExceeded { get; }

        public string ManifestPath { get; }
        public int Line { get; }
        public int Column { get; }
        public string Reason { get; }
    }
}
