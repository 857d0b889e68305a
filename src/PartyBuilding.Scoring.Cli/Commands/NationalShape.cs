namespace PartyBuilding.Scoring.Cli.Commands;

// The grassroots party organizations of a country as one three-level tree (pbscore generate --shape national): party
// committees (基层党委) under one root, general branches (党总支) under committees, branches (党支部) under a general branch
// or directly under a committee, in the proportions of China's internal party statistics (about 5.2 million grassroots
// organizations: ~6 % committees, ~6 % general branches, ~88 % branches). Only the branches are scored records.
internal sealed class NationalShape
{
    private const decimal CommitteeShare = 0.059m;
    private const decimal GeneralBranchShare = 0.062m;

    // Branches under a general branch (the rest are directly under a committee).
    private const decimal UnderGeneralBranch = 0.35m;

    private NationalShape(int committees, int generalBranches, int branches)
    {
        Committees = committees;
        GeneralBranches = generalBranches;
        Branches = branches;
    }

    public int Committees { get; }

    public int GeneralBranches { get; }

    public int Branches { get; }

    public static NationalShape Of(int total)
    {
        var committees = total == 0 ? 0 : Math.Max(1, (int)(total * CommitteeShare));
        var generalBranches = (int)(total * GeneralBranchShare);
        return new NationalShape(committees, generalBranches, Math.Max(0, total - committees - generalBranches));
    }

    // The parent of branch i (0-based): spread evenly, so every committee and general branch has branches.
    public string ParentOf(int branch) => GeneralBranches > 0 && branch < (int)(Branches * UnderGeneralBranch)
        ? GenerateCommand.Id("g", (branch % GeneralBranches) + 1, 7)
        : GenerateCommand.Id("c", (branch % Committees) + 1, 7);

    public void WriteTree(TextWriter writer)
    {
        writer.Write("[\n  { \"id\": \"w01\", \"name\": \"Working committee\", \"type\": \"committee\" }");
        for (var c = 1; c <= Committees; c++)
        {
            var id = GenerateCommand.Id("c", c, 7);
            writer.Write($",\n  {{ \"id\": \"{id}\", \"name\": \"Committee {id}\", \"type\": \"partyCommittee\", \"parent\": \"w01\" }}");
        }

        for (var g = 1; g <= GeneralBranches; g++)
        {
            var id = GenerateCommand.Id("g", g, 7);
            var parent = GenerateCommand.Id("c", ((g - 1) % Committees) + 1, 7);
            writer.Write($",\n  {{ \"id\": \"{id}\", \"name\": \"General branch {id}\", \"type\": \"generalBranch\", \"parent\": \"{parent}\" }}");
        }

        writer.Write("\n]\n");
    }
}
