namespace PartyBuilding.Scoring;

// A decimal in 8 bytes, exactly (sign, scale and trailing zeros kept), when its mantissa fits in 54 bits: every score,
// total and area subtotal a rule file produces does. Bits 0-7 hold the scale, bit 8 the sign, bits 9-62 the mantissa.
internal static class PackedDecimal
{
    private const int MantissaBits = 54;

    public static bool TryPack(decimal value, out long packed)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var mantissa = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
        if (bits[2] != 0 || mantissa >= 1UL << MantissaBits)
        {
            packed = 0;
            return false;
        }

        var scale = (uint)(bits[3] >> 16) & 0xFF;
        var sign = bits[3] < 0 ? 1UL : 0UL;
        packed = (long)((mantissa << 9) | (sign << 8) | scale);
        return true;
    }

    public static decimal Unpack(long packed)
    {
        var bits = (ulong)packed;
        var mantissa = bits >> 9;
        return new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, (bits & 0x100) != 0, (byte)(bits & 0xFF));
    }
}
