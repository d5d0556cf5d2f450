using Baton.Library;
using Fluid;
using Fluid.Values;

namespace Baton.Prompts;

/// <summary>
/// An item the render's audience may not see, where a template asked for it by id: it prints a marker that says so
/// (<c>[withheld: confidential item 01jx5h2k above external-ai]</c>), with the marker as its title and body too, so a
/// template that reads fields shows the gap instead of an empty line. Only <c>id</c>, <c>kind</c> and
/// <c>sensitivity</c> are real; <c>withheld</c> is true.
/// </summary>
internal sealed class WithheldItemValue(Item item, string target) : ObjectValueBase(item)
{
    public string Marker { get; } = $"[withheld: {item.Sensitivity.Name()} item {item.Id[..Math.Min(8, item.Id.Length)]} above {target}]";

    public override ValueTask<FluidValue> GetValueAsync(string name, TemplateContext context) => new(name switch
    {
        "id" => StringValue.Create(item.Id),
        "kind" => StringValue.Create(item.Kind.Name()),
        "sensitivity" => StringValue.Create(item.Sensitivity.Name()),
        "withheld" => BooleanValue.True,
        "title" or "body" => StringValue.Create(Marker),
        _ => NilValue.Instance,
    });

    public override string ToStringValue() => Marker;

    public override bool Equals(FluidValue other) => other is WithheldItemValue value && value.Marker == Marker;

    public override bool Equals(object? obj) => obj is FluidValue value && Equals(value);

    public override int GetHashCode() => Marker.GetHashCode(StringComparison.Ordinal);
}
