using Baton.Library;
using Fluid;
using Fluid.Values;

namespace Baton.Prompts;

/// <summary>
/// A library item inside a template. Its fields are <c>id kind title body tags sensitivity revision
/// created_at updated_at source path url</c>; written as it is (<c>{{ spec }}</c>) it prints its body.
/// </summary>
internal sealed class LibraryItemValue(Item item) : ObjectValueBase(item)
{
    public Item Item => item;

    public override ValueTask<FluidValue> GetValueAsync(string name, TemplateContext context) => new(name switch
    {
        "id" => StringValue.Create(item.Id),
        "kind" => StringValue.Create(item.Kind.Name()),
        "title" => StringValue.Create(item.Title),
        "body" => StringValue.Create(item.Body),
        "tags" => new ArrayValue([.. item.Tags.Select(t => (FluidValue)StringValue.Create(t))]),
        "sensitivity" => StringValue.Create(item.Sensitivity.Name()),
        "revision" => NumberValue.Create(item.Revision),
        "created_at" => new DateTimeValue(item.CreatedAt),
        "updated_at" => new DateTimeValue(item.UpdatedAt),
        "source" => StringValue.Create(item.Source.Summary()),
        "path" => (item.Anchor?.Path ?? item.Source.Path) is { } path ? StringValue.Create(path) : NilValue.Instance,
        "url" => item.Source.Url is { } url ? StringValue.Create(url) : NilValue.Instance,
        _ => NilValue.Instance,
    });

    public override string ToStringValue() => item.Body;

    public override bool Equals(FluidValue other) => other is LibraryItemValue value && value.Item.Id == item.Id;

    public override bool Equals(object? obj) => obj is FluidValue value && Equals(value);

    public override int GetHashCode() => item.Id.GetHashCode(StringComparison.Ordinal);
}
