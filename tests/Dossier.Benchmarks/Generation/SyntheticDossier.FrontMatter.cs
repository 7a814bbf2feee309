using System.Globalization;
using System.Text;
using Dossier.Linking;

namespace Dossier.Benchmarks.Generation;

/// <summary>The front matter of each generated file, by kind.</summary>
internal sealed partial class SyntheticDossier
{
    private string FrontMatter(GenItem item, Random r)
    {
        var y = new StringBuilder(1024);
        switch (item.Kind)
        {
            case GenKind.Person:
                y.Append("name: ").Append(Q(item.Name)).Append('\n');
                if (item.NativeName is { } native)
                {
                    y.Append("native_name: ").Append(Q(native)).Append('\n');
                }

                Aliases(y, item);
                y.Append("born: ").Append(Q($"{1940 + r.Next(50)}")).Append('\n');
                y.Append("nationality: ").Append(Q(Nationalities[r.Next(Nationalities.Length)])).Append('\n');
                Summary(y, $"{item.Name} is a person named in the synthetic dossier, with roles, events and claims.");
                y.Append("roles:\n");
                for (var k = 0; k < 1 + r.Next(2); k++)
                {
                    var from = 2000 + r.Next(20);
                    y.Append("  - title: ").Append(Q(RoleTitles[r.Next(RoleTitles.Length)])).Append('\n')
                        .Append("    organization: ").Append(Pick(_orgs, r).Id).Append('\n')
                        .Append("    place: ").Append(Pick(_places, r).Id).Append('\n')
                        .Append("    from: ").Append(Q(from.ToString(CultureInfo.InvariantCulture))).Append('\n')
                        .Append("    to: ").Append(Q((from + r.Next(5)).ToString(CultureInfo.InvariantCulture))).Append('\n')
                        .Append("    sources: [").Append(Pick(_sources, r).Id).Append("]\n");
                }

                PageSources(y, r);
                break;

            case GenKind.Organization:
                y.Append("name: ").Append(Q(item.Name)).Append('\n');
                Aliases(y, item);
                y.Append("kind: ").Append(_orgKind[item]).Append('\n');
                if (item.Index > 0 && r.Next(10) < 3)
                {
                    y.Append("parent: ").Append(_orgs[r.Next(item.Index)].Id).Append('\n');
                }

                y.Append("founded: ").Append(Q($"{1950 + r.Next(60)}")).Append('\n');
                Summary(y, $"The {item.Name} is an organization in the synthetic dossier.");
                PageSources(y, r);
                break;

            case GenKind.Place:
                y.Append("name: ").Append(Q(item.Name)).Append('\n');
                Aliases(y, item);
                var countries = Math.Max(1, _places.Count / 50);
                var provinces = Math.Max(countries + 1, _places.Count / 10);
                if (item.Index < countries)
                {
                    y.Append("kind: country\n");
                }
                else if (item.Index < provinces)
                {
                    y.Append("kind: province\nwithin: ").Append(_places[r.Next(countries)].Id).Append('\n');
                }
                else
                {
                    y.Append(r.Next(4) == 0 ? "kind: site\n" : "kind: city\n")
                        .Append("within: ").Append(_places[countries + r.Next(provinces - countries)].Id).Append('\n');
                }

                y.Append("coordinates: [").Append((29 + r.NextDouble() * 8).ToString("F4", CultureInfo.InvariantCulture)).Append(", ")
                    .Append((39 + r.NextDouble() * 9).ToString("F4", CultureInfo.InvariantCulture)).Append("]\n");
                Summary(y, $"{item.Name} is a place in the synthetic dossier.");
                break;

            case GenKind.Event:
                y.Append("title: ").Append(Q(item.Name)).Append('\n')
                    .Append("date: ").Append(Q(item.Date!)).Append('\n')
                    .Append("place: ").Append(_eventPlace[item].Id).Append('\n')
                    .Append("kind: ").Append(_eventKind[item]).Append('\n');
                if (item.Index > 0 && r.Next(100) < 15)
                {
                    y.Append("part_of: ").Append(_events[r.Next(item.Index)].Id).Append('\n');
                }

                if (_events.Count > 2 && r.Next(2) == 0)
                {
                    var related = _events[(item.Index + 1 + r.Next(_events.Count - 1)) % _events.Count];
                    y.Append("related: [").Append(related.Id).Append("]\n");
                }

                Summary(y, $"{item.Name}: an event in the synthetic dossier with participants, figures and claims.");
                PageSources(y, r);
                y.Append("participants:\n");
                foreach (var (entity, role, claim) in item.Participants)
                {
                    y.Append("  - entity: ").Append(entity.Id).Append('\n')
                        .Append("    role: ").Append(role).Append('\n')
                        .Append("    claim: ").Append(claim.Id).Append('\n');
                }

                if (r.Next(2) == 0)
                {
                    y.Append("figures:\n  killed:\n");
                    var value = 1 + r.Next(80);
                    for (var k = 0; k < 1 + r.Next(2); k++)
                    {
                        y.Append("    - value: ").Append(value + (k == 0 ? 0 : r.Next(5))).Append('\n')
                            .Append("      qualifier: ").Append(k == 0 ? "at-least" : "about").Append('\n')
                            .Append("      source: ").Append(Pick(_sources, r).Id).Append('\n')
                            .Append("      locator: ").Append(Q($"para. {1 + r.Next(9)}")).Append('\n');
                    }
                }

                break;

            case GenKind.Source:
                y.Append("title: ").Append(Q(item.Name)).Append('\n')
                    .Append("publisher: ").Append(Q(_publisher[item])).Append('\n');
                if (r.Next(2) == 0)
                {
                    y.Append("authors: [").Append(Q(Pick(_people, r).Name)).Append("]\n");
                }

                y.Append("url: ").Append(Q($"https://news.example.com/{Names.Slug(_publisherName[item])}/{item.Id}")).Append('\n');
                if (r.Next(10) < 3)
                {
                    y.Append("archive_url: ").Append(Q($"https://archive.example.net/{item.Id}")).Append('\n');
                }

                y.Append("published: ").Append(Q(item.Date!)).Append('\n')
                    .Append("kind: ").Append(SourceKinds[r.Next(SourceKinds.Length)]).Append('\n')
                    .Append("language: ").Append(r.Next(3) == 0 ? "ar" : "en").Append('\n')
                    .Append("reliability: ").Append("ABCDEF"[r.Next(6)]).Append('\n');
                if (item.Index > 0 && r.Next(100) < 15)
                {
                    y.Append("based_on: [").Append(_sources[r.Next(item.Index)].Id).Append("]\n");
                }

                if (item.Index > 0 && r.Next(100) < 5)
                {
                    y.Append("seen_via: ").Append(_sources[r.Next(item.Index)].Id).Append('\n');
                }

                break;

            case GenKind.Article:
                y.Append("title: ").Append(Q(item.Name)).Append('\n')
                    .Append("date: ").Append(Q(item.Date!)).Append('\n')
                    .Append("authors: [").Append(Q("Benchmark Desk")).Append("]\n");
                Summary(y, $"An article of the synthetic dossier: {item.Name}.");
                y.Append("about: [").Append(Pick(_people, r).Id).Append(", ").Append(Pick(_places, r).Id).Append(", ").Append(Pick(_events, r).Id).Append("]\n");
                PageSources(y, r);
                break;
        }

        if (item.Claims.Count > 0)
        {
            y.Append("claims:\n");
            foreach (var claim in item.Claims)
            {
                y.Append("  - id: ").Append(claim.Id).Append('\n')
                    .Append("    statement: ").Append(Q(claim.Name)).Append('\n')
                    .Append("    about: [").Append(string.Join(", ", claim.About.Select(a => a.Id))).Append("]\n")
                    .Append("    verdict: ").Append(claim.Disputed ? "disputed" : "reported").Append('\n')
                    .Append("    evidence:\n");
                for (var k = 0; k < claim.Evidence.Count; k++)
                {
                    y.Append("      - source: ").Append(claim.Evidence[k].Id).Append('\n')
                        .Append("        stance: ").Append(k == 0 ? "supports" : "disputes").Append('\n')
                        .Append("        locator: ").Append(Q($"para. {1 + r.Next(9)}")).Append('\n')
                        .Append("        quote: ").Append(Q(k == 0 ? "the report gives this account" : "the report contradicts this account")).Append('\n');
                }

                y.Append("    note: ").Append(Q("Generated claim; the evidence is invented.")).Append('\n');
            }
        }

        return y.ToString();
    }

    private static void Aliases(StringBuilder y, GenItem item)
    {
        if (item.Aliases.Count > 0)
        {
            y.Append("aliases: [").Append(string.Join(", ", item.Aliases.Select(Q))).Append("]\n");
        }
    }

    private static void Summary(StringBuilder y, string text) => y.Append("summary: ").Append(Q(text)).Append('\n');

    private void PageSources(StringBuilder y, Random r)
    {
        var first = Pick(_sources, r);
        var second = _sources[(first.Index + 1 + r.Next(_sources.Count - 1)) % _sources.Count];
        y.Append("sources: [").Append(first.Id).Append(", ").Append(second.Id).Append("]\n");
    }
}
