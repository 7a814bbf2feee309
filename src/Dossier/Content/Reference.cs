using Dossier.Checking;

namespace Dossier.Content;

/// <summary>
/// An id written in front matter (an organization, a place, a source…), kept with where it was
/// written so that the linker can point at it when it does not resolve.
/// </summary>
public sealed record Reference(string Id, SourceLocation Location)
{
    public override string ToString() => Id;
}
