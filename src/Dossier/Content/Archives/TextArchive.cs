namespace Dossier.Content.Archives;

/// <summary>A plain text copy (.txt): its paragraphs are the blocks of lines between blank lines.</summary>
internal static class TextArchive
{
    public static ArchivedText Read(string text, int skip)
    {
        var builder = new ArchiveTextBuilder(ArchiveBlockKind.Paragraph);
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var block = new System.Text.StringBuilder();
        foreach (var line in lines)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                if (!Flush())
                {
                    break;
                }

                continue;
            }

            if (block.Length > 0)
            {
                block.Append('\n');
            }

            block.Append(line);
        }

        Flush();
        return builder.Finish("text", skip);

        bool Flush()
        {
            var more = block.Length == 0 || builder.Add(block.ToString(), collapseWhiteSpace: false);
            block.Clear();
            return more;
        }
    }
}
