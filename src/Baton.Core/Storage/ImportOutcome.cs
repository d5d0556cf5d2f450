namespace Baton.Storage;

public enum ImportOutcome
{
    Created,
    Updated,
    Unchanged,
}
