using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace IncidentTools.Tests
{
    /// <summary>
    /// Reads cmdlet metadata from the compiled assembly with CustomAttributeData: the
    /// PowerShellStandard stub's attribute classes do not keep their values, the metadata does.
    /// </summary>
    internal static class CmdletMetadata
    {
        public static Assembly Engine => typeof(IncidentCorpus).Assembly;

        public static IEnumerable<Type> CmdletTypes() =>
            Engine.GetTypes().Where(t => !t.IsAbstract && t.CustomAttributes.Any(a => a.AttributeType.Name == "CmdletAttribute"));

        public static string CmdletName(Type t)
        {
            var a = t.CustomAttributes.Single(x => x.AttributeType.Name == "CmdletAttribute");
            return a.ConstructorArguments[0].Value + "-" + a.ConstructorArguments[1].Value;
        }

        public static Type CmdletType(string name) => CmdletTypes().Single(t => CmdletName(t) == name);

        public static object? Named(CustomAttributeData a, string name) =>
            a.NamedArguments.Where(n => n.MemberName == name).Select(n => n.TypedValue.Value).FirstOrDefault();

        public static IEnumerable<CustomAttributeData> Attributes(MemberInfo m, string name) =>
            m.CustomAttributes.Where(a => a.AttributeType.Name == name);

        /// <summary>The [Parameter] attributes of a property (one per parameter set).</summary>
        public static IReadOnlyList<CustomAttributeData> ParameterAttributes(Type cmdlet, string parameter)
        {
            var p = cmdlet.GetProperty(parameter) ?? throw new ArgumentException($"{cmdlet.Name} has no parameter {parameter}");
            return Attributes(p, "ParameterAttribute").ToArray();
        }

        public static IEnumerable<string> Parameters(Type cmdlet) =>
            cmdlet.GetProperties().Where(p => Attributes(p, "ParameterAttribute").Any()).Select(p => p.Name);

        public static IEnumerable<string> Aliases(Type cmdlet, string parameter) =>
            Attributes(cmdlet.GetProperty(parameter)!, "AliasAttribute")
                .SelectMany(a => a.ConstructorArguments.SelectMany(c =>
                    c.Value is IEnumerable<CustomAttributeTypedArgument> list ? list.Select(x => (string)x.Value!) : new[] { (string)c.Value! }));

        public static bool HasAttribute(Type cmdlet, string parameter, string attribute) =>
            Attributes(cmdlet.GetProperty(parameter)!, attribute).Any();

        public static Type? CompleterOf(Type cmdlet, string parameter) =>
            Attributes(cmdlet.GetProperty(parameter)!, "ArgumentCompleterAttribute")
                .Select(a => a.ConstructorArguments[0].Value as Type).FirstOrDefault();

        public static IEnumerable<Type> OutputTypes(Type cmdlet) =>
            Attributes(cmdlet, "OutputTypeAttribute").SelectMany(a => a.ConstructorArguments.SelectMany(c =>
                c.Value is IEnumerable<CustomAttributeTypedArgument> list ? list.Select(x => (Type)x.Value!) : new[] { (Type)c.Value! }));
    }
}
