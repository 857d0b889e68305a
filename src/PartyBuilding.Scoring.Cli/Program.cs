using System.Text;
using PartyBuilding.Scoring.Cli;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return PbScore.Run(args, Console.Out, Console.Error);
