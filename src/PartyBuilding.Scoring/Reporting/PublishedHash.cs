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
    /// <remarks>The JSON is hashed as it is written (<see cref="ResultJson.Write(Stream, BatchResult)"/>), never held whole.</remarks>
    /// <exception cref="InvalidOperationException">The batch was scored with <see cref="BatchTrace.Omit"/>: the result JSON includes traces.</exception>
    public static string OfResult(BatchResult batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        using var sha = SHA256.Create();
        using (var hashing = new CryptoStream(Stream.Null, sha, CryptoStreamMode.Write, leaveOpen: true))
        {
            ResultJson.Write(hashing, batch);
        }

        return Convert.ToHexStringLower(sha.Hash!);
    }
}
