package io.chipgate.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A numeric format of a multiply-accumulate operation, with its bit length for TPP.
 *
 * <p>Technical Note to 3A090 (88 FR 73458, as in the eCFR of 2026-07-23): "'bit length of the operation'
 * for a multiply-accumulate computation is the largest bit-length of the inputs to the multiply operation".
 * The bit length of {@link #TF32} is an interpretation (its inputs are 32-bit registers of which 19 bits
 * are used), so it has no fixed bit length here: the TPP computation takes it from its interpretation.
 * Other formats can be named with {@link #of(String, int)}.
 *
 * <p>Two precisions are equal when their names are equal ignoring case. This class is immutable and
 * thread-safe.
 */
public final class Precision {
    /** IEEE 754 double precision, bit length 64. */
    public static final Precision FP64 = new Precision("FP64", 64);
    /** IEEE 754 single precision, bit length 32. */
    public static final Precision FP32 = new Precision("FP32", 32);
    /** TensorFloat-32: bit length 19 or 32 depending on the interpretation. */
    public static final Precision TF32 = new Precision("TF32", 0);
    /** IEEE 754 half precision, bit length 16. */
    public static final Precision FP16 = new Precision("FP16", 16);
    /** bfloat16, bit length 16. */
    public static final Precision BF16 = new Precision("BF16", 16);
    /** 8-bit floating point, bit length 8. */
    public static final Precision FP8 = new Precision("FP8", 8);
    /** 6-bit floating point, bit length 6. */
    public static final Precision FP6 = new Precision("FP6", 6);
    /** 4-bit floating point, bit length 4. */
    public static final Precision FP4 = new Precision("FP4", 4);
    /** 8-bit integer, bit length 8. */
    public static final Precision INT8 = new Precision("INT8", 8);
    /** 4-bit integer, bit length 4. */
    public static final Precision INT4 = new Precision("INT4", 4);

    private static final Map<String, Precision> KNOWN = new LinkedHashMap<>();

    static {
        for (Precision p : new Precision[] {FP64, FP32, TF32, FP16, BF16, FP8, FP6, FP4, INT8, INT4}) {
            KNOWN.put(p.name, p);
        }
    }

    private final String name;
    private final int bits;

    private Precision(String name, int bits) {
        this.name = name;
        this.bits = bits;
    }

    /**
     * A known precision by name, ignoring the case of ASCII letters only (so "ınt8" with a dotless ı is not INT8).
     *
     * @param name not null, e.g. "FP8"
     * @return the precision, or empty when the name is not one of the known formats
     */
    public static Optional<Precision> known(String name) {
        return Optional.ofNullable(KNOWN.get(io.chipgate.internal.AsciiNames.upper(name.trim())));
    }

    /** {@return the known precisions, in a stable order} */
    public static java.util.Collection<Precision> knownValues() {
        return java.util.Collections.unmodifiableCollection(KNOWN.values());
    }

    /**
     * A precision with an explicit bit length, for formats not built in (for example "MXFP6", 6).
     *
     * @param name not null or blank
     * @param bitLength from 1 to 128
     * @throws IllegalArgumentException if the name is blank, the bit length is out of range, or the name
     *     is a known precision with another bit length
     * @return the precision; the built-in one when the name is known with this bit length
     */
    public static Precision of(String name, int bitLength) {
        Objects.requireNonNull(name, "name");
        String n = io.chipgate.internal.AsciiNames.upper(name.trim());
        if (n.isEmpty()) {
            throw new IllegalArgumentException("Invalid precision name: it is blank");
        }
        if (bitLength < 1 || bitLength > 128) {
            throw new IllegalArgumentException(
                "Invalid bit length for precision " + n + " (valid values 1 - 128): " + bitLength);
        }
        Precision known = KNOWN.get(n);
        if (known != null) {
            if (known.bits != bitLength) {
                throw new IllegalArgumentException("Invalid bit length for precision " + n + ": " + bitLength
                    + " (" + n + " has " + (known.bits == 0 ? "an interpreted bit length" : known.bits + " bits") + ")");
            }
            return known;
        }
        return new Precision(n, bitLength);
    }

    /** {@return the name, upper case, e.g. "FP8"} */
    public String name() {
        return name;
    }

    /**
     * {@return the fixed bit length, or empty for {@link #TF32}, whose bit length is an interpretation}
     */
    public OptionalInt fixedBitLength() {
        return bits == 0 ? OptionalInt.empty() : OptionalInt.of(bits);
    }

    /** {@return whether this is one of the built-in precisions} */
    public boolean isKnown() {
        return KNOWN.get(name) == this;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Precision && ((Precision) o).name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
