package io.chipgate.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One part number as a vendor's export-classification table lists it: the vendor's ECCN and HTS codes, and,
 * where the table gives them, the description, the TPP per GPU (NVIDIA) and whether the part "meets 3A090.a.1"
 * (AMD).
 *
 * <p>The vendor classifies products (chips, boards, systems), so its ECCN may be 4A090 or a .z item where
 * chipgate's determination for the chip is 3A090. A part number the table lists twice (NVIDIA lists some with a
 * second, Chapter 99 HTS code) is one row here with both HTS codes. This class is immutable and thread-safe.
 */
@Value.Immutable
@Value.Style(visibility = Value.Style.ImplementationVisibility.PACKAGE, allParameters = false)
public abstract class VendorRow {
    /** {@return the vendor, e.g. "NVIDIA" or "AMD"} */
    public abstract String vendor();

    /** {@return the part number (NVIDIA) or OPN (AMD), exactly as the table writes it} */
    public abstract String partNumber();

    /** {@return the table's description; NVIDIA's only (AMD's table gives none), often "Generic Part Number"} */
    public abstract Optional<String> description();

    /** {@return the vendor's US ECCN, e.g. "4A090.a", "5A992.c" or "EAR99"} */
    public abstract String eccn();

    /** {@return the vendor's HTS codes, in table order (usually one)} */
    public abstract List<String> htsCodes();

    /** {@return the vendor's TPP per GPU (NVIDIA), if the table gives one} */
    public abstract Optional<BigDecimal> tppPerGpu();

    /** {@return AMD's "Meets 3A090.a.1" column: true for Y, false for N; empty for NVIDIA} */
    public abstract Optional<Boolean> meets3A090a1();

    /** {@return AMD's CCATS number ("N/A", "Self / B.1" or a G number), as written} */
    public abstract Optional<String> ccats();

    /** {@return NVIDIA's part type (Chip, CABLE, ...), where given} */
    public abstract Optional<String> partType();

    /** {@return NVIDIA's lifecycle state (PRODUCTION, RELEASED, ...), where given} */
    public abstract Optional<String> lifecycleState();

    /** {@return true when the description is NVIDIA's placeholder "Generic Part Number" or absent} */
    public boolean isGeneric() {
        return description().map(d -> d.equalsIgnoreCase("Generic Part Number")).orElse(true);
    }

    static ImmutableVendorRow.Builder builder() {
        return ImmutableVendorRow.builder();
    }
}
