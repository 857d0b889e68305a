using PartyBuilding.Scoring.Reporting;

namespace PartyBuilding.Scoring.Tests.Reporting;

// Record names and reasons are data: in Markdown they must stay text, never become HTML, code or extra table cells.
public sealed class MarkdownEscapingTests
{
    [Fact]
    public void Markdown_NameWithScriptPipeBacktickAndAmpersand_IsEscapedInEveryCell()
    {
        const string Name = "<script>alert(1)</script> a|b `c` d&e \\ f";
        var document = new ReportDocument("r", "T <b>", [new ReportField("f", "F&G", Name)],
            [new ReportTable("t", "Table | 1", [new ReportColumn("name", "Name `x`")], [[Name]])], null);

        var text = ReportWriter.Write(document, ReportFormat.Markdown);

        Assert.Equal(
            """
            # T &lt;b&gt;

            - F&amp;G: &lt;script&gt;alert(1)&lt;/script&gt; a\|b \`c\` d&amp;e \\ f

            ## Table \| 1

            | Name \`x\` |
            |---|
            | &lt;script&gt;alert(1)&lt;/script&gt; a\|b \`c\` d&amp;e \\ f |

            """.ReplaceLineEndings("\n"),
            text);
        Assert.DoesNotContain("<script", text, StringComparison.Ordinal);
    }
}
