using PartyBuilding.Scoring.Inspections;
using PartyBuilding.Scoring.Rectification;
using PartyBuilding.Scoring.Review;

namespace PartyBuilding.Scoring.Tests.Records;

// An empty (or whitespace-only) data file used to get the JSON parser's "does not contain any JSON tokens"; every
// JSON data file now says it is empty in the records reader's words, with its path.
public sealed class EmptyDataFileTests
{
    [Theory]
    [InlineData("review")]
    [InlineData("inspection")]
    [InlineData("problem")]
    public void ReadFile_EmptyJson_SaysItIsEmpty(string kind)
    {
        var path = Path.Combine(Path.GetTempPath(), $"pb-empty-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "\r\n  \r\n");
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => kind switch
            {
                "review" => (object)ReviewRecordReader.ReadFile(path),
                "inspection" => InspectionReader.ReadFile(path),
                _ => ProblemReader.ReadFile(path),
            });

            Assert.Equal($"{path}: The {kind} file is empty: it holds no JSON array (is the upload truncated?). Nothing was read.", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
