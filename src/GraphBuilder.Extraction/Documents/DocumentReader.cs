using System.Text;
using System.Text.Json;

namespace GraphBuilder.Extraction.Documents;

/// <summary>
/// Reads articles from plain-text files (UTF-8), folders of them, and JSON Lines corpora (one article per line:
/// <c>id</c>, <c>text</c>, optional <c>title</c>, <c>date</c>, <c>url</c>, <c>language</c>). Binary files and
/// invalid UTF-8 are rejected with an <see cref="InvalidDataException"/> naming the file.
/// </summary>
public sealed class DocumentReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    /// <summary>File extensions read as JSON Lines corpora.</summary>
    public static readonly IReadOnlySet<string> JsonLinesExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".jsonl", ".ndjson" };

    /// <summary>File extensions picked up when a folder is given.</summary>
    public static readonly IReadOnlySet<string> FolderExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".text", ".jsonl", ".ndjson" };

    /// <summary>Lists the files that <paramref name="inputs"/> (files or folders) stand for, in a stable order.</summary>
    public IReadOnlyList<string> ExpandInputs(IEnumerable<string> inputs)
    {
        var files = new List<string>();
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                var found = Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
                    .Where(f => FolderExtensions.Contains(Path.GetExtension(f)) && !Path.GetFileName(f).StartsWith('.'))
                    .OrderBy(f => f, StringComparer.Ordinal);
                files.AddRange(found);
            }
            else if (File.Exists(input)) files.Add(input);
            else throw new FileNotFoundException($"{input}: no such file or folder", input);
        }
        return files;
    }

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
        if (JsonLinesExtensions.Contains(Path.GetExtension(path))) return ParseJsonLines(text, path);
        return [new SourceDocument(Path.GetFileNameWithoutExtension(path), text, path)];
    }

    /// <summary>Reads a file as strict UTF-8 (a BOM is dropped); rejects binary content and invalid byte sequences.</summary>
    public static string ReadText(string path)
    {
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (FileNotFoundException) { throw new FileNotFoundException($"{path}: no such file", path); }
        return Decode(bytes, path);
    }

    /// <summary>Decodes bytes as strict UTF-8; <paramref name="source"/> names them in errors.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string source)
    {
        if (bytes.IndexOf((byte)0) >= 0) throw new InvalidDataException($"{source}: binary file (contains NUL bytes), expected UTF-8 text");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        try { return StrictUtf8.GetString(bytes); }
        catch (DecoderFallbackException e)
        {
            throw new InvalidDataException($"{source}: not valid UTF-8 text (bad byte at offset {e.Index})");
        }
    }

    /// <summary>Parses a JSON Lines corpus; blank lines are skipped.</summary>
    public static IEnumerable<SourceDocument> ParseJsonLines(string text, string path)
    {
        var docs = new List<SourceDocument>();
        int lineNo = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNo++;
            var line = raw.Trim();
            if (line.Length == 0) continue;
            string where = $"{path}:{lineNo}";
            JsonElement root;
            try
            {
                using var json = JsonDocument.Parse(line);
                root = json.RootElement.Clone();
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{where}: not a JSON object ({e.Message.Split('.')[0]})");
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

    private static string? Str(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        } : null;
}
