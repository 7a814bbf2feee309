namespace Dossier.Tests.Support;

/// <summary>Small valid files for fixtures; <c>more</c> adds front-matter lines, <c>body</c> the Markdown.</summary>
public static class Files
{
    public static (string Path, string Text) Source(string id, string publisher, string more = "", string body = "") =>
        ($"sources/{id}.md", $"---\ntitle: \"Source {id}\"\npublisher: \"{publisher}\"\nurl: \"https://example.org/{id}\"\npublished: \"2019-11-30\"\nkind: news\n{Lines(more)}---\n{body}");

    public static (string Path, string Text) Person(string id, string name, string more = "", string body = "") =>
        ($"people/{id}.md", $"---\nname: \"{name}\"\n{Lines(more)}---\n{body}");

    public static (string Path, string Text) Organization(string id, string name, string more = "", string body = "") =>
        ($"organizations/{id}.md", $"---\nname: \"{name}\"\n{Lines(more)}---\n{body}");

    public static (string Path, string Text) Place(string id, string name, string more = "", string body = "") =>
        ($"places/{id}.md", $"---\nname: \"{name}\"\n{Lines(more)}---\n{body}");

    public static (string Path, string Text) Event(string id, string title, string date, string more = "", string body = "") =>
        ($"events/{id}.md", $"---\ntitle: \"{title}\"\ndate: \"{date}\"\n{Lines(more)}---\n{body}");

    public static (string Path, string Text) Article(string id, string title, string body, string more = "") =>
        ($"articles/{id}.md", $"---\ntitle: \"{title}\"\ndate: \"2020-01-01\"\n{Lines(more)}---\n{body}");

    private static string Lines(string more) => more.Length == 0 || more.EndsWith('\n') ? more : more + "\n";
}
