using System.Reflection;
using System.Reflection.Emit;

namespace Baton.Tests.TestSupport;

/// <summary>
/// The methods a type's code calls, read from its IL (its own methods, lambdas and async state machines, which the
/// compiler nests in it): for architecture tests that must see calls, not text.
/// </summary>
internal static class MethodCalls
{
    private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    public static IReadOnlyList<MethodBase> Of(Type type)
    {
        var calls = new List<MethodBase>();
        foreach (var nested in Nested(type))
        {
            foreach (var method in nested.GetMethods(All).Cast<MethodBase>().Concat(nested.GetConstructors(All)))
                calls.AddRange(Of(method));
        }

        return calls;
    }

    private static IEnumerable<Type> Nested(Type type) => [type, .. type.GetNestedTypes(BindingFlags.Public | BindingFlags.NonPublic).SelectMany(Nested)];

    private static IEnumerable<MethodBase> Of(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
            yield break;
        var position = 0;
        while (position < il.Length)
        {
            short value = il[position++];
            if (value == 0xFE)
                value = unchecked((short)(0xFE00 | il[position++]));
            var opCode = OpCodesByValue[value];
            if (opCode.OperandType == OperandType.InlineMethod)
            {
                var token = BitConverter.ToInt32(il, position);
                yield return method.Module.ResolveMethod(token, GenericArguments(method.DeclaringType), GenericArguments(method))!;
            }

            position += OperandSize(opCode, il, position);
        }
    }

    private static Type[]? GenericArguments(Type? type) => type is { IsGenericType: true } ? type.GetGenericArguments() : null;

    private static Type[]? GenericArguments(MethodBase method) => method.IsGenericMethod ? method.GetGenericArguments() : null;

    private static int OperandSize(OpCode opCode, byte[] il, int position) => opCode.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, position)),
        _ => 4,
    };
}
