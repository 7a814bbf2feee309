using Dossier.Checking;
using Dossier.Content;

namespace Dossier.Linking;

/// <summary>
/// Resolves every id written in front matter against the one namespace, checks that it names the
/// right type, and records each resolved reference as an edge (page → item) for backlinks.
/// </summary>
internal sealed class ReferenceChecker(SiteIndex index, DiagnosticBag diagnostics)
{
    private static readonly ItemKind[] Actors = [ItemKind.Person, ItemKind.Organization];
    private static readonly ItemKind[] Anything = Enum.GetValues<ItemKind>();

    public List<(Page From, Item To)> Edges { get; } = [];

    /// <summary>Every page, in parallel (each page's references are its own); the edges are gathered in page order.</summary>
    public void CheckAll(DossierContent content)
    {
        var pages = content.Pages;
        var edges = new List<(Page From, Item To)>[pages.Count];
        Parallel.For(0, pages.Count, i =>
        {
            var checker = new ReferenceChecker(index, diagnostics);
            checker.Check(pages[i]);
            edges[i] = checker.Edges;
        });

        foreach (var list in edges)
        {
            Edges.AddRange(list);
        }
    }

    /// <summary>What a page's front matter points at; its diagnostics are dropped (they were reported when the page was checked).</summary>
    public static IEnumerable<Item> TargetsOf(Page page, SiteIndex index)
    {
        var checker = new ReferenceChecker(index, new DiagnosticBag());
        checker.Check(page);
        return checker.Edges.Select(e => e.To);
    }

    /// <summary>One page's front matter; its resolved references are added to <see cref="Edges"/>.</summary>
    public void Check(Page page)
    {
        foreach (var source in page.Sources)
        {
            Resolve(page, source, "sources", ItemKind.Source);
        }

        switch (page)
        {
            case Person person:
                foreach (var role in person.Roles)
                {
                    Resolve(page, role.Organization, "organization", ItemKind.Organization);
                    Resolve(page, role.Place, "place", ItemKind.Place);
                    role.Sources.ForEach(s => Resolve(page, s, "sources", ItemKind.Source));
                    Resolve(page, role.Claim, "claim", ItemKind.Claim);
                }

                break;
            case Organization org:
                Resolve(page, org.Parent, "parent", ItemKind.Organization);
                break;
            case Place place:
                Resolve(page, place.Within, "within", ItemKind.Place);
                break;
            case Event ev:
                ev.Places.ForEach(p => Resolve(page, p, "place", ItemKind.Place));
                Resolve(page, ev.PartOf, "part_of", ItemKind.Event);
                ev.Related.ForEach(r => Resolve(page, r, "related", ItemKind.Event));
                foreach (var participant in ev.Participants)
                {
                    Resolve(page, participant.Entity, "entity", Actors);
                    Resolve(page, participant.Claim, "claim", ItemKind.Claim);
                }

                foreach (var report in ev.Figures.SelectMany(f => f.Reports))
                {
                    Resolve(page, report.Source, "source", ItemKind.Source);
                }

                break;
            case Source source:
                source.BasedOn.ForEach(b => Resolve(page, b, "based_on", ItemKind.Source));
                source.Quotes.ForEach(q => Resolve(page, q, "quotes", ItemKind.Source));
                Resolve(page, source.SeenVia, "seen_via", ItemKind.Source);
                CheckPublisher(source);
                break;
            case Article article:
                article.About.ForEach(a => Resolve(page, a, "about", Anything));
                break;
        }

        foreach (var claim in page.Claims)
        {
            claim.About.ForEach(a => Resolve(page, a, "about", Anything));
            claim.Evidence.ForEach(e => Resolve(page, e.Source, "source", ItemKind.Source));
        }
    }

    private Item? Resolve(Page from, Reference? reference, string field, params ItemKind[] kinds)
    {
        if (reference is null)
        {
            return null;
        }

        // Only an error needs the words; a dossier has hundreds of thousands of good references.
        string Expected() => string.Join(" or ", kinds.Length == Anything.Length ? ["page or claim"] : kinds.Select(k => k.Noun()));
        var item = index.Find(reference.Id);
        if (item is null)
        {
            var expected = Expected();
            var mean = index.Suggest(reference.Id, i => kinds.Contains(i.Kind));
            var byName = index.FindByName(reference.Id).Where(i => kinds.Contains(i.Kind)).ToList();
            var renamed = index.FindFormer(reference.Id) is { } now && kinds.Contains(now.Kind) ? now : null;
            var hint = renamed is not null
                ? $"`{reference.Id}` is now `{renamed.Id}`: write the new id"
                : byName.Count == 1
                ? $"front matter refers by id: write `{byName[0].Id}`"
                : mean is not null ? $"did you mean `{mean}`?" : $"no {expected} has this id";
            diagnostics.Error(Codes.UnknownReference, reference.Location, $"`{field}` names an unknown {expected}: `{reference.Id}`", hint);
            return null;
        }

        if (!kinds.Contains(item.Kind))
        {
            diagnostics.Error(Codes.WrongKindReference, reference.Location,
                $"`{field}` must name {ItemKinds.WithArticle(Expected())}, but `{reference.Id}` is {item.Kind.NounWithArticle()}");
            return null;
        }

        if (item != from)
        {
            Edges.Add((from, item));
        }

        return item;
    }

    /// <summary>A publisher is an organization id when one has that id, otherwise a plain name.</summary>
    private void CheckPublisher(Source source)
    {
        var written = source.Publisher.Id;
        var item = index.Find(written);
        if (item is Organization org)
        {
            Edges.Add((source, org));
            return;
        }

        if (item is not null)
        {
            diagnostics.Error(Codes.WrongKindReference, source.Publisher.Location,
                $"`publisher` must be an organization id or a plain name, but `{written}` is {item.Kind.NounWithArticle()}");
            return;
        }

        if (Ids.IsValid(written) && index.Suggest(written, i => i.Kind == ItemKind.Organization) is { } mean)
        {
            diagnostics.Warning(Codes.UnknownReference, source.Publisher.Location,
                $"`publisher` \"{written}\" is no organization id, so it is shown as a plain name", $"did you mean `{mean}`?");
        }
    }
}
