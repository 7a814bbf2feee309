using Dossier.Content;
using Dossier.Rendering.Views;

namespace Dossier.Rendering.Pages;

/// <summary>A narrative article: its text with links and numbered citations, what it is about, claims, sources.</summary>
internal static class ArticlePage
{
    public static PageView Build(Article article, ViewFactory f)
    {
        var path = article.PagePath;
        var facts = new List<FactView> { new("Date", article.Date.ToDisplay()) };
        if (article.Authors.Count > 0)
        {
            facts.Add(new FactView(article.Authors.Count == 1 ? "Author" : "Authors", string.Join(", ", article.Authors)));
        }

        var about = f.Dossier.ResolveAll<Item>(article.About).Select(i => f.Link(i)).ToList();
        var byline = article.Authors.Count > 0 ? $"{article.Date.ToDisplay()} · {string.Join(", ", article.Authors)}" : article.Date.ToDisplay();
        return new PageView
        {
            Layout = "article",
            Path = path,
            Title = article.Title,
            KindLabel = "Article",
            Subtitle = byline,
            Description = f.Describe(article, article.Title),
            Canonical = f.Canonical(path),
            Breadcrumbs = f.Crumbs(ItemKind.Article),
            Summary = article.Summary,
            BodyHtml = f.RenderBody(article, path),
            Tags = article.Tags,
            Infobox = facts,
            Sections = about.Count > 0 ? [new SectionView("about", "About", about)] : [],
            Claims = f.ClaimsFor(article),
            MentionedIn = f.MentionedIn(article),
            Sources = f.Sources(article),
            JsonLd = JsonLd.Article(article, f),
        };
    }
}
