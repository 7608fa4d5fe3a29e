using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Xunit;

namespace IncidentTools.Tests.Reliability
{
    /// <summary>
    /// Windows PowerShell 5.1 runs on .NET Framework 4.x, which this machine does not have. What it needs of the staged
    /// netstandard2.0 build can still be read without running it: each staged assembly is opened in a
    /// MetadataLoadContext whose only other assemblies are .NET Framework 4.7.2's reference assemblies (with the
    /// netstandard.dll facade that maps .NET Standard onto them), PowerShell Standard's System.Management.Automation and
    /// the module's own files. Every type must load (Assembly.GetTypes), with its base type, interfaces, fields, members'
    /// signatures and attributes; every type and member the assemblies' code refers to must exist there with the same
    /// signature. A type built on something .NET Framework lacks (an AssemblyLoadContext) fails it, as it would fail any
    /// reading of the module's types in Windows PowerShell 5.1.
    /// </summary>
    public class NetFrameworkLoadTests
    {
        /// <summary>The staged module; INCIDENTTOOLS_STAGED_MODULE names another staged folder to check (a release, an older build).</summary>
        private static string Staged =>
            Environment.GetEnvironmentVariable("INCIDENTTOOLS_STAGED_MODULE") is { Length: > 0 } other
                ? other
                : Path.Combine(TestPaths.RepoRoot, "out", "IncidentTools");

        /// <summary>The assemblies the netstandard2.0 build stages: the engine at the root, its manifest reader and YamlDotNet in Dependencies.</summary>
        public static IEnumerable<object[]> StagedAssemblies() => new[]
        {
            new object[] { "IncidentTools.dll" },
            new object[] { Path.Combine("Dependencies", "IncidentTools.Yaml.dll") },
            new object[] { Path.Combine("Dependencies", "YamlDotNet.dll") },
        };

        [Fact]
        public void TheStagedBuildIsTheNetStandardOneAndHoldsNoOtherAssembly()
        {
            var files = Directory.GetFiles(Staged, "*.dll").Concat(Directory.GetFiles(Path.Combine(Staged, "Dependencies"), "*.dll"))
                .Select(f => Path.GetRelativePath(Staged, f)).OrderBy(f => f, StringComparer.Ordinal);
            Assert.Equal(StagedAssemblies().Select(a => (string)a[0]).OrderBy(f => f, StringComparer.Ordinal), files);
            using var context = NewContext();
            var engine = context.LoadFromAssemblyPath(Path.Combine(Staged, "IncidentTools.dll"));
            Assert.Contains(engine.GetReferencedAssemblies(), r => r.Name == "netstandard");
        }

        [Theory]
        [MemberData(nameof(StagedAssemblies))]
        public void EveryTypeLoadsOnNetFramework472(string file)
        {
            using var context = NewContext();
            var assembly = context.LoadFromAssemblyPath(Path.Combine(Staged, file));
            Type[] types;
            try
            {
                types = assembly.GetTypes();
            }
            catch (ReflectionTypeLoadException ex)
            {
                throw new Xunit.Sdk.XunitException(file + ": GetTypes failed: " + string.Join("; ", ex.LoaderExceptions.Select(e => e?.Message)));
            }
            Assert.NotEmpty(types);
            var problems = new List<string>();
            foreach (var type in types)
                Check(problems, type.FullName + ": ", () => Touch(type));
            Assert.True(problems.Count == 0, file + " on .NET Framework 4.7.2:\n" + string.Join("\n", problems.Distinct().Take(40)));
        }

        [Theory]
        [MemberData(nameof(StagedAssemblies))]
        public void EveryTypeAndMemberItsCodeUsesExistsOnNetFramework472(string file)
        {
            using var context = NewContext();
            var path = Path.Combine(Staged, file);
            var assembly = context.LoadFromAssemblyPath(path);
            using var stream = File.OpenRead(path);
            using var pe = new PEReader(stream);
            var reader = pe.GetMetadataReader();
            var problems = new List<string>();

            foreach (var handle in reader.AssemblyReferences)
            {
                var name = reader.GetAssemblyReference(handle).GetAssemblyName();
                Check(problems, "assembly " + name + ": ", () =>
                {
                    // .NET Framework binds a reference to that version or a later one of a unified framework assembly;
                    // an earlier one would need a binding redirect, which a PowerShell module cannot give.
                    var found = context.LoadFromAssemblyName(name).GetName();
                    if (name.Version != null && found.Version < name.Version)
                        throw new FileNotFoundException("only version " + found.Version + " is there");
                });
            }

            var names = new TypeNames(reader, context, assembly, problems);
            foreach (var handle in reader.TypeReferences)
                names.GetTypeFromReference(reader, handle, 0);

            var members = 0;
            foreach (var handle in reader.MemberReferences)
            {
                var member = reader.GetMemberReference(handle);
                if (member.Parent.Kind != HandleKind.TypeReference && member.Parent.Kind != HandleKind.TypeSpecification) continue;
                var parentName = member.Parent.Kind == HandleKind.TypeReference
                    ? names.GetTypeFromReference(reader, (TypeReferenceHandle)member.Parent, 0)
                    : reader.GetTypeSpecification((TypeSpecificationHandle)member.Parent).DecodeSignature(names, null);
                if (parentName.EndsWith("]", StringComparison.Ordinal)) continue; // an array's Get/Set/Address: the runtime makes them
                var definition = parentName.Split('<')[0];
                if (!names.Resolved.TryGetValue(definition, out var parent)) continue; // its own problem is recorded already
                var memberName = reader.GetString(member.Name);
                members++;
                Check(problems, parentName + "::" + memberName + ": ", () =>
                {
                    if (member.GetKind() == MemberReferenceKind.Field)
                    {
                        var fieldType = member.DecodeFieldSignature(names, null);
                        if (!Hierarchy(parent).SelectMany(t => t.GetFields(All)).Any(f => f.Name == memberName && Describe(f.FieldType) == fieldType))
                            throw new MissingFieldException(fieldType + " " + memberName + " is not there");
                        return;
                    }
                    var signature = member.DecodeMethodSignature(names, null);
                    var candidates = memberName == ".ctor" || memberName == ".cctor"
                        ? parent.GetConstructors(All).Cast<MethodBase>()
                        : Hierarchy(parent).SelectMany(t => t.GetMethods(All)).Where(m => m.Name == memberName);
                    if (!candidates.Any(m => Matches(m, signature)))
                        throw new MissingMethodException(signature.ReturnType + " " + memberName + "(" + string.Join(", ", signature.ParameterTypes) + ") is not there");
                });
            }
            Assert.True(problems.Count == 0, file + " on .NET Framework 4.7.2:\n" + string.Join("\n", problems.Distinct().Take(40)));
            Assert.True(members > 0, "no member reference was checked");
        }

        /// <summary>The resolver: .NET Framework 4.7.2 (its facades too), PowerShell Standard, the staged module.</summary>
        private static MetadataLoadContext NewContext()
        {
            var root = typeof(NetFrameworkLoadTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .Single(a => a.Key == "NetFramework472ReferenceAssemblies").Value;
            Assert.False(string.IsNullOrEmpty(root), "the package Microsoft.NETFramework.ReferenceAssemblies.net472 was not restored");
            var framework = Path.Combine(root!, "build", ".NETFramework", "v4.7.2");
            Assert.True(File.Exists(Path.Combine(framework, "mscorlib.dll")), "no mscorlib.dll in " + framework);
            Assert.True(File.Exists(Path.Combine(framework, "Facades", "netstandard.dll")), "no netstandard.dll facade in " + framework);
            var paths = Directory.GetFiles(framework, "*.dll")
                .Concat(Directory.GetFiles(Path.Combine(framework, "Facades"), "*.dll"))
                .Append(typeof(System.Management.Automation.Cmdlet).Assembly.Location)
                .Concat(StagedAssemblies().Select(a => Path.Combine(Staged, (string)a[0])));
            return new MetadataLoadContext(new PathAssemblyResolver(paths), "mscorlib");
        }

        private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

        private static void Check(List<string> problems, string what, Action action)
        {
            try
            {
                action();
            }
            catch (Exception ex) when (ex is FileNotFoundException || ex is TypeLoadException || ex is MissingMemberException
                                       || ex is BadImageFormatException || ex is ReflectionTypeLoadException || ex is ArgumentException)
            {
                problems.Add(what + ex.GetType().Name + ": " + ex.Message);
            }
        }

        /// <summary>Resolves everything a type's definition names: what any reading of its members would load.</summary>
        private static void Touch(Type type)
        {
            _ = type.BaseType;
            _ = type.GetInterfaces();
            foreach (var a in type.GetCustomAttributesData()) _ = a.ConstructorArguments;
            if (type.IsGenericTypeDefinition)
                foreach (var p in type.GetGenericArguments()) _ = p.GetGenericParameterConstraints();
            foreach (var field in type.GetFields(All))
            {
                _ = field.FieldType;
                foreach (var a in field.GetCustomAttributesData()) _ = a.ConstructorArguments;
            }
            foreach (var property in type.GetProperties(All))
            {
                _ = property.PropertyType;
                foreach (var a in property.GetCustomAttributesData()) _ = a.ConstructorArguments;
            }
            foreach (var e in type.GetEvents(All)) _ = e.EventHandlerType;
            foreach (var method in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
            {
                if (method is MethodInfo m) _ = m.ReturnType;
                foreach (var p in method.GetParameters()) _ = p.ParameterType;
                foreach (var a in method.GetCustomAttributesData()) _ = a.ConstructorArguments;
                if (method.IsGenericMethodDefinition)
                    foreach (var p in method.GetGenericArguments()) _ = p.GetGenericParameterConstraints();
            }
        }

        private static IEnumerable<Type> Hierarchy(Type type)
        {
            for (var t = type; t != null; t = t.BaseType) yield return t;
            if (type.IsInterface)
                foreach (var i in type.GetInterfaces()) yield return i;
        }

        private static bool Matches(MethodBase method, MethodSignature<string> signature)
        {
            var parameters = method.GetParameters();
            if (parameters.Length != signature.ParameterTypes.Length) return false;
            if ((method.IsGenericMethodDefinition ? method.GetGenericArguments().Length : 0) != signature.GenericParameterCount) return false;
            if (method is MethodInfo m && Describe(m.ReturnType) != signature.ReturnType) return false;
            for (var i = 0; i < parameters.Length; i++)
                if (Describe(parameters[i].ParameterType) != signature.ParameterTypes[i]) return false;
            return true;
        }

        /// <summary>A type as <see cref="TypeNames"/> writes a signature's: full names, !n and !!n for generic parameters.</summary>
        private static string Describe(Type type)
        {
            if (type.IsGenericParameter) return (type.DeclaringMethod != null ? "!!" : "!") + type.GenericParameterPosition;
            if (type.IsByRef) return Describe(type.GetElementType()!) + "&";
            if (type.IsPointer) return Describe(type.GetElementType()!) + "*";
            if (type.IsArray) return Describe(type.GetElementType()!) + (type.IsSZArray ? "[]" : "[" + new string(',', type.GetArrayRank() - 1) + "]");
            if (type.IsGenericType && !type.IsGenericTypeDefinition)
                return Describe(type.GetGenericTypeDefinition()) + "<" + string.Join(",", type.GetGenericArguments().Select(Describe)) + ">";
            if (type.IsNested) return Describe(type.DeclaringType!) + "+" + type.Name;
            return type.FullName!;
        }

        /// <summary>
        /// Writes the types of signatures as names, and resolves each type reference in the MetadataLoadContext on the
        /// way (following type forwarders, as .NET Framework's netstandard.dll forwards to mscorlib and System).
        /// </summary>
        private sealed class TypeNames : ISignatureTypeProvider<string, object?>
        {
            private readonly MetadataLoadContext _context;
            private readonly Assembly _assembly;
            private readonly List<string> _problems;

            public TypeNames(MetadataReader reader, MetadataLoadContext context, Assembly assembly, List<string> problems)
            {
                _context = context;
                _assembly = assembly;
                _problems = problems;
            }

            /// <summary>Every type resolved, by name (generic definitions with their `n).</summary>
            public Dictionary<string, Type> Resolved { get; } = new Dictionary<string, Type>(StringComparer.Ordinal);

            public string GetPrimitiveType(PrimitiveTypeCode typeCode) => "System." + typeCode;

            public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
            {
                var definition = reader.GetTypeDefinition(handle);
                var name = reader.GetString(definition.Name);
                var declaring = definition.GetDeclaringType();
                var full = !declaring.IsNil
                    ? GetTypeFromDefinition(reader, declaring, 0) + "+" + name
                    : Join(reader.GetString(definition.Namespace), name);
                if (!Resolved.ContainsKey(full))
                {
                    var type = _assembly.GetType(full);
                    if (type != null) Resolved[full] = type;
                }
                return full;
            }

            public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
            {
                var reference = reader.GetTypeReference(handle);
                var name = reader.GetString(reference.Name);
                string full;
                Type? type = null;
                var scope = reference.ResolutionScope;
                if (scope.Kind == HandleKind.TypeReference)
                {
                    var outer = GetTypeFromReference(reader, (TypeReferenceHandle)scope, 0);
                    full = outer + "+" + name;
                    if (Resolved.TryGetValue(outer, out var outerType))
                        type = outerType.GetNestedType(name, BindingFlags.Public | BindingFlags.NonPublic);
                }
                else
                {
                    full = Join(reader.GetString(reference.Namespace), name);
                    if (Resolved.ContainsKey(full)) return full;
                    try
                    {
                        var owner = scope.Kind == HandleKind.AssemblyReference
                            ? _context.LoadFromAssemblyName(reader.GetAssemblyReference((AssemblyReferenceHandle)scope).GetAssemblyName())
                            : _assembly;
                        type = owner.GetType(full);
                    }
                    catch (FileNotFoundException ex)
                    {
                        _problems.Add("type " + full + ": " + ex.Message);
                        return full;
                    }
                }
                if (Resolved.ContainsKey(full)) return full;
                if (type == null) _problems.Add("type " + full + " is in no assembly of .NET Framework 4.7.2 or the module");
                else Resolved[full] = type;
                return full;
            }

            public string GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
                reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

            public string GetSZArrayType(string elementType) => elementType + "[]";

            public string GetArrayType(string elementType, ArrayShape shape) => elementType + "[" + new string(',', shape.Rank - 1) + "]";

            public string GetByReferenceType(string elementType) => elementType + "&";

            public string GetPointerType(string elementType) => elementType + "*";

            public string GetPinnedType(string elementType) => elementType;

            public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;

            public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments) =>
                genericType + "<" + string.Join(",", typeArguments) + ">";

            public string GetGenericTypeParameter(object? genericContext, int index) => "!" + index;

            public string GetGenericMethodParameter(object? genericContext, int index) => "!!" + index;

            public string GetFunctionPointerType(MethodSignature<string> signature) => "method*";

            private static string Join(string ns, string name) => ns.Length == 0 ? name : ns + "." + name;
        }
    }
}
