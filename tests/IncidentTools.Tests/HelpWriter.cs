using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace IncidentTools.Tests
{
    /// <summary>
    /// Writes the module's MAML help (en-US/IncidentTools.dll-Help.xml) from the compiled cmdlets'
    /// metadata and their XML documentation comments, so help and code cannot drift apart.
    /// HelpTests checks the committed file against what this writes; set
    /// INCIDENTTOOLS_UPDATE_HELP=1 and run the tests to rewrite it.
    /// </summary>
    internal static class HelpWriter
    {
        private static readonly XNamespace Msh = "http://msh";
        private static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
        private static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
        private static readonly XNamespace Dev = "http://schemas.microsoft.com/maml/dev/2004/10";

        public static string CommittedPath => Path.Combine(TestPaths.RepoRoot, "src", "IncidentTools", "en-US", "IncidentTools.dll-Help.xml");

        public static XDocument DocComments
        {
            get
            {
                var docs = XDocument.Load(Path.Combine(TestPaths.BaseDir, "IncidentTools.xml"));
                // <see cref="T:IncidentTools.IncidentQuote.Text"/> reads "Text" in help, not nothing.
                foreach (var see in docs.Descendants().Where(e => e.Name == "see" || e.Name == "seealso" || e.Name == "paramref" || e.Name == "typeparamref").ToArray())
                {
                    var target = (string?)see.Attribute("cref") ?? (string?)see.Attribute("langword") ?? (string?)see.Attribute("name") ?? "";
                    var text = see.Value.Length > 0 ? see.Value : target.Substring(target.LastIndexOfAny(new[] { '.', ':' }) + 1);
                    see.ReplaceWith(new XText(text));
                }
                return docs;
            }
        }

        public static string Write()
        {
            var docs = DocComments;
            var root = new XElement(Msh + "helpItems", new XAttribute("schema", "maml"),
                CmdletMetadata.CmdletTypes().OrderBy(CmdletMetadata.CmdletName).Select(t => CommandElement(t, docs)));
            var doc = new XDocument(new XDeclaration("1.0", "utf-8", null), root);
            using var writer = new Utf8StringWriter();
            doc.Save(writer);
            return writer.ToString().Replace("\r\n", "\n") + "\n";
        }

        private sealed class Utf8StringWriter : StringWriter
        {
            public override System.Text.Encoding Encoding => new System.Text.UTF8Encoding(false);
        }

        internal static XElement? MemberDoc(XDocument docs, string memberId) =>
            docs.Descendants("member").FirstOrDefault(m => (string?)m.Attribute("name") == memberId);

        internal static string Synopsis(XElement? doc) =>
            Clean(doc?.Element("summary")?.Elements("para").FirstOrDefault(p => (string?)p.Attribute("type") == "synopsis")?.Value
                  ?? doc?.Element("summary")?.Value);

        internal static string Description(XElement? doc) =>
            Clean(doc?.Element("summary")?.Elements("para").FirstOrDefault(p => (string?)p.Attribute("type") == "description")?.Value
                  ?? doc?.Element("summary")?.Value);

        internal static string PropertyDoc(XDocument docs, PropertyInfo p) =>
            Clean(MemberDoc(docs, "P:" + p.DeclaringType!.FullName + "." + p.Name)?.Element("summary")?.Value);

        private static string Clean(string? text) => text == null ? "" : Regex.Replace(text, @"\s+", " ").Trim();

        private static XElement CommandElement(Type t, XDocument docs)
        {
            var name = CmdletMetadata.CmdletName(t);
            var verb = name.Split('-')[0];
            var noun = name.Split('-')[1];
            var doc = MemberDoc(docs, "T:" + t.FullName);
            var parameters = CmdletMetadata.Parameters(t).Select(p => t.GetProperty(p)!).OrderBy(p => PositionOf(p) ?? int.MaxValue).ThenBy(p => p.Name).ToArray();
            var sets = parameters.SelectMany(p => CmdletMetadata.Attributes(p, "ParameterAttribute").Select(a => (string?)CmdletMetadata.Named(a, "ParameterSetName")))
                .Where(s => s != null && s != "__AllParameterSets").Distinct().OrderBy(s => s).ToArray();
            if (sets.Length == 0) sets = new string?[] { null };

            return new XElement(Command + "command",
                new XAttribute(XNamespace.Xmlns + "maml", Maml),
                new XAttribute(XNamespace.Xmlns + "command", Command),
                new XAttribute(XNamespace.Xmlns + "dev", Dev),
                new XElement(Command + "details",
                    new XElement(Command + "name", name),
                    new XElement(Command + "verb", verb),
                    new XElement(Command + "noun", noun),
                    new XElement(Maml + "description", Para(Synopsis(doc)))),
                new XElement(Maml + "description", Para(Description(doc))),
                new XElement(Command + "syntax", sets.Select(set =>
                    new XElement(Command + "syntaxItem",
                        new XElement(Maml + "name", name),
                        parameters.Where(p => InSet(p, set)).Select(p => ParameterElement(p, docs, set, withDescription: false))))),
                new XElement(Command + "parameters", parameters.Select(p => ParameterElement(p, docs, null, withDescription: true))),
                new XElement(Command + "inputTypes", InputTypes(parameters).Select(i =>
                    new XElement(Command + "inputType",
                        new XElement(Dev + "type", new XElement(Maml + "name", i.Type)),
                        new XElement(Maml + "description", Para(i.Description))))),
                new XElement(Command + "returnValues", CmdletMetadata.OutputTypes(t).Distinct().Select(o =>
                    new XElement(Command + "returnValue",
                        new XElement(Dev + "type", new XElement(Maml + "name", o.FullName)),
                        new XElement(Maml + "description", Para(Synopsis(MemberDoc(docs, "T:" + o.FullName))))))),
                new XElement(Command + "examples", (doc?.Elements("example") ?? Enumerable.Empty<XElement>()).Select((e, i) =>
                    new XElement(Command + "example",
                        new XElement(Maml + "title", $"-------------------------- Example {i + 1} --------------------------"),
                        new XElement(Dev + "code", CodeOf(e)),
                        new XElement(Dev + "remarks", Para(Clean(string.Concat(e.Elements("para").Select(p => p.Value + " ")))))))),
                new XElement(Command + "relatedLinks",
                    CmdletMetadata.CmdletTypes().Select(CmdletMetadata.CmdletName).Where(n => n != name).OrderBy(n => n).Select(n =>
                        new XElement(Maml + "navigationLink", new XElement(Maml + "linkText", n), new XElement(Maml + "uri"))),
                    new XElement(Maml + "navigationLink", new XElement(Maml + "linkText", "about_CommonParameters"), new XElement(Maml + "uri"))));
        }

        private static string CodeOf(XElement example)
        {
            var code = example.Element("code")?.Value ?? "";
            var lines = code.Replace("\r\n", "\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
            return string.Join("\n", lines);
        }

        private static XElement Para(string text) => new XElement(Maml + "para", text);

        private static int? PositionOf(PropertyInfo p) =>
            CmdletMetadata.Attributes(p, "ParameterAttribute").Select(a => CmdletMetadata.Named(a, "Position") as int?).FirstOrDefault(x => x != null);

        private static bool InSet(PropertyInfo p, string? set) =>
            set == null || CmdletMetadata.Attributes(p, "ParameterAttribute").Any(a =>
            {
                var s = (string?)CmdletMetadata.Named(a, "ParameterSetName");
                return s == null || s == set;
            });

        private static CustomAttributeData? AttributeFor(PropertyInfo p, string? set)
        {
            var all = CmdletMetadata.Attributes(p, "ParameterAttribute").ToArray();
            return all.FirstOrDefault(a => set != null && (string?)CmdletMetadata.Named(a, "ParameterSetName") == set) ?? all.FirstOrDefault();
        }

        private static XElement ParameterElement(PropertyInfo p, XDocument docs, string? set, bool withDescription)
        {
            var a = AttributeFor(p, set)!;
            var all = CmdletMetadata.Attributes(p, "ParameterAttribute").ToArray();
            bool required = set == null ? all.All(x => CmdletMetadata.Named(x, "Mandatory") as bool? == true) : CmdletMetadata.Named(a, "Mandatory") as bool? == true;
            var position = CmdletMetadata.Named(a, "Position") as int?;
            bool byValue = all.Any(x => CmdletMetadata.Named(x, "ValueFromPipeline") as bool? == true);
            bool byName = all.Any(x => CmdletMetadata.Named(x, "ValueFromPipelineByPropertyName") as bool? == true);
            var pipeline = byValue && byName ? "True (ByValue, ByPropertyName)" : byValue ? "True (ByValue)" : byName ? "True (ByPropertyName)" : "False";
            var aliases = CmdletMetadata.Aliases(p.DeclaringType!, p.Name).ToArray();
            var typeName = TypeName(p.PropertyType);
            bool isSwitch = p.PropertyType.Name == "SwitchParameter";
            var element = new XElement(Command + "parameter",
                new XAttribute("required", required ? "true" : "false"),
                new XAttribute("variableLength", p.PropertyType.IsArray ? "true" : "false"),
                new XAttribute("globbing", CmdletMetadata.Attributes(p, "SupportsWildcardsAttribute").Any() ? "true" : "false"),
                new XAttribute("pipelineInput", pipeline),
                new XAttribute("position", position?.ToString() ?? "named"),
                new XAttribute("aliases", aliases.Length == 0 ? "none" : string.Join(", ", aliases)),
                new XElement(Maml + "name", p.Name));
            if (withDescription) element.Add(new XElement(Maml + "description", Para(PropertyDoc(docs, p))));
            if (!isSwitch) element.Add(new XElement(Command + "parameterValue", new XAttribute("required", "true"), new XAttribute("variableLength", p.PropertyType.IsArray ? "true" : "false"), typeName));
            element.Add(new XElement(Dev + "type", new XElement(Maml + "name", typeName), new XElement(Maml + "uri")));
            element.Add(new XElement(Dev + "defaultValue", isSwitch ? "False" : "None"));
            return element;
        }

        private static IEnumerable<(string Type, string Description)> InputTypes(IEnumerable<PropertyInfo> parameters)
        {
            var byName = new List<string>();
            foreach (var p in parameters)
            {
                var all = CmdletMetadata.Attributes(p, "ParameterAttribute").ToArray();
                var element = p.PropertyType.IsArray ? p.PropertyType.GetElementType()! : p.PropertyType;
                if (all.Any(x => CmdletMetadata.Named(x, "ValueFromPipeline") as bool? == true))
                    yield return (TypeName(element), $"You can pipe {element.Name} objects to this cmdlet (-{p.Name}).");
                else if (all.Any(x => CmdletMetadata.Named(x, "ValueFromPipelineByPropertyName") as bool? == true))
                    byName.Add(p.Name == "LiteralPath" ? "LiteralPath (or PSPath, which the files and folders of Get-ChildItem and Get-Item have)" : p.Name);
            }
            // One entry for the parameters bound by property name, not the same type once per parameter.
            if (byName.Count > 0)
                yield return ("System.String", $"You can pipe objects with a property named {string.Join(" or ", byName)} to this cmdlet.");
        }

        private static string TypeName(Type t)
        {
            var u = Nullable.GetUnderlyingType(t);
            if (u != null) return TypeName(u);
            if (t.IsArray) return TypeName(t.GetElementType()!) + "[]";
            return t.Namespace == "System" ? t.Name : t.FullName!;
        }
    }
}
