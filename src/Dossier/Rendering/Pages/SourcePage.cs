using Dossier.Content;
using Dossier.FactCheck;
using Dossier.Linking;
using Dossier.Rendering.Views;

namespace Dossier.Rendering.Pages;

/// <summary>A source: details, archive link, reliability, what it is based on, and every claim and page that cites it.</summary>
internal static class SourcePage
{
    public static PageView Build(Source source, ViewFactory f)
    {
        var path = source.PagePath;
        var chain = f.Chain(source);
        var facts = new List<FactView>();
        var publisher = f.Dossier.PublisherOf(source);
        facts.Add(publisher is null ? new FactView("Publisher", source.Publisher.Id) : new FactView("Publisher", null, [f.Link(publisher)]));
        if (source.Authors.Count > 0)
        {
            facts.Add(new FactView(source.Authors.Count == 1 ? "Author" : "Authors", string.Join(", ", source.Authors)));
        }

        facts.Add(new FactView("Published", ViewFactory.Approximate(source.Published, source.Circa)));
        facts.Add(new FactView("Kind", source.SourceKind));
        if (source.Language is { } language)
        {
            facts.Add(new FactView("Language", language));
        }

        facts.Add(new FactView("Reliability", source.Reliability is { } r ? $"{r} — {Admiralty(r)}" : "not rated"));
        if (source.Url is { } url)
        {
            facts.Add(new FactView("Original", null, [new LinkView(url, Host(url), "external")]));
        }

        if (source.ArchiveUrl is { } archive)
        {
            facts.Add(new FactView("Archived copy", null, [new LinkView(archive, Host(archive), "external")]));
        }

        if (source.File is { } file)
        {
            facts.Add(new FactView("Copy kept here", null, [new LinkView("/" + file.TrimStart('/'), System.IO.Path.GetFileName(file), "file")]));
        }

        if (f.Facts.Archives.ContainsKey(source))
        {
            facts.Add(new FactView("Archived text", null, [new LinkView(SourceTextPage.PathOf(source), "Read the archived text", "reading")]));
        }

        if (source.Accessed is { } accessed)
        {
            facts.Add(new FactView("Accessed", accessed.ToDisplay()));
        }

        var basedOn = f.Dossier.ResolveAll<Source>(source.BasedOn).Select(s => f.Link(s)).ToList();
        if (basedOn.Count > 0)
        {
            facts.Add(new FactView("Based on", null, basedOn));
        }

        var quoted = f.Dossier.ResolveAll<Source>(source.Quotes).Select(s => f.Link(s)).ToList();
        if (quoted.Count > 0)
        {
            facts.Add(new FactView("Quotes, in part", null, quoted));
        }

        if (f.Dossier.Resolve<Source>(source.SeenVia) is { } via)
        {
            facts.Add(new FactView("Seen via", null, [f.Link(via, "the editors know this source only as quoted there")]));
        }

        var relayedBy = Relations.Of(f.Dossier.Relations.RelayedBy, source.Id);
        var relaying = relayedBy.Select(s => f.Link(s)).ToList();
        var origins = chain.Origins.Where(o => o != source).Select(o => f.Link(o)).ToList();
        var claims = (f.Dossier.ClaimsCiting.GetValueOrDefault(source) ?? []).Select(f.ClaimRow).ToList();
        var citing = f.Dossier.PagesCiting.GetValueOrDefault(source) ?? [];
        var pages = citing.Select(p => f.Link(p)).ToList();

        return new PageView
        {
            Layout = "source",
            Path = path,
            Title = source.Title,
            KindLabel = "Source",
            Subtitle = $"{SourceChain.PublisherName(source, f.Dossier)}, {ViewFactory.Approximate(source.Published, source.Circa)}",
            Description = f.Describe(source, $"{source.Title} ({SourceChain.PublisherName(source, f.Dossier)}, {ViewFactory.Approximate(source.Published, source.Circa)}): a source of the dossier {f.Settings.Title}."),
            Canonical = f.Canonical(path),
            Breadcrumbs = f.Crumbs(ItemKind.Source),
            Summary = source.Summary,
            BodyHtml = f.RenderBody(source, path),
            Tags = source.Tags,
            Infobox = facts,
            Sections = new[]
            {
                new SectionView("origins", "Origins (followed through based_on)", origins),
                new SectionView("relayed-by", "Relayed by", relaying),
                new SectionView("cited-by", "Pages that cite this source", pages),
            }.Where(s => s.Rows.Count > 0).ToList(),
            Claims = claims,
            MentionedIn = OnlyMentioning(source, citing, relayedBy, f),
            Sources = f.Sources(source),
            JsonLd = JsonLd.Source(source, f),
        };
    }

    /// <summary>
    /// The pages that mention the source without citing or relaying it. A page that cites a source
    /// also links to it, so "Mentioned in" would otherwise repeat "Pages that cite this source" (and
    /// "Relayed by") line for line, the whole list twice on a page a reader scrolls through.
    /// </summary>
    private static List<LinkView> OnlyMentioning(Source source, IReadOnlyList<Page> citing, IReadOnlyList<Source> relayedBy, ViewFactory f)
    {
        var shown = new HashSet<Item>(citing);
        shown.UnionWith(relayedBy);
        return f.Dossier.MentionsOf(source).Where(p => !shown.Contains(p)).Select(p => f.Link(p)).ToList();
    }

    private static string Host(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : url;

    /// <summary>The Admiralty (NATO) source-reliability scale.</summary>
    public static string Admiralty(char grade) => grade switch
    {
        'A' => "completely reliable",
        'B' => "usually reliable",
        'C' => "fairly reliable",
        'D' => "not usually reliable",
        'E' => "unreliable",
        _ => "reliability cannot be judged",
    };
}
