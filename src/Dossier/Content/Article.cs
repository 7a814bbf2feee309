namespace Dossier.Content;

public sealed class Article : Page
{
    public override ItemKind Kind => ItemKind.Article;

    public required string Title { get; init; }

    public override string DisplayName => Title;

    public required PartialDate Date { get; init; }

    public List<string> Authors { get; init; } = [];

    public List<Reference> About { get; init; } = [];
}
