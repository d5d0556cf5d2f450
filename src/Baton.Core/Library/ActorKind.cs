namespace Baton.Library;

/// <summary>Who produced something: a person, an AI tool, or an automation (CI, a workflow, a script).</summary>
public enum ActorKind
{
    Human,
    Ai,
    Automation,
}
