namespace Baton.Library;

/// <summary>Who made one revision of an item.</summary>
public sealed record RevisionAuthor(ActorKind Actor, string Name, string? Tool = null, string? Model = null)
{
    public static RevisionAuthor From(SourceLabel source) => new(source.Actor, source.Name, source.Tool, source.Model);

    public override string ToString() => Actor == ActorKind.Human ? Name : $"{Actor.Name()}:{Tool ?? Name}";
}
