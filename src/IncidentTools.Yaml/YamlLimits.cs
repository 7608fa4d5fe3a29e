using System;
using System.Collections.Generic;
using System.IO;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace IncidentTools.Corpus
{
    /// <summary>
    /// The bounds a corpus.yaml must keep, checked on YamlDotNet's event stream before any node
    /// is built: a manifest over a bound is refused with a ManifestException (LimitExceeded) that
    /// names the file, line and column. They stop an alias bomb ("billion laughs"), nesting deep
    /// enough to exhaust the stack of a recursive reader, and huge scalars; a real manifest stays
    /// far below each of them.
    /// </summary>
    internal static class YamlLimits
    {
        /// <summary>The largest manifest file read (4 MiB; a manifest of 10,000 documents is about 2 MiB).</summary>
        public const long MaxBytes = 4L * 1024 * 1024;

        /// <summary>The deepest nesting of lists and mappings (the manifest's own shape needs 7).</summary>
        public const int MaxDepth = 64;

        /// <summary>The longest single value, in characters.</summary>
        public const int MaxScalarLength = 64 * 1024;

        /// <summary>The most nodes, counting every alias as the whole node it repeats.</summary>
        public const long MaxNodes = 1_000_000;

        /// <summary>Refuses a manifest file over <see cref="MaxBytes"/> before reading it.</summary>
        public static void CheckFileSize(string path)
        {
            var length = new FileInfo(path).Length;
            if (length > MaxBytes)
                throw Refused(path, 1, 1, $"the manifest is {length:N0} bytes, more than the {MaxBytes / (1024 * 1024)} MiB a manifest may have");
        }

        /// <summary>A parser that passes YamlDotNet's events through and throws at the first one over a bound.</summary>
        public static IParser Bounded(IParser parser, string path) => new BoundedParser(parser, path);

        private static ManifestException Refused(string path, long line, long column, string message) =>
            new ManifestException(path, (int)line, (int)column, message, limitExceeded: true);

        private sealed class BoundedParser : IParser
        {
            private readonly IParser _inner;
            private readonly string _path;
            private readonly Dictionary<string, long> _anchorSizes = new Dictionary<string, long>(StringComparer.Ordinal);
            private readonly Stack<(string? Anchor, long NodesBefore)> _open = new Stack<(string?, long)>();
            private long _nodes;

            public BoundedParser(IParser inner, string path)
            {
                _inner = inner;
                _path = path;
            }

            public ParsingEvent? Current => _inner.Current;

            public bool MoveNext()
            {
                if (!_inner.MoveNext()) return false;
                var e = _inner.Current;
                switch (e)
                {
                    case Scalar scalar:
                        if (scalar.Value.Length > MaxScalarLength)
                            throw Refused(_path, e.Start.Line, e.Start.Column, $"a value of {scalar.Value.Length:N0} characters is longer than the {MaxScalarLength:N0} a manifest value may have");
                        Count(e, 1);
                        if (!scalar.Anchor.IsEmpty) _anchorSizes[scalar.Anchor.Value] = 1;
                        break;
                    case SequenceStart _:
                    case MappingStart _:
                        if (_open.Count + 1 > MaxDepth)
                            throw Refused(_path, e.Start.Line, e.Start.Column, $"lists and mappings are nested more than {MaxDepth} deep");
                        var anchor = ((NodeEvent)e).Anchor;
                        _open.Push((anchor.IsEmpty ? null : anchor.Value, _nodes));
                        Count(e, 1);
                        break;
                    case SequenceEnd _:
                    case MappingEnd _:
                        if (_open.Count > 0)
                        {
                            var (name, before) = _open.Pop();
                            if (name != null) _anchorSizes[name] = _nodes - before;
                        }
                        break;
                    case AnchorAlias alias:
                        if (_anchorSizes.TryGetValue(alias.Value.Value, out var size))
                            Count(e, size);
                        else if (IsOpen(alias.Value.Value))
                            throw Refused(_path, e.Start.Line, e.Start.Column, $"the alias *{alias.Value.Value} repeats a node that contains it");
                        // An alias to no anchor at all: YamlDotNet reports it with its position.
                        break;
                    case DocumentStart _:
                        _anchorSizes.Clear();
                        break;
                }
                return true;
            }

            private bool IsOpen(string anchor)
            {
                foreach (var (name, _) in _open)
                    if (name == anchor) return true;
                return false;
            }

            private void Count(ParsingEvent e, long nodes)
            {
                _nodes += nodes;
                if (_nodes > MaxNodes)
                    throw Refused(_path, e.Start.Line, e.Start.Column, $"the manifest expands to more than {MaxNodes:N0} values (aliases that repeat aliases?)");
            }
        }
    }
}
