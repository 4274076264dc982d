using System.Text.Json;
using GraphBuilder.Rdf.Formats;

namespace GraphBuilder.Extraction.Documents;

/// <summary>
/// Reads articles from plain-text files (UTF-8), folders of them, and JSON Lines corpora (one article per line:
/// <c>id</c>, <c>text</c>, optional <c>title</c>, <c>date</c>, <c>url</c>, <c>language</c>). Binary files and
/// invalid UTF-8 are rejected with an <see cref="InvalidDataException"/> naming the file.
/// </summary>
public sealed class DocumentReader
{
    /// <summary>File extensions read as JSON Lines corpora.</summary>
    public static readonly IReadOnlySet<string> JsonLinesExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".jsonl", ".ndjson" };

    /// <summary>File extensions picked up when a folder is given.</summary>
    public static readonly IReadOnlySet<string> FolderExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".text", ".jsonl", ".ndjson" };

    /// <summary>
    /// Lists the files that <paramref name="inputs"/> (files or folders) stand for, in a stable order. A folder without
    /// articles, or a file that is not one by its extension (a Turtle file, a PDF), is an error rather than nothing:
    /// a knowledge graph of no documents is never what was asked for.
    /// </summary>
    /// <exception cref="FileNotFoundException">When an input does not exist.</exception>
    /// <exception cref="InvalidDataException">When a folder holds no articles or a file has an extension articles do not have.</exception>
    public IReadOnlyList<string> ExpandInputs(IEnumerable<string> inputs)
    {
        var files = new List<string>();
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                var found = Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
                    .Where(f => FolderExtensions.Contains(Path.GetExtension(f)) && !Path.GetFileName(f).StartsWith('.'))
                    .OrderBy(f => f, StringComparer.Ordinal)
                    .ToList();
                if (found.Count == 0) throw new InvalidDataException($"{input}: no articles in this folder (looked for {ExtensionList})");
                files.AddRange(found);
            }
            else if (File.Exists(input))
            {
                if (!FolderExtensions.Contains(Path.GetExtension(input)))
                    throw new InvalidDataException($"{input}: not an article: expected {ExtensionList}");
                files.Add(input);
            }
            else throw new FileNotFoundException($"{input}: no such file or folder", input);
        }
        return files;
    }

    private const string ExtensionList = ".txt or .text (plain text), .jsonl or .ndjson (JSON Lines)";

    /// <summary>Reads every document of <paramref name="inputs"/> (files or folders), in input order.</summary>
    public IEnumerable<SourceDocument> ReadAll(IEnumerable<string> inputs)
    {
        foreach (var file in ExpandInputs(inputs))
            foreach (var doc in ReadFile(file))
                yield return doc;
    }

    /// <summary>Reads one file: a JSON Lines corpus or one plain-text article.</summary>
    public IEnumerable<SourceDocument> ReadFile(string path)
    {
        var text = ReadText(path);
        if (JsonLinesExtensions.Contains(Path.GetExtension(path)))
        {
            var docs = ParseJsonLines(text, path);
            if (!docs.Any()) throw new InvalidDataException($"{path}: no articles (the corpus has no records)");
            return docs;
        }
        // An empty file is a failed download or export, not an article about nothing.
        if (string.IsNullOrWhiteSpace(text)) throw new InvalidDataException($"{path}: empty article");
        return [new SourceDocument(Path.GetFileNameWithoutExtension(path), text, path)];
    }

    /// <summary>
    /// Reads a file as strict UTF-8 (a BOM is dropped); rejects binary content and invalid byte sequences with the
    /// place (<c>file:line:col</c>) of the first bad byte.
    /// </summary>
    public static string ReadText(string path)
    {
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (FileNotFoundException) { throw new FileNotFoundException($"{path}: no such file", path); }
        // NUL never occurs in UTF-8 text: the file is binary (an image, a PDF, a zip) under a text name. Checked before
        // decoding, so such a file is called binary rather than "invalid UTF-8" at some meaningless line; UTF-16 (full
        // of NULs) is left to the reader, which recognises its byte order mark and says so.
        if (bytes.AsSpan().IndexOf((byte)0) >= 0 && !HasUtf16Bom(bytes)) throw new InvalidDataException($"{path}: binary file (contains NUL bytes), expected UTF-8 text");
        try
        {
            using var reader = new StrictUtf8Reader(new MemoryStream(bytes, writable: false), path);
            return reader.ReadToEnd();
        }
        catch (TextDecodingException e)
        {
            throw new InvalidDataException(e.Message, e);
        }
    }

    private static bool HasUtf16Bom(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);

    /// <summary>Parses a JSON Lines corpus; blank lines are skipped.</summary>
    public static IEnumerable<SourceDocument> ParseJsonLines(string text, string path)
    {
        var docs = new List<SourceDocument>();
        int lineNo = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(raw)) continue;
            string where = $"{path}:{lineNo}";
            JsonElement root;
            try
            {
                // The line as it is (JSON allows the surrounding blanks and a CR), so the error column is the file's.
                using var json = JsonDocument.Parse(raw);
                root = json.RootElement.Clone();
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{where}:{JsonColumn(raw, e)}: not a JSON object ({e.Message.Split('.')[0]})");
            }
            if (root.ValueKind != JsonValueKind.Object) throw new InvalidDataException($"{where}: expected a JSON object per line");
            string? body = Str(root, "text");
            if (body is null) throw new InvalidDataException($"{where}: record has no \"text\"");
            string id = Str(root, "id") ?? $"{Path.GetFileNameWithoutExtension(path)}-{lineNo}";
            DateOnly? date = null;
            if (Str(root, "date") is { } ds)
            {
                if (DateOnly.TryParseExact(ds.Length >= 10 ? ds[..10] : ds, "yyyy-MM-dd", out var d)) date = d;
                else throw new InvalidDataException($"{where}: \"date\" is not an ISO date (yyyy-mm-dd): {ds}");
            }
            docs.Add(new SourceDocument(id, body, where)
            {
                Title = Str(root, "title"),
                Date = date,
                Url = Str(root, "url"),
                Language = Str(root, "language") ?? "de",
            });
        }
        return docs;
    }

    /// <summary>1-based character column of a JSON error in <paramref name="line"/> (the exception counts UTF-8 bytes).</summary>
    private static int JsonColumn(string line, JsonException e)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(line);
        int at = (int)Math.Clamp(e.BytePositionInLine ?? 0, 0, bytes.Length);
        // Back to the start of a character, should the position fall inside one.
        while (at > 0 && at < bytes.Length && (bytes[at] & 0xC0) == 0x80) at--;
        var before = System.Text.Encoding.UTF8.GetString(bytes, 0, at);
        return TextPosition.Of(before, before.Length).Column;
    }

    private static string? Str(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        } : null;
}
