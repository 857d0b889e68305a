using System.Text.Json;
using System.Text.RegularExpressions;
using PartyBuilding.Scoring.Records;

namespace PartyBuilding.Scoring.Rules;

// The "tests" section: checked at load (shape, ids, readable records, declared inputs, known bands) and
// turned into RuleFileTest models. Running them is Testing.RuleFileTests' job.
internal static partial class RuleFileTestCases
{
    public static IReadOnlyList<RuleFileTest> Build(RuleFileDocument doc, string file, JsonSourceMap map, List<RuleFileError> errors)
    {
        var tests = new List<RuleFileTest>();
        var list = doc.Tests ?? [];
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var inputs = (doc.Inputs ?? []).Select(i => i?.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var reviews = (doc.Reviews ?? []).Select(r => r?.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var bands = (doc.Bands ?? []).Concat((doc.BandsByType ?? []).Values.SelectMany(b => b ?? []))
            .Select(b => b?.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var filled = RuleTestCarried.FilledInputs(doc);
        for (var i = 0; i < list.Count; i++)
        {
            var path = $"$.tests[{i}]";
            void Fail(string at, string code, string message)
            {
                var (line, column) = code == RuleFileErrorCodes.UnknownProperty ? map.FindName(at) : map.Find(at);
                errors.Add(new RuleFileError(file, at, line, column, code, message));
            }

            if (list[i] is not { } test)
            {
                Fail(path, RuleFileErrorCodes.Missing, "A test cannot be null.");
                continue;
            }

            Unknown(path, test.Unknown, Fail);
            var id = test.Id;
            if (string.IsNullOrEmpty(id))
            {
                Fail(path + ".id", RuleFileErrorCodes.Missing, "The test needs an \"id\".");
            }
            else if (!RuleFileVocabulary.Id().IsMatch(id))
            {
                Fail(path + ".id", RuleFileErrorCodes.InvalidId, $"The test id \"{id}\" is not valid: use letters, digits, '_', '.' or '-', starting with a letter.");
                id = null;
            }
            else if (!ids.Add(id))
            {
                Fail(path + ".id", RuleFileErrorCodes.DuplicateId, $"The test \"{id}\" is declared twice.");
            }

            var record = ReadRecord(test, id, path, map, inputs, reviews, Fail);
            record = RuleTestCarried.RejectFilledValues(record, path + ".record.values", filled, Fail);
            var carried = RuleTestCarried.Read(test.Carried, path + ".carried", map, filled, Fail);
            var expect = test.Expect;
            var expectPath = path + ".expect";
            if (expect is null)
            {
                Fail(expectPath, RuleFileErrorCodes.Missing,
                    "The test needs an \"expect\" object: { \"score\": …, \"band\": … } or { \"rejection\": \"PBRnnn\" }.");
                continue;
            }

            Unknown(expectPath, expect.Unknown, Fail);
            var checksBand = expect.Band.ValueKind != JsonValueKind.Undefined;
            var band = expect.Band.ValueKind == JsonValueKind.String ? expect.Band.GetString() : null;
            if (checksBand && expect.Band.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
            {
                Fail(expectPath + ".band", RuleFileErrorCodes.WrongJsonType, "The expected band must be a band id in double quotes, or null for \"no band\".");
            }
            else if (band is not null && !bands.Contains(band))
            {
                Fail(expectPath + ".band", RuleFileErrorCodes.TestUnknownBand,
                    $"The expected band \"{band}\" is not a band of this file; use one of {RuleFileVocabulary.List(bands.Order(StringComparer.Ordinal))}, or null for \"no band\".");
            }

            if (expect.Rejection is { } code && !RejectionCode().IsMatch(code))
            {
                Fail(expectPath + ".rejection", RuleFileErrorCodes.TestExpectation,
                    $"\"{code}\" is not a rejection code; write one such as \"PBR006\" (see the list of record rejection codes).");
            }

            if (expect.Rejection is not null && (expect.Score is not null || checksBand))
            {
                Fail(expectPath, RuleFileErrorCodes.TestExpectation,
                    "A test expects either a rejection or a score and band, not both: a rejected record has no score.");
            }
            else if (expect.Rejection is null && expect.Score is null && !checksBand)
            {
                Fail(expectPath, RuleFileErrorCodes.TestExpectation,
                    "The test expects nothing: give \"score\", \"band\" (or both), or \"rejection\".");
            }

            if (record is not null && id is not null && carried is not null)
            {
                var (line, column) = map.Find(expectPath);
                tests.Add(new RuleFileTest(id, record, new RuleFileLocation(file, expectPath, line, column))
                {
                    Description = test.Description,
                    Carried = carried,
                    ExpectedScore = expect.Score,
                    ChecksBand = checksBand,
                    ExpectedBand = band,
                    ExpectedRejection = expect.Rejection,
                });
            }
        }

        return tests;
    }

    private static OrganizationRecord? ReadRecord(RuleTestDocument test, string? id, string path, JsonSourceMap map,
        HashSet<string> inputs, HashSet<string> reviews, Action<string, string, string> fail)
    {
        var recordPath = path + ".record";
        if (test.Record.ValueKind == JsonValueKind.Undefined)
        {
            fail(recordPath, RuleFileErrorCodes.Missing, "The test needs a \"record\": { \"type\": …, \"values\": { … } }, shaped like a record of a records file.");
            return null;
        }

        if (test.Record.ValueKind != JsonValueKind.Object)
        {
            fail(recordPath, RuleFileErrorCodes.WrongJsonType, "The test's \"record\" must be an object { \"type\": …, \"values\": { … } }.");
            return null;
        }

        var read = RecordReader.ToRecord(test.Record, map.Find(recordPath).Line, id ?? "test");
        if (read.Rejection is { } rejection)
        {
            fail(recordPath, RuleFileErrorCodes.TestRecordUnreadable, "The test's record cannot be read: " + rejection.Reason);
            return null;
        }

        var record = read.Record!;
        var known = true;
        foreach (var name in record.Values.Keys.Where(k => !inputs.Contains(k)).Order(StringComparer.Ordinal))
        {
            fail(JsonSourceMap.Child(recordPath + ".values", name), RuleFileErrorCodes.TestUndeclaredName,
                $"The test's record gives \"{name}\", which is not a declared input.");
            known = false;
        }

        foreach (var (source, review) in record.Reviews.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            var reviewPath = JsonSourceMap.Child(recordPath + ".reviews", source);
            if (!reviews.Contains(source))
            {
                fail(reviewPath, RuleFileErrorCodes.TestUndeclaredName, $"The test's record gives review \"{source}\", which is not a declared review source.");
                known = false;
            }

            foreach (var name in (review.Values?.Keys ?? Enumerable.Empty<string>()).Where(k => !inputs.Contains(k)).Order(StringComparer.Ordinal))
            {
                fail(JsonSourceMap.Child(reviewPath, name), RuleFileErrorCodes.TestUndeclaredName,
                    $"The test's record gives \"{name}\" in review \"{source}\", which is not a declared input.");
                known = false;
            }
        }

        return known ? record : null;
    }

    private static void Unknown(string path, Dictionary<string, JsonElement>? unknown, Action<string, string, string> fail)
    {
        foreach (var name in unknown?.Keys ?? Enumerable.Empty<string>())
        {
            fail(JsonSourceMap.Child(path, name), RuleFileErrorCodes.UnknownProperty, RuleFileValidator.UnknownPropertyMessage(name));
        }
    }

    [GeneratedRegex("^PBR[0-9]{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex RejectionCode();
}
