using GraphBuilder.Tests.Common;

namespace GraphBuilder.Extraction.Tests.Ontology;

/// <summary>Every ontology/*.ttl file is embedded in GraphBuilder.Extraction and parses with the project's Turtle reader.</summary>
public class OntologyFilesTests
{
    public static TheoryData<string> Files() => new(OntologyResources.FileNames);

    [Fact]
    public void EveryTurtleFileInTheOntologyFolderIsEmbedded()
    {
        var folder = Path.Combine(SharedData.RepoRoot, "ontology");
        Assert.True(Directory.Exists(folder), $"no ontology folder at {folder}");
        var onDisk = Directory.GetFiles(folder, "*.ttl").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(onDisk);
        Assert.Equal(onDisk, OntologyResources.FileNames);
    }

    [Fact]
    public void TheFilesTheExtractionNeedsAreThere()
    {
        foreach (var name in new[] { "graphbuilder.ttl", "kb-countries.ttl", "kb-places.ttl", "kb-organisations.ttl", "kb-people.ttl", "gazetteer-given-names.ttl" })
            Assert.Contains(name, OntologyResources.FileNames);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void FileParses(string fileName)
    {
        var g = OntologyResources.Load(fileName);
        Assert.True(g.Count > 0, $"{fileName} holds no triple");
    }
}
