namespace Dossier.Checking;

/// <summary>
/// The catalogue of every diagnostic code. DS1xx: reading files; DS2xx: ids, links and
/// references; DS3xx: fact-checking rules; DS4xx: comparing two versions (<c>dossier diff</c>); DS9xx: the tool itself. Keep docs/diagnostics.md in step
/// (a test compares them).
/// </summary>
public static class Codes
{
    // Reading files and front matter.
    public static readonly DiagnosticCode Encoding = new("DS100", "encoding", "The file is not valid UTF-8.");
    public static readonly DiagnosticCode NoFrontMatter = new("DS101", "no-front-matter", "The file does not start with a `---` front matter block.");
    public static readonly DiagnosticCode UnclosedFrontMatter = new("DS102", "unclosed-front-matter", "The front matter has no closing `---` line.");
    public static readonly DiagnosticCode YamlSyntax = new("DS103", "yaml-syntax", "The front matter is not valid YAML (syntax, tabs, duplicate keys), nests deeper than 64 levels, or uses aliases (`*name`).");
    public static readonly DiagnosticCode UnknownKey = new("DS104", "unknown-key", "A front-matter key that this type does not have (free-form data goes under `extra:`).");
    public static readonly DiagnosticCode MissingField = new("DS105", "missing-field", "A required field is missing or empty.");
    public static readonly DiagnosticCode WrongType = new("DS106", "wrong-type", "A value has the wrong shape (text, list, mapping, number or true/false expected).");
    public static readonly DiagnosticCode BadDate = new("DS107", "bad-date", "A date is not YYYY, YYYY-MM or YYYY-MM-DD, or does not exist.");
    public static readonly DiagnosticCode BadId = new("DS108", "bad-id", "An id (file name, claim id, former id or withdrawn id) does not match ^[a-z0-9]+(-[a-z0-9]+)*$.");
    public static readonly DiagnosticCode DuplicateId = new("DS109", "duplicate-id", "Two files or claims share one id (all types share one namespace), or a former or withdrawn id is a live id, another item's former id, or listed twice.");
    public static readonly DiagnosticCode BadValue = new("DS110", "bad-value", "A value is not one of the allowed words (kind, role, stance, qualifier, verdict, reliability).");
    public static readonly DiagnosticCode UnexpectedFile = new("DS111", "unexpected-file", "A file where the input layout has no place for it.");
    public static readonly DiagnosticCode MissingConfig = new("DS112", "missing-config", "The input folder has no dossier.yml.");
    public static readonly DiagnosticCode BadUrl = new("DS113", "bad-url", "A URL is not an absolute http(s) address.");
    public static readonly DiagnosticCode MissingFile = new("DS114", "missing-file", "A source's `file` is not a file under media/.");
    public static readonly DiagnosticCode UnlocatedSource = new("DS115", "unlocated-source", "A source has none of url, archive_url, file and seen_via: readers cannot find it.");
    public static readonly DiagnosticCode UnsourcedRole = new("DS116", "unsourced-role", "A role (position held) has no source.");
    public static readonly DiagnosticCode BadCoordinates = new("DS117", "bad-coordinates", "Coordinates are not [latitude, longitude] within range.");
    public static readonly DiagnosticCode BadFigure = new("DS118", "bad-figure", "A figure report has no value or range, a range whose min exceeds its max, or a count that is not a whole number from 0 to 9,007,199,254,740,991 written in digits.");
    public static readonly DiagnosticCode BadDateRange = new("DS119", "bad-date-range", "An end date falls before the start date.");
    public static readonly DiagnosticCode UnsafePath = new("DS120", "unsafe-path", "A media file's name could lead out of the site or collide with another file on some system: a backslash, an empty, `.` or `..` part, a control or reserved character, a trailing dot or space, a Windows device name, or a name that differs from another only in case.");
    public static readonly DiagnosticCode Symlink = new("DS121", "symlink", "A symbolic link under the input folder: links are refused, never followed.");
    public static readonly DiagnosticCode ControlCharacter = new("DS122", "control-character", "A file, or a value a YAML escape (`\\x07`, `\\u0007`) spells, holds a control character other than tab and line ends, or a Unicode noncharacter.");
    public static readonly DiagnosticCode ChainTooLong = new("DS124", "chain-too-long", "A source rests on more than 64 original sources through `based_on`, or is seen through a `seen_via` chain of more than 16 sources.");
    public static readonly DiagnosticCode Placeholder = new("DS125", "placeholder", "A front-matter value is still a placeholder `dossier new` wrote: the whole value is `<…>` text.");
    public static readonly DiagnosticCode UnreadableArchive = new("DS126", "unreadable-archive", "A source's archived `file` cannot be read for its text (a damaged PDF, text that is not UTF-8, a file too large), or its `paragraphs:` value is wrong.");
    public static readonly DiagnosticCode WithdrawnWithoutDay = new("DS128", "withdrawn-without-day", "An entry of `withdrawn:` in dossier.yml is dated to a year or a month, not a day.");
    public static readonly DiagnosticCode BadCountryCode = new("DS127", "bad-country-code", "A place's `code` is not a two-letter ISO 3166-1 country code, or the place is not of `kind: country`.");

    // Ids, links and references.
    public static readonly DiagnosticCode UnknownReference = new("DS201", "unknown-reference", "A front-matter reference names an id that does not exist.");
    public static readonly DiagnosticCode WrongKindReference = new("DS202", "wrong-kind-reference", "A front-matter reference names an id of the wrong type (a person where an organization is expected).");
    public static readonly DiagnosticCode UnknownLink = new("DS203", "unknown-link", "A `[[…]]` link names no id, name, title or alias.");
    public static readonly DiagnosticCode AmbiguousLink = new("DS204", "ambiguous-link", "A `[[…]]` link names an alias that two entities share.");
    public static readonly DiagnosticCode SharedAlias = new("DS205", "shared-alias", "Two entities share a name or alias, so `[[…]]` by that name is ambiguous.");
    public static readonly DiagnosticCode UnknownCitation = new("DS206", "unknown-citation", "A `[@…]` citation names no source.");
    public static readonly DiagnosticCode Cycle = new("DS207", "cycle", "A chain of based_on, seen_via, within, parent or part_of comes back to where it started.");
    public static readonly DiagnosticCode EmptyLink = new("DS208", "empty-link", "A `[[ ]]` link or `[@ ]` citation with nothing inside.");
    public static readonly DiagnosticCode TooDeep = new("DS209", "too-deep", "A Markdown body nests lists, quotes or emphasis deeper than the renderer can take, or indents a line more than 400 columns.");
    public static readonly DiagnosticCode TooManyOpenMarks = new("DS210", "too-many-open-marks", "A paragraph or table holds more than 1,024 emphasis marks and unclosed link brackets, so those past that are shown as text.");

    // Fact-checking rules.
    public static readonly DiagnosticCode NoEvidence = new("DS301", "no-evidence", "A claim rated above `unverified` has no evidence, or a `reported` or `confirmed` claim has none that supports it.");
    public static readonly DiagnosticCode ConfirmedSingleOrigin = new("DS302", "confirmed-single-origin", "A `confirmed` claim rests on fewer than two independent origins.");
    public static readonly DiagnosticCode DisputedWithoutDispute = new("DS303", "disputed-without-dispute", "A `disputed` claim has no `disputes` evidence and no conflicting figure.");
    public static readonly DiagnosticCode FalseWithoutDispute = new("DS304", "false-without-dispute", "A `false` claim has no `disputes` evidence.");
    public static readonly DiagnosticCode UnsourcedParticipant = new("DS305", "unsourced-participant", "An event participant has no claim and the event no page-level source.");
    public static readonly DiagnosticCode WeakSoleOrigin = new("DS306", "weak-sole-origin", "A `confirmed` claim's only origins are rated E or F on the Admiralty scale.");
    public static readonly DiagnosticCode ReviewedBeforeEvidence = new("DS307", "reviewed-before-evidence", "A claim's `reviewed` date is before the `published` date of one of its evidence sources.");
    public static readonly DiagnosticCode QuoteNotFound = new("DS308", "quote-not-found", "A `quote` is not in the archived copy of its source (or of the source it was seen via).");
    public static readonly DiagnosticCode WrongLocator = new("DS309", "wrong-locator", "A locator's paragraph (`para. N`) or page (`p. N`) is not where the quote is in the archived copy.");
    public static readonly DiagnosticCode UpdateWithoutDay = new("DS310", "update-without-day", "A claim's update (under `updates:`) is dated to a year or a month, not a day.");
    public static readonly DiagnosticCode UpdateBeforeReview = new("DS311", "update-before-review", "A claim's update is dated before the claim's `reviewed` date.");

    // Comparing two versions of a dossier (dossier diff).
    public static readonly DiagnosticCode ChangedWithoutUpdate = new("DS401", "changed-without-update", "A published claim's verdict or statement changes without a new entry under `updates:`.");
    public static readonly DiagnosticCode AddressGone = new("DS402", "address-gone", "A published page or claim is removed or renamed, and no `former_ids` redirect or `withdrawn:` notice keeps its address.");

    // The theme and the tool itself.
    public static readonly DiagnosticCode Theme = new("DS800", "theme", "A theme template is missing or does not parse.");
    public static readonly DiagnosticCode Internal = new("DS900", "internal", "The tool failed; the message says where. Please report it.");

    /// <summary>Every code, in id order (used by docs and tests).</summary>
    public static IReadOnlyList<DiagnosticCode> All { get; } = typeof(Codes)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticCode))
        .Select(f => (DiagnosticCode)f.GetValue(null)!)
        .OrderBy(c => c.Id, StringComparer.Ordinal)
        .ToList();
}
