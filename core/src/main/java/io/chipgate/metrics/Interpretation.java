package io.chipgate.metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The readings of the rule text that the metrics depend on where the text is open, each an explicit option
 * with a documented default.
 *
 * <table>
 *   <caption>Options</caption>
 *   <tr><th>key</th><th>values</th><th>default</th><th>why</th></tr>
 *   <tr><td>{@code tf32Bits}</td><td>{@code 32}, {@code 19}</td><td>32</td><td>"the largest bit-length of the
 *   inputs to the multiply": TF32 multiplies take 32-bit FP32 registers as inputs (of which 19 bits are used).
 *   Only matters where TF32 runs faster than half the FP16 rate (AWS Trainium).</td></tr>
 *   <tr><td>{@code sparseOnly}</td><td>{@code UNKNOWN}, {@code HALVE}</td><td>UNKNOWN</td><td>TPP uses dense
 *   rates (Technical Note 3); a precision with only a sparse rate has an unknown dense rate, at most the sparse
 *   one, unless the user chooses to halve it.</td></tr>
 *   <tr><td>{@code tppBasis}</td><td>{@code HIGHER}, {@code COMPUTED}, {@code DECLARED}</td><td>HIGHER</td>
 *   <td>the rate is "the highest value the manufacturer claims", so the higher of the computed TPP and the
 *   vendor's declared TPP.</td></tr>
 *   <tr><td>{@code noNonPlanarArea}</td><td>{@code UNDEFINED}, {@code ZERO}</td><td>UNDEFINED</td><td>with no
 *   non-planar logic die the applicable die area is 0 and the text does not say what the density is: by default
 *   density clauses are unknown; ZERO reads such a part as having no density.</td></tr>
 *   <tr><td>{@code ioDies}</td><td>{@code LOGIC}, {@code EXCLUDED}</td><td>LOGIC</td><td>Technical Note 4 to
 *   3A090 counts "logic dies" without defining them: the wide reading counts I/O, base and interconnect dies built
 *   on a non-planar logic process (they are logic, not memory); the narrow reading counts only compute dies.
 *   Only matters for parts with dies of role {@code IO}.</td></tr>
 * </table>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Interpretation {
    /** How to treat a precision that has only a sparse rate. */
    public enum SparseOnly {
        /** The dense rate is unknown, at most the sparse rate (default). */
        UNKNOWN,
        /** The dense rate is half the sparse rate. */
        HALVE
    }

    /** Which TPP to use when a vendor declares one. */
    public enum TppBasis {
        /** The higher of the computed and the declared TPP: "the highest value the manufacturer claims" (default). */
        HIGHER,
        /** The TPP computed from the rates only. */
        COMPUTED,
        /** The vendor's declared TPP where there is one, else the computed TPP. */
        DECLARED
    }

    /** What performance density is when no logic die is non-planar. */
    public enum NoNonPlanarArea {
        /** The density is undefined, so density clauses are unknown (default). */
        UNDEFINED,
        /** The part is read as having no density, so density clauses do not hold. */
        ZERO
    }

    /** Whether I/O, base and interconnect dies are "logic dies" for the applicable die area. */
    public enum IoDies {
        /** I/O, base and interconnect dies on a non-planar logic process count as logic dies (default). */
        LOGIC,
        /** Only compute dies count. */
        EXCLUDED
    }

    /** The key of the TF32 bit-length option, as on a command line ({@code tf32Bits=19}). */
    public static final String TF32_BITS = "tf32Bits";
    /** The key of the sparse-only option ({@code sparseOnly=HALVE}). */
    public static final String SPARSE_ONLY = "sparseOnly";
    /** The key of the TPP-basis option ({@code tppBasis=COMPUTED}). */
    public static final String TPP_BASIS = "tppBasis";
    /** The key of the option for parts with no non-planar logic die ({@code noNonPlanarArea=ZERO}). */
    public static final String NO_NON_PLANAR_AREA = "noNonPlanarArea";
    /** The key of the I/O-dies option ({@code ioDies=EXCLUDED}). */
    public static final String IO_DIES = "ioDies";

    /**
     * The keys that are open readings of the law, not modelling settings: where the alternative changes an outcome and
     * the user did not set the key, the outcome is not definite ({@code tf32Bits}: "the largest bit-length of the inputs
     * to the multiply" read as the 32-bit register or the 19 bits used; {@code ioDies}: Technical Note 4's undefined
     * "logic dies"; {@code noNonPlanarArea}: the text is silent on a density with no non-planar die). The others
     * ({@code tppBasis}, {@code sparseOnly}) are modelling settings: their defaults follow the text or leave the
     * value unknown, and an alternative is reported as sensitivity only.
     */
    public static final List<String> OPEN_READINGS = List.of("tf32Bits", "ioDies", "noNonPlanarArea");

    private static final Interpretation DEFAULTS =
        new Interpretation(32, SparseOnly.UNKNOWN, TppBasis.HIGHER, NoNonPlanarArea.UNDEFINED, IoDies.LOGIC);

    /** Keys set explicitly (by a with… method), as bits in the order of {@link #keys()}. */
    private final int explicit;

    /**
     * {@return whether the key was set explicitly (by a with… method) rather than left at its default}
     *
     * @param key one of {@link #keys()}
     */
    public boolean isExplicit(String key) {
        int i = keys().indexOf(key);
        return i >= 0 && (explicit & (1 << i)) != 0;
    }

    /**
     * {@return whether the key is an open reading of the law (see {@link #OPEN_READINGS}) rather than a modelling setting}
     *
     * @param key one of {@link #keys()}
     */
    public static boolean isOpenReading(String key) {
        return OPEN_READINGS.contains(key);
    }

    private static int bit(String key) {
        return 1 << keys().indexOf(key);
    }

    private final int tf32Bits;
    private final SparseOnly sparseOnly;
    private final TppBasis tppBasis;
    private final NoNonPlanarArea noNonPlanarArea;
    private final IoDies ioDies;
    /** Computed once: interpretations key caches of metrics. */
    private final int hash;

    private Interpretation(int tf32Bits, SparseOnly sparseOnly, TppBasis tppBasis, NoNonPlanarArea noNonPlanarArea, IoDies ioDies) {
        this(tf32Bits, sparseOnly, tppBasis, noNonPlanarArea, ioDies, 0);
    }

    private Interpretation(int tf32Bits, SparseOnly sparseOnly, TppBasis tppBasis, NoNonPlanarArea noNonPlanarArea, IoDies ioDies,
                           int explicit) {
        this.explicit = explicit;
        this.ioDies = ioDies;
        this.tf32Bits = tf32Bits;
        this.sparseOnly = sparseOnly;
        this.tppBasis = tppBasis;
        this.noNonPlanarArea = noNonPlanarArea;
        this.hash = Objects.hash(tf32Bits, sparseOnly, tppBasis, noNonPlanarArea, ioDies);
    }

    /** {@return the default reading} */
    public static Interpretation defaults() {
        return DEFAULTS;
    }

    /** {@return the bit length counted for TF32 operations: 32 (default) or 19} */
    public int tf32Bits() {
        return tf32Bits;
    }

    /** {@return how a precision with only a sparse rate is treated (default {@link SparseOnly#UNKNOWN})} */
    public SparseOnly sparseOnly() {
        return sparseOnly;
    }

    /** {@return which TPP is used when the vendor declares one (default {@link TppBasis#HIGHER})} */
    public TppBasis tppBasis() {
        return tppBasis;
    }

    /**
     * {@return what performance density is when no logic die is non-planar (default {@link NoNonPlanarArea#UNDEFINED})}
     */
    public NoNonPlanarArea noNonPlanarArea() {
        return noNonPlanarArea;
    }

    /** {@return whether I/O, base and interconnect dies count as logic dies (default {@link IoDies#LOGIC})} */
    public IoDies ioDies() {
        return ioDies;
    }

    /**
     * {@return this interpretation with the reading of I/O dies set}
     *
     * @param value the reading, not null
     */
    public Interpretation withIoDies(IoDies value) {
        return new Interpretation(tf32Bits, sparseOnly, tppBasis, noNonPlanarArea, Objects.requireNonNull(value), explicit | bit(IO_DIES));
    }

    /**
     * This interpretation with the TF32 bit length set.
     *
     * @param bits 32 or 19
     * @return this interpretation with the bit length set
     * @throws IllegalArgumentException if {@code bits} is neither 19 nor 32
     */
    public Interpretation withTf32Bits(int bits) {
        if (bits != 19 && bits != 32) {
            throw new IllegalArgumentException("Invalid value for tf32Bits (valid values 19, 32): " + bits);
        }
        return new Interpretation(bits, sparseOnly, tppBasis, noNonPlanarArea, ioDies, explicit | bit(TF32_BITS));
    }

    /**
     * This interpretation with the treatment of sparse-only precisions set.
     *
     * @param value the reading, not null
     * @return this interpretation with the reading set
     */
    public Interpretation withSparseOnly(SparseOnly value) {
        return new Interpretation(tf32Bits, Objects.requireNonNull(value), tppBasis, noNonPlanarArea, ioDies, explicit | bit(SPARSE_ONLY));
    }

    /**
     * This interpretation with the TPP basis set.
     *
     * @param value the reading, not null
     * @return this interpretation with the reading set
     */
    public Interpretation withTppBasis(TppBasis value) {
        return new Interpretation(tf32Bits, sparseOnly, Objects.requireNonNull(value), noNonPlanarArea, ioDies, explicit | bit(TPP_BASIS));
    }

    /**
     * This interpretation with the reading for parts with no non-planar logic die set.
     *
     * @param value the reading, not null
     * @return this interpretation with the reading set
     */
    public Interpretation withNoNonPlanarArea(NoNonPlanarArea value) {
        return new Interpretation(tf32Bits, sparseOnly, tppBasis, Objects.requireNonNull(value), ioDies, explicit | bit(NO_NON_PLANAR_AREA));
    }

    /**
     * This interpretation with one option set from text, as on a command line ({@code tf32Bits=19}).
     *
     * @throws IllegalArgumentException naming the key or value and the valid ones
     * @param key one of {@link #keys()}, e.g. "tf32Bits"
     * @param value the option's value as text, e.g. "19" or "HALVE" (case as {@link #keys()} documents)
     * @return this interpretation with the option set
     */
    public Interpretation with(String key, String value) {
        String v = value.trim();
        switch (key.trim()) {
            case TF32_BITS:
                try {
                    return withTf32Bits(Integer.parseInt(v));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("Invalid value for tf32Bits (valid values 19, 32): " + value);
                }
            case SPARSE_ONLY:
                return withSparseOnly(parseEnum(SparseOnly.class, key, v));
            case TPP_BASIS:
                return withTppBasis(parseEnum(TppBasis.class, key, v));
            case NO_NON_PLANAR_AREA:
                return withNoNonPlanarArea(parseEnum(NoNonPlanarArea.class, key, v));
            case IO_DIES:
                return withIoDies(parseEnum(IoDies.class, key, v));
            default:
                throw new IllegalArgumentException("Unknown interpretation key '" + key + "' (valid keys "
                    + String.join(", ", keys()) + ")");
        }
    }

    /**
     * Parses {@code KEY=VALUE} over the defaults.
     *
     * @throws IllegalArgumentException if the text has no '=' or the key or value is invalid
     * @param keyEqualsValue text of the form {@code KEY=VALUE}, e.g. "tf32Bits=19"
     * @return this interpretation with the option set
     */
    public Interpretation with(String keyEqualsValue) {
        int eq = keyEqualsValue.indexOf('=');
        if (eq < 0) {
            throw new IllegalArgumentException("Invalid interpretation '" + keyEqualsValue
                + "': expected KEY=VALUE, e.g. tf32Bits=19");
        }
        return with(keyEqualsValue.substring(0, eq), keyEqualsValue.substring(eq + 1));
    }

    /** {@return the option keys} */
    public static List<String> keys() {
        return List.of(TF32_BITS, SPARSE_ONLY, TPP_BASIS, NO_NON_PLANAR_AREA, IO_DIES);
    }

    /**
     * {@return the plausible alternatives to this interpretation, one option changed at a time, keyed by "key=value"}
     */
    public Map<String, Interpretation> alternatives() {
        Map<String, Interpretation> m = new LinkedHashMap<>();
        m.put(TF32_BITS + "=" + (tf32Bits == 32 ? 19 : 32), withTf32Bits(tf32Bits == 32 ? 19 : 32));
        for (SparseOnly s : SparseOnly.values()) {
            if (s != sparseOnly) {
                m.put(SPARSE_ONLY + "=" + s, withSparseOnly(s));
            }
        }
        for (TppBasis b : TppBasis.values()) {
            if (b != tppBasis) {
                m.put(TPP_BASIS + "=" + b, withTppBasis(b));
            }
        }
        for (NoNonPlanarArea n : NoNonPlanarArea.values()) {
            if (n != noNonPlanarArea) {
                m.put(NO_NON_PLANAR_AREA + "=" + n, withNoNonPlanarArea(n));
            }
        }
        for (IoDies d : IoDies.values()) {
            if (d != ioDies) {
                m.put(IO_DIES + "=" + d, withIoDies(d));
            }
        }
        return m;
    }

    /** {@return the options as a map from key to value, in a stable order} */
    public Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(TF32_BITS, Integer.toString(tf32Bits));
        m.put(SPARSE_ONLY, sparseOnly.name());
        m.put(TPP_BASIS, tppBasis.name());
        m.put(NO_NON_PLANAR_AREA, noNonPlanarArea.name());
        m.put(IO_DIES, ioDies.name());
        return m;
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String key, String value) {
        for (E e : type.getEnumConstants()) {
            if (io.chipgate.internal.AsciiNames.equalsIgnoringCase(e.name(), value)) {
                return e;
            }
        }
        StringBuilder valid = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            valid.append(valid.length() == 0 ? "" : ", ").append(e.name());
        }
        throw new IllegalArgumentException("Invalid value for " + key + " (valid values " + valid + "): " + value);
    }

    /** Equal when every option's value is; whether a key was set explicitly is not compared. */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Interpretation)) {
            return false;
        }
        Interpretation i = (Interpretation) o;
        return tf32Bits == i.tf32Bits && sparseOnly == i.sparseOnly && tppBasis == i.tppBasis
            && noNonPlanarArea == i.noNonPlanarArea && ioDies == i.ioDies;
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /** "tf32Bits=32, sparseOnly=UNKNOWN, ...". */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        asMap().forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append('=').append(v));
        return sb.toString();
    }
}
