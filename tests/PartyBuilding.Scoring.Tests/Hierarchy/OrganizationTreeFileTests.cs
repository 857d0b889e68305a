using PartyBuilding.Scoring.Hierarchy;

namespace PartyBuilding.Scoring.Tests.Hierarchy;

// Regression (review finding 9): the tree reader dropped misspelt fields and columns and non-text values without a
// word (a "parnt" column left every parent empty, and the bulletin counted the wrong branches), and its errors had no
// line. Every problem now names the file and the line, and the problems are whole sentences.
public sealed class OrganizationTreeFileTests
{
    private static string Read(string extension, string content, out string path)
    {
        path = Path.Combine(Path.GetTempPath(), $"pb-tree-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(path, content);
        try
        {
            var file = path;
            return Assert.Throws<InvalidDataException>(() => OrganizationTree.ReadFile(file)).Message;
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ReadFile_JsonUnknownFieldAndNonTextType_AreErrorsWithTheirLine()
    {
        var message = Read(".json", """
            [
              { "id": "w01", "name": "机关工委" },
              { "id": "c01", "nme": "x",
                "type": 5, "parent": "w01" }
            ]
            """, out var path);

        Assert.Equal(
            $"{path}: The organization tree is not valid. Line 3: \"nme\" is not a field here (use \"id\", \"name\", \"type\", \"parent\"). Line 3: \"type\" must be text in double quotes.",
            message);
    }

    [Fact]
    public void ReadFile_JsonItemsSharingALineOrSpreadOverBlankLines_NameTheLineEachStartsOn()
    {
        var message = Read(".json", """
            [ { "id": "w01", "nme": { "nested": [1, { "x": 2 }] } },

              { "id": "c01" }, { "id": "c02", "parent": "zz" },
              7 ]
            """, out var path);

        Assert.Equal(
            $"{path}: The organization tree is not valid. Line 1: \"nme\" is not a field here (use \"id\", \"name\", \"type\", \"parent\"). "
            + "Line 3: the parent \"zz\" of \"c02\" is not in the tree. Line 4: an organization must be an object { \"id\", \"name\", \"type\", \"parent\" }.",
            message);
    }

    [Fact]
    public void ReadFile_JsonRepeatedProperty_IsRefusedWithItsLineAndColumn()
    {
        var message = Read(".json", """
            [
              { "id": "w01" },
              { "id": "c01", "id": "c02" }
            ]
            """, out var path);

        Assert.Equal(
            $"{path}(3,18): the organization tree file is not valid JSON: The property \"id\" appears twice in the same object; keep only one (JSON readers would silently keep the last). "
            + "Nothing was read: a damaged file must be fixed, not half read.",
            message);
    }

    [Fact]
    public void ReadFile_JsonPropertyNameWithHalfACharacter_IsRefusedWithItsLine()
    {
        var message = Read(".json", """
            [
              { "id": "w01", "n\ud800": "x" }
            ]
            """, out var path);

        Assert.Equal(
            $"{path}: The organization tree file cannot be read: a text at line 2 holds an escape such as \\ud800 that stands for half a character "
            + "(a program wrote text it could not decode this way). Nothing was read: enter the text again and save the file as UTF-8.",
            message);
    }

    [Fact]
    public void ReadFile_CsvMisspeltParentColumn_IsAnErrorOnLine1()
    {
        var message = Read(".csv", "id,name,type,parnt\nw01,机关工委,,\nc01,财政局党委,,w01\n", out var path);

        Assert.Equal(
            $"{path}: The organization tree is not valid. Line 1: the header has column(s) that are not tree fields: \"parnt\" (use \"id\", \"name\", \"type\", \"parent\").",
            message);
    }

    [Fact]
    public void ReadFile_CsvEmptyOrRepeatedColumn_IsAnError()
    {
        Assert.EndsWith("The organization tree is not valid. Line 1: the file is empty: it has no header row \"id,name,type,parent\".", Read(".csv", string.Empty, out _), StringComparison.Ordinal);
        Assert.EndsWith("The organization tree is not valid. Line 1: the column \"parent\" is given 2 times; give it once.", Read(".csv", "id,parent,parent\nw01,,\n", out _), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_DuplicateIdMissingParentAndCycle_NameTheirLines()
    {
        var message = Read(".json", """
            [
              { "id": "a", "parent": "b" },
              { "id": "b", "parent": "a" },
              { "id": "c", "parent": "x" },
              { "id": "a" }
            ]
            """, out var path);

        Assert.Equal(
            $"{path}: The organization tree is not valid. Line 2: the parent chain of \"a\" returns to itself (a → b → a). Line 3: the parent chain of \"b\" returns to itself (b → a → b). "
            + "Line 4: the parent \"x\" of \"c\" is not in the tree. Line 5: the id \"a\" is used twice (first on line 2).",
            message);
    }

    [Fact]
    public void ReadFile_JsonWithByteOrderMark_IsRead()
    {
        var path = Path.Combine(Path.GetTempPath(), $"pb-tree-{Guid.NewGuid():N}.json");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. """[ { "id": "w01", "name": "机关工委", "type": "workingCommittee" } ]"""u8]);
        try
        {
            Assert.Equal(new OrganizationNode("w01", "机关工委", "workingCommittee", null), Assert.Single(OrganizationTree.ReadFile(path).Nodes));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ReadFile_CsvWithChineseFieldTitles_IsRead()
    {
        var path = Path.Combine(Path.GetTempPath(), $"pb-tree-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "组织编号,组织名称,组织类型,上级组织\nw01,机关工委,workingCommittee,\nc01,财政局党委,agencyCommittee,w01\n");
        try
        {
            Assert.Equal(
                [new OrganizationNode("c01", "财政局党委", "agencyCommittee", "w01"), new OrganizationNode("w01", "机关工委", "workingCommittee", null)],
                OrganizationTree.ReadFile(path).Nodes);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ReadFile_CsvFieldAndItsChineseTitle_IsAnErrorOnLine1()
    {
        Assert.EndsWith(
            "The organization tree is not valid. Line 1: the columns \"parent\", \"上级\" all give \"parent\"; give it once.",
            Read(".csv", "编号,parent,上级\nw01,,\n", out _), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\n")]
    public void ReadFile_EmptyJson_SaysItIsEmpty(string content)
    {
        var message = Read(".json", content, out var path);

        Assert.Equal($"{path}: The organization tree file is empty: it holds no JSON array (is the upload truncated?). Nothing was read.", message);
    }
}
