using System.Text.Encodings.Web;
using System.Text.Json;
using Dossier.Content;
using Dossier.FactCheck;
using Dossier.Linking;
using Dossier.Rendering.Pages;

namespace Dossier.Output.Exports;

/// <summary>
/// /data/sources.csl.json: the sources as CSL-JSON, the citation data that Zotero imports and
/// Pandoc reads (<c>--citeproc --bibliography sources.csl.json</c>), so <c>[@source-id]</c> in a
/// writer's own Markdown cites the same source. The CSL type follows the source's <c>kind</c>;
/// <c>extra: {csl_type: speech}</c> on a source page picks another valid CSL type.
/// </summary>
public static class CslJsonExport
{
    /// <summary>The item types of CSL 1.0.2.</summary>
    public static readonly IReadOnlySet<string> Types = new HashSet<string>(StringComparer.Ordinal)
    {
        "article", "article-journal", "article-magazine", "article-newspaper", "bill", "book", "broadcast",
        "chapter", "classic", "collection", "dataset", "document", "entry", "entry-dictionary",
        "entry-encyclopedia", "event", "figure", "graphic", "hearing", "interview", "legal_case",
        "legislation", "manuscript", "map", "motion_picture", "musical_score", "pamphlet",
        "paper-conference", "patent", "performance", "periodical", "personal_communication", "post",
        "post-weblog", "regulation", "report", "review", "review-book", "software", "song", "speech",
        "standard", "thesis", "treaty", "webpage",
    };

    /// <summary>The key under a source's <c>extra:</c> that overrides the CSL type.</summary>
    public const string TypeOverrideKey = "csl_type";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes /data/sources.csl.json; returns the number of files written.</summary>
    public static int Write(ViewFactory f, SiteFiles files)
    {
        files.WriteBytes("/data/sources.csl.json", ToJson(f.Dossier));
        return 1;
    }

    /// <summary>The CSL type of a source: the <c>extra</c> override when it is a CSL type, else one for its kind.</summary>
    public static string TypeOf(Source source)
    {
        if (source.Extra.GetValueOrDefault(TypeOverrideKey) is string chosen && Types.Contains(chosen))
        {
            return chosen;
        }

        return source.SourceKind switch
        {
            "news-wire" or "news" => "article-newspaper",
            "government" or "ngo-report" => "report",
            "advocacy" => source.Url is null ? "document" : "webpage",
            "academic" => "article-journal",
            "court-record" => "legal_case",
            "testimony" => "interview",
            "social-media" => "post",
            _ => "document",
        };
    }

    public static byte[] ToJson(LinkedDossier dossier)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartArray();
            foreach (var source in dossier.Content.OfType<Source>())
            {
                WriteItem(w, source, dossier);
            }

            w.WriteEndArray();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void WriteItem(Utf8JsonWriter w, Source source, LinkedDossier dossier)
    {
        var type = TypeOf(source);
        var publisher = SourceChain.PublisherName(source, dossier);
        w.WriteStartObject();
        w.WriteString("id", source.Id);
        w.WriteString("type", type);
        w.WriteString("title", source.Title);
        if (source.Authors.Count > 0)
        {
            w.WriteStartArray("author");
            foreach (var author in source.Authors)
            {
                w.WriteStartObject();
                w.WriteString("literal", author);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        if (type is "article-newspaper" or "article-magazine" or "post" or "post-weblog" or "webpage")
        {
            w.WriteString("container-title", publisher);
        }

        w.WriteString("publisher", publisher);
        WriteDate(w, "issued", source.Published, source.Circa);
        if (source.Accessed is { } accessed)
        {
            WriteDate(w, "accessed", accessed, circa: false);
        }

        if ((source.Url ?? source.ArchiveUrl) is { } url)
        {
            w.WriteString("URL", url);
        }

        if (source.Url is not null && source.ArchiveUrl is { } archive)
        {
            w.WriteString("note", "Archived copy: " + archive);
        }

        if (source.Language is { } language)
        {
            w.WriteString("language", language);
        }

        if (source.Summary is { } summary)
        {
            w.WriteString("abstract", summary);
        }

        w.WriteEndObject();
    }

    /// <summary>{"date-parts": [[2019, 11]]}: only the parts the date has.</summary>
    private static void WriteDate(Utf8JsonWriter w, string name, PartialDate date, bool circa)
    {
        w.WriteStartObject(name);
        w.WriteStartArray("date-parts");
        w.WriteStartArray();
        w.WriteNumberValue(date.Year);
        if (date.Precision >= DatePrecision.Month)
        {
            w.WriteNumberValue(date.Month);
        }

        if (date.Precision >= DatePrecision.Day)
        {
            w.WriteNumberValue(date.Day);
        }

        w.WriteEndArray();
        w.WriteEndArray();
        if (circa)
        {
            w.WriteBoolean("circa", true);
        }

        w.WriteEndObject();
    }
}
