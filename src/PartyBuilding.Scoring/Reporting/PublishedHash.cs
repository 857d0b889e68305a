using System.Security.Cryptography;
using System.Text;

namespace PartyBuilding.Scoring.Reporting;

/// <summary>The SHA-256 fingerprints a published bulletin carries (一定一通报: a published result must not change silently).</summary>
public static class PublishedHash
{
    /// <summary>The SHA-256 of a file's bytes, lower-case hex.</summary>
    /// <param name="path">The file (e.g. the input records).</param>
    public static string OfFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>The SHA-256 of a batch result: of its deterministic JSON (<see cref="ResultJson.Serialize(BatchResult)"/>) in UTF-8, lower-case hex.</summary>
    /// <param name="batch">The batch result.</param>
    public static string OfResult(BatchResult batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ResultJson.Serialize(batch))));
    }
}
