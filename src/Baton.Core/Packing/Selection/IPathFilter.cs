namespace Baton.Packing.Selection;

/// <summary>One stage of the path decision. Stages run in order; the first that leaves an entry out gives its reason.</summary>
internal interface IPathFilter
{
    PathVerdict Check(Candidate candidate);
}
