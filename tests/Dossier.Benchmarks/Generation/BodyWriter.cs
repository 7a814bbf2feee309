using System.Text;

namespace Dossier.Benchmarks.Generation;

/// <summary>
/// Writes one Markdown body twice at once: for Dossier, with <c>[[links]]</c> and
/// <c>[@citations]</c>, and for Hugo, where each becomes a plain Markdown link to the same URL.
/// The prose around them is identical, so both tools get the same amount of Markdown.
/// </summary>
internal sealed class BodyWriter(Random random)
{
    private static readonly string[] Words =
    [
        "the", "report", "said", "forces", "local", "officials", "according", "witnesses", "city", "province",
        "statement", "government", "security", "protesters", "killed", "wounded", "commander", "council", "agency",
        "published", "later", "morning", "evening", "police", "army", "militia", "residents", "camp", "office",
        "minister", "investigation", "testimony", "documents", "archive", "members", "several", "dozens", "hundreds",
        "claimed", "denied", "confirmed", "disputed", "figures", "casualties", "curfew", "bridge", "square", "station",
        "convoy", "checkpoint", "hospital", "sources", "journalists", "spokesman", "court", "ruling", "hearing",
        "during", "after", "before", "while", "although", "because", "despite", "without", "within", "across",
        "northern", "southern", "eastern", "western", "central", "regional", "national", "independent", "official",
        "unnamed", "senior", "former", "acting", "deputy", "and", "or", "but", "which", "that", "was", "were",
        "had", "has", "been", "not", "also", "only", "first", "second", "third", "week", "month", "year",
    ];

    private readonly StringBuilder _dossier = new(2600);
    private readonly StringBuilder _hugo = new(2600);

    public int Length => _dossier.Length;

    public string DossierBody => _dossier.ToString();

    public string HugoBody => _hugo.ToString();

    public BodyWriter Text(string text)
    {
        _dossier.Append(text);
        _hugo.Append(text);
        return this;
    }

    /// <summary>A sentence of filler words, capitalised, ending with a full stop and a space.</summary>
    public BodyWriter Sentence(int minWords = 8, int maxWords = 18)
    {
        var count = random.Next(minWords, maxWords + 1);
        for (var i = 0; i < count; i++)
        {
            var word = Words[random.Next(Words.Length)];
            Text(i == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : " " + word);
        }

        return Text(". ");
    }

    /// <summary>A few words of filler, lower case, no punctuation.</summary>
    public BodyWriter Phrase(int words)
    {
        for (var i = 0; i < words; i++)
        {
            Text((i == 0 ? "" : " ") + Words[random.Next(Words.Length)]);
        }

        return this;
    }

    /// <summary>A <c>[[…]]</c> link to an item, in one of the forms an editor writes.</summary>
    public BodyWriter Link(GenItem target)
    {
        var roll = random.Next(100);
        string dossier;
        string shown;
        if (target.Kind == GenKind.Claim)
        {
            dossier = $"[[{target.Id}]]";
            shown = target.Name;
        }
        else if (roll < 40)
        {
            dossier = $"[[{target.Id}]]";
            shown = target.Name;
        }
        else if (roll < 60)
        {
            dossier = $"[[{target.Name}]]";
            shown = target.Name;
        }
        else if (roll < 70 && target.Aliases.Count > 0)
        {
            var alias = target.Aliases[random.Next(target.Aliases.Count)];
            dossier = $"[[{alias}]]";
            shown = alias;
        }
        else
        {
            shown = Phrase2();
            dossier = $"[[{target.Id}|{shown}]]";
        }

        _dossier.Append(dossier);
        _hugo.Append('[').Append(shown).Append("](").Append(target.Url).Append(')');
        return this;
    }

    /// <summary>A Pandoc citation of one or two sources, sometimes with a locator.</summary>
    public BodyWriter Cite(GenItem first, GenItem? second = null)
    {
        var locator = random.Next(3) == 0 ? null : $"para. {random.Next(1, 12)}";
        _dossier.Append("[@").Append(first.Id);
        _hugo.Append("([").Append(first.Name).Append("](").Append(first.Url).Append(')');
        if (locator is not null)
        {
            _dossier.Append(", ").Append(locator);
            _hugo.Append(", ").Append(locator);
        }

        if (second is not null)
        {
            _dossier.Append("; @").Append(second.Id);
            _hugo.Append("; [").Append(second.Name).Append("](").Append(second.Url).Append(')');
        }

        _dossier.Append(']');
        _hugo.Append(')');
        return this;
    }

    private string Phrase2() => Words[random.Next(Words.Length)] + " " + Words[random.Next(Words.Length)];
}
