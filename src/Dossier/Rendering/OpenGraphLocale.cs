namespace Dossier.Rendering;

/// <summary>
/// The site's BCP 47 language as Open Graph's <c>og:locale</c>, which is written
/// language_TERRITORY (<c>en_US</c>): a tag with a region keeps it (<c>en-GB</c> gives
/// <c>en_GB</c>); a bare language gets its usual territory, as Facebook's list of locales writes it
/// (<c>en_US</c>, <c>ar_AR</c>, <c>fa_IR</c>, <c>fr_FR</c>…). A language the table does not know is
/// given as written, since no territory is better than a wrong one.
/// </summary>
public static class OpenGraphLocale
{
    private static readonly Dictionary<string, string> Usual = new(StringComparer.Ordinal)
    {
        ["af"] = "ZA", ["am"] = "ET", ["ar"] = "AR", ["az"] = "AZ", ["be"] = "BY", ["bg"] = "BG", ["bn"] = "IN", ["bs"] = "BA",
        ["ca"] = "ES", ["ckb"] = "IQ", ["cs"] = "CZ", ["cy"] = "GB", ["da"] = "DK", ["de"] = "DE", ["el"] = "GR", ["en"] = "US",
        ["es"] = "ES", ["et"] = "EE", ["eu"] = "ES", ["fa"] = "IR", ["fi"] = "FI", ["fr"] = "FR", ["ga"] = "IE", ["gl"] = "ES",
        ["he"] = "IL", ["hi"] = "IN", ["hr"] = "HR", ["hu"] = "HU", ["hy"] = "AM", ["id"] = "ID", ["is"] = "IS", ["it"] = "IT",
        ["ja"] = "JP", ["ka"] = "GE", ["kk"] = "KZ", ["km"] = "KH", ["ko"] = "KR", ["ku"] = "TR", ["lt"] = "LT", ["lv"] = "LV",
        ["mk"] = "MK", ["ml"] = "IN", ["mn"] = "MN", ["ms"] = "MY", ["nb"] = "NO", ["ne"] = "NP", ["nl"] = "NL", ["nn"] = "NO",
        ["pa"] = "IN", ["pl"] = "PL", ["ps"] = "AF", ["pt"] = "BR", ["ro"] = "RO", ["ru"] = "RU", ["sk"] = "SK", ["sl"] = "SI",
        ["so"] = "SO", ["sq"] = "AL", ["sr"] = "RS", ["sv"] = "SE", ["sw"] = "KE", ["ta"] = "IN", ["te"] = "IN", ["th"] = "TH",
        ["tl"] = "PH", ["tr"] = "TR", ["uk"] = "UA", ["ur"] = "PK", ["uz"] = "UZ", ["vi"] = "VN", ["zh"] = "CN",
    };

    public static string For(string language)
    {
        var parts = language.Trim().Split('-', '_', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || parts[0].Length is < 2 or > 3 || !parts[0].All(char.IsAsciiLetter))
        {
            return language.Trim().Replace('-', '_');
        }

        var lang = parts[0].ToLowerInvariant();
        lang = lang == "no" ? "nb" : lang; // Norwegian, as Facebook writes it: Bokmål
        var rest = parts.Skip(1).ToList();
        var region = rest.FirstOrDefault(p => p.Length == 2 && p.All(char.IsAsciiLetter))?.ToUpperInvariant();
        if (region is null && rest.Any(p => p == "419") && lang == "es")
        {
            region = "LA"; // Latin American Spanish, Facebook's es_LA
        }

        if (region is null && lang == "zh" && rest.Any(p => p.Equals("Hant", StringComparison.OrdinalIgnoreCase)))
        {
            region = "TW";
        }

        region ??= Usual.GetValueOrDefault(lang);
        return region is null ? lang : $"{lang}_{region}";
    }
}
