using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using YamlDotNet.RepresentationModel;

namespace IncidentTools.Tests
{
    /// <summary>Reads the gold files under Gold/ once each, and the few node lookups the gold tests need.</summary>
    internal static class GoldYaml
    {
        private static readonly ConcurrentDictionary<string, Lazy<YamlMappingNode>> Roots = new ConcurrentDictionary<string, Lazy<YamlMappingNode>>();

        /// <summary>The root mapping of a gold file (e.g. "seed-documents.yaml"), parsed on first use.</summary>
        public static YamlMappingNode Root(string file) =>
            Roots.GetOrAdd(file, f => new Lazy<YamlMappingNode>(() =>
            {
                var yaml = new YamlStream();
                using (var reader = File.OpenText(TestPaths.Gold(f))) yaml.Load(reader);
                return (YamlMappingNode)yaml.Documents[0].RootNode;
            })).Value;

        public static YamlNode? Child(YamlMappingNode node, string key) =>
            node.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;

        /// <summary>A scalar value, or null where the key is missing or not a scalar.</summary>
        public static string? Scalar(YamlMappingNode node, string key) => (Child(node, key) as YamlScalarNode)?.Value;

        /// <summary>The values of a list of scalars; empty where the key is missing.</summary>
        public static IEnumerable<string> Strings(YamlMappingNode node, string key) =>
            Child(node, key) is YamlSequenceNode seq ? seq.Children.Select(c => ((YamlScalarNode)c).Value!) : Enumerable.Empty<string>();

        /// <summary>The mappings of a list (e.g. the gold file's documents or questions).</summary>
        public static IEnumerable<YamlMappingNode> Mappings(YamlMappingNode node, string key) =>
            Child(node, key) is YamlSequenceNode seq ? seq.Children.Cast<YamlMappingNode>() : Enumerable.Empty<YamlMappingNode>();
    }
}
