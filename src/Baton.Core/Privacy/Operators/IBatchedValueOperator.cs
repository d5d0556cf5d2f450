namespace Baton.Privacy.Operators;

/// <summary>
/// An operator that works faster on many values at once (the vault numbers all new values of a text in one
/// transaction): <see cref="Prepare"/> is called with every value of a text before <see cref="IValueOperator.Replace"/>.
/// </summary>
internal interface IBatchedValueOperator : IValueOperator
{
    void Prepare(IReadOnlyList<(Finding Finding, string Value)> values);
}
