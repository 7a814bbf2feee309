using Dossier.Content;

namespace Dossier.Linking;

/// <summary>
/// The places a place lies within, nearest first, as far as pages and exports show them: at most
/// <see cref="MaxShown"/>, then an ellipsis. Real places nest a handful of levels (a district, a
/// city, a province, a country); a chain of thousands is valid but absurd, and showing all of it
/// on each of its places' pages made the site the square of the input (a 10,000-place chain
/// wrote 3.9 GB). Organizations' <c>parent</c> and events' <c>part_of</c> show one level only.
/// </summary>
public static class PlaceAncestry
{
    /// <summary>The most enclosing places shown on a place's page and in its export.</summary>
    public const int MaxShown = 8;

    /// <summary>The nearest enclosing places, at most <see cref="MaxShown"/>, and whether the chain goes on past them.</summary>
    public static (List<Place> Shown, bool More) Of(Place place, LinkedDossier dossier)
    {
        var shown = new List<Place>();
        var seen = new HashSet<Place> { place };
        for (var p = dossier.Resolve<Place>(place.Within); p is not null && seen.Add(p); p = dossier.Resolve<Place>(p.Within))
        {
            if (shown.Count == MaxShown)
            {
                return (shown, true);
            }

            shown.Add(p);
        }

        return (shown, false);
    }
}
