using System.Text;

namespace Dossier.Content.Archives;

/// <summary>
/// Collects the blocks a reader extracts, cleaned the same way for every format: Unicode NFC,
/// control characters and noncharacters dropped, lone surrogates made U+FFFD, white space
/// trimmed, empty blocks skipped, and everything past <see cref="ArchiveLimits"/> left out.
/// </summary>
internal sealed class ArchiveTextBuilder(ArchiveBlockKind kind)
{
    private readonly List<string> _blocks = [];
    private long _chars;

    /// <summary>True when the limits cut the text: the rest of the file was not read.</summary>
    public bool Truncated { get; private set; }

    /// <summary>Adds one block; returns false once the limits are reached (stop reading).</summary>
    public bool Add(string raw, bool collapseWhiteSpace)
    {
        if (Truncated)
        {
            return false;
        }

        var text = Clean(raw, collapseWhiteSpace);
        if (text.Length == 0)
        {
            return true;
        }

        if (_blocks.Count >= ArchiveLimits.MaxBlocks || _chars + text.Length > ArchiveLimits.MaxTextChars)
        {
            Truncated = true;
            return false;
        }

        _blocks.Add(text);
        _chars += text.Length;
        return true;
    }

    /// <summary>Adds an empty page (a PDF page with no text keeps its number).</summary>
    public void AddPage(string raw)
    {
        if (Truncated)
        {
            return;
        }

        var text = Clean(raw, collapseWhiteSpace: true);
        if (_blocks.Count >= ArchiveLimits.MaxBlocks || _chars + text.Length > ArchiveLimits.MaxTextChars)
        {
            Truncated = true;
            return;
        }

        _blocks.Add(text);
        _chars += text.Length;
    }

    public void Cut() => Truncated = true;

    public ArchivedText Finish(string format, int skip)
    {
        var blocks = new List<ArchiveBlock>(_blocks.Count);
        for (var i = 0; i < _blocks.Count; i++)
        {
            // Pages are numbered as the PDF numbers them; skip applies to paragraphs.
            int? number = kind == ArchiveBlockKind.Page ? i + 1 : i < skip ? null : i - skip + 1;
            blocks.Add(new ArchiveBlock(i, kind, _blocks[i], number));
        }

        return new ArchivedText(format, kind, blocks, Truncated, skip);
    }

    /// <summary>The text made safe to keep and show, in one pass (and a second for NFC when needed).</summary>
    public static string Clean(string raw, bool collapseWhiteSpace)
    {
        var sb = new StringBuilder(raw.Length);
        var space = false;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (char.IsHighSurrogate(c) && i + 1 < raw.Length && char.IsLowSurrogate(raw[i + 1]))
            {
                var cp = char.ConvertToUtf32(c, raw[i + 1]);
                i++;
                if ((cp & 0xFFFE) == 0xFFFE)
                {
                    continue; // noncharacter
                }

                Flush();
                sb.Append(c).Append(raw[i]);
                continue;
            }

            if (char.IsSurrogate(c))
            {
                Flush();
                sb.Append('\uFFFD');
                continue;
            }

            if (c is '\n' or '\t' or '\r' || char.IsWhiteSpace(c))
            {
                if (collapseWhiteSpace || c is not '\n')
                {
                    space = true;
                }
                else
                {
                    TrimEndSpaces();
                    space = false;
                    sb.Append('\n');
                }

                continue;
            }

            if (char.IsControl(c) || c is >= '\uFDD0' and <= '\uFDEF' or '\uFFFE' or '\uFFFF')
            {
                continue;
            }

            Flush();
            sb.Append(c);
        }

        var text = sb.ToString().Trim();
        return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);

        void Flush()
        {
            if (space && sb.Length > 0 && sb[^1] != '\n')
            {
                sb.Append(' ');
            }

            space = false;
        }

        void TrimEndSpaces()
        {
            while (sb.Length > 0 && sb[^1] == ' ')
            {
                sb.Length--;
            }
        }
    }
}
