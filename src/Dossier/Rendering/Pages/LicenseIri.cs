using System.Text.RegularExpressions;

namespace Dossier.Rendering.Pages;

/// <summary>
/// The licence of <c>dossier.yml</c> as the IRI schema.org's <c>license</c> wants: the Creative
/// Commons licences, however spelled ("CC BY 4.0", "CC-BY-SA-4.0", "Creative Commons
/// Attribution-NonCommercial 4.0 International", "CC0"), as their creativecommons.org address; an
/// http(s) URL as written; anything else as no IRI at all (the footer still shows the text).
/// </summary>
internal static partial class LicenseIri
{
    private static readonly string[] Versions = ["2.0", "2.5", "3.0", "4.0"];

    public static string? For(string? license)
    {
        if (string.IsNullOrWhiteSpace(license))
        {
            return null;
        }

        var text = license.Trim();
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            return uri.AbsoluteUri;
        }

        // "Creative Commons Attribution 4.0 International (CC BY 4.0)": the whole, else the brackets.
        return CreativeCommons(text) ?? (Bracketed().Match(text) is { Success: true } m ? CreativeCommons(m.Groups[1].Value) : null);
    }

    private static string? CreativeCommons(string text)
    {
        var words = Spelled().Replace(text.ToLowerInvariant(), m => m.Value switch
        {
            "creative commons" => " cc ",
            "attribution" => " by ",
            var v when v.StartsWith("share", StringComparison.Ordinal) => " sa ",
            var v when v.StartsWith("non", StringComparison.Ordinal) => " nc ",
            var v when v.StartsWith("no", StringComparison.Ordinal) => " nd ",
            _ => " ", // international, unported, generic, universal, licence, license, public domain dedication
        });
        var tokens = Separators().Split(words).Where(t => t.Length > 0).ToList();
        if (tokens.Count > 0 && tokens[0] == "cc0")
        {
            return tokens.Count == 1 || (tokens.Count == 2 && tokens[1] is "1.0" or "1")
                ? "https://creativecommons.org/publicdomain/zero/1.0/"
                : null;
        }

        if (tokens.Count < 3 || tokens[0] != "cc")
        {
            return null;
        }

        var version = tokens[^1].Contains('.', StringComparison.Ordinal) ? tokens[^1] : tokens[^1] + ".0";
        var elements = tokens.Skip(1).SkipLast(1).ToList();
        if (!Versions.Contains(version) || elements.Distinct().Count() != elements.Count ||
            elements.Any(e => e is not ("by" or "nc" or "sa" or "nd")) || !elements.Contains("by") ||
            (elements.Contains("sa") && elements.Contains("nd")))
        {
            return null;
        }

        var name = string.Join('-', new[] { "by", "nc", "sa", "nd" }.Where(elements.Contains));
        return $"https://creativecommons.org/licenses/{name}/{version}/";
    }

    [GeneratedRegex(@"creative commons|attribution|share[- ]?alike|non[- ]?commercial|no[- ]?deriv(ative)?s|international|unported|generic|universal|licen[cs]e|public domain dedication")]
    private static partial Regex Spelled();

    [GeneratedRegex(@"[\s\-_,()]+")]
    private static partial Regex Separators();

    [GeneratedRegex(@"\(([^()]*)\)")]
    private static partial Regex Bracketed();
}
