namespace Baton.Library;

public static class ActorKinds
{
    public static string Name(this ActorKind actor) => actor switch
    {
        ActorKind.Human => "human",
        ActorKind.Ai => "ai",
        ActorKind.Automation => "automation",
        _ => throw new ArgumentOutOfRangeException(nameof(actor)),
    };

    public static ActorKind Parse(string value) => value.Trim().ToLowerInvariant() switch
    {
        "human" => ActorKind.Human,
        "ai" => ActorKind.Ai,
        "automation" => ActorKind.Automation,
        _ => throw BatonErrors.UnknownActor(value),
    };
}
