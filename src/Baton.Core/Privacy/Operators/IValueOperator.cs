namespace Baton.Privacy.Operators;

/// <summary>What replaces a finding's value in text that leaves Baton. Implementations are pure, or keep only their own table.</summary>
internal interface IValueOperator
{
    string Replace(Finding finding, string value);
}
