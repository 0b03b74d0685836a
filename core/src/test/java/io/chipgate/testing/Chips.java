package io.chipgate.testing;

import io.chipgate.model.Component;
import io.chipgate.model.ComputeRate;
import io.chipgate.model.Die;
import io.chipgate.model.DieRole;
import io.chipgate.model.IoLink;
import io.chipgate.model.LinkKind;
import io.chipgate.model.MemoryInterface;
import io.chipgate.model.MemoryType;
import io.chipgate.model.Part;
import io.chipgate.model.PartKind;
import io.chipgate.model.Precision;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The test parts every module's tests share, from published figures (vendor datasheets as collected in the
 * project's reference sheet, and the regulation digest's § 7 table): a dense rate at one precision, one non-planar
 * logic die, NVLink and PCIe rates, memory bandwidth. The catalog module holds the sourced entries; these are
 * simplified copies with short ids ({@code h100}, not {@code nvidia-h100-sxm}), independent of the catalog.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Chips {
    private Chips() {
    }

    /** The decimal as written. */
    public static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    /**
     * An NVIDIA-style accelerator: {@code dense} TOPS at precision {@code p} on one non-planar logic die of
     * {@code areaMm2}; a null designation, link rate or memory bandwidth is unknown (absent from the spec).
     */
    public static Part chip(String id, Boolean dc, Precision p, String dense, String areaMm2, String nvlink, String pcie,
        String memGBs) {
        var b = Part.builder().id(id).vendor("NVIDIA").name(id)
            .addCompute(ComputeRate.dense(p, d(dense)))
            .addDies(Die.builder().role(DieRole.LOGIC).areaMm2(d(areaMm2)).nonPlanar(true).build());
        if (dc != null) {
            b.datacenter(dc);
        }
        if (nvlink != null) {
            b.addIo(IoLink.of(LinkKind.NVLINK, d(nvlink)));
        }
        if (pcie != null) {
            b.addIo(IoLink.of(LinkKind.PCIE, d(pcie)));
        }
        if (memGBs != null) {
            b.memory(MemoryInterface.builder().type(MemoryType.HBM3).bandwidthGBs(d(memGBs)).build());
        }
        return b.build();
    }

    /** A100 SXM4: 312 TFLOPS FP16 dense (TPP 4,992), GA100 826 mm², NVLink 600 + PCIe 64 GB/s, 2,039 GB/s. */
    public static final Part A100 = chip("a100", true, Precision.FP16, "312", "826", "600", "64", "2039");
    /** A800: A100 compute (312 TFLOPS FP16, TPP 4,992) with NVLink cut to 400 GB/s + PCIe 64 GB/s. */
    public static final Part A800 = chip("a800", true, Precision.FP16, "312", "826", "400", "64", "2039");
    /** H100 SXM5: 1,978.9 TFLOPS FP8 dense, GH100 814 mm², NVLink 900 + PCIe 128 GB/s, 3,350 GB/s: TPP 15,831.2. */
    public static final Part H100 = chip("h100", true, Precision.FP8, "1978.9", "814", "900", "128", "3350");
    /** H800: H100 compute with NVLink cut to 400 GB/s. */
    public static final Part H800 = chip("h800", true, Precision.FP8, "1978.9", "814", "400", "128", "3350");
    /** H20: 296 TFLOPS FP8 (TPP 2,368), 814 mm² (PD 2.91), NVLink 900, 4,000 GB/s HBM3. */
    public static final Part H20 = chip("h20", true, Precision.FP8, "296", "814", "900", "128", "4000");
    /** H200: H100 compute with 4,800 GB/s. */
    public static final Part H200 = chip("h200", true, Precision.FP8, "1978.9", "814", "900", "128", "4800");
    /** RTX 4090: 660.6 TOPS FP8 dense (TPP 5,284.8), AD102 608.5 mm², not datacenter, PCIe 64 GB/s. */
    public static final Part RTX_4090 = chip("rtx-4090", false, Precision.FP8, "660.6", "608.5", null, "64", null);
    /** RTX 4090 D: reported TPP 4,707 (tomshw.it); 588.375 INT8 TOPS × 8 = 4,707. */
    public static final Part RTX_4090_D = chip("rtx-4090-d", false, Precision.INT8, "588.375", "608.5", null, "64", null);
    /** L4: 242.5 TFLOPS FP8 dense (TPP 1,940), AD104 294.5 mm² (PD 6.59): 3A090.a.2. */
    public static final Part L4 = chip("l4", true, Precision.FP8, "242.5", "294.5", null, "64", null);
    /** L40: 362 TFLOPS FP8 dense (TPP 2,896), 608.5 mm² (PD 4.76): 3A090.b. */
    public static final Part L40 = chip("l40", true, Precision.FP8, "362", "608.5", null, "64", null);
    /** B200: 4,500 TFLOPS FP8 (TPP 36,000), two 800 mm² dies, 8,000 GB/s. */
    public static final Part B200 = Part.builder().from(chip("b200", true, Precision.FP8, "4500", "800", "1800", "128", "8000"))
        .dies(List.of(Die.builder().role(DieRole.LOGIC).count(2).areaMm2(d("800")).nonPlanar(true).build())).build();
    /** HBM3E stack: ~1,180 GB/s on an ~11 × 11 mm footprint (121 mm²): 9.75 GB/s/mm² (digest § 7, inputs UNCONFIRMED). */
    public static final Part HBM3E_STACK = memory("hbm3e", "1180", "121");
    /** An HGX-style board of eight H100 (resolved through {@link #find}). */
    public static final Part HGX_H100 = Part.builder().id("hgx-h100").vendor("NVIDIA").name("HGX H100 8-GPU").kind(PartKind.SYSTEM)
        .addContains(Component.of("h100", 8)).build();

    /** Every named part above, by id. */
    public static final Map<String, Part> ALL = Stream.of(A100, A800, H100, H800, H20, H200, RTX_4090, RTX_4090_D, L4, L40,
        B200, HBM3E_STACK, HGX_H100).collect(Collectors.toUnmodifiableMap(Part::id, Function.identity()));

    /** The named part with this id, for a part resolver ({@code Chips::find}); empty for any other id. */
    public static Optional<Part> find(String id) {
        return Optional.ofNullable(ALL.get(id));
    }

    /** One HBM3E stack from SK hynix; a null bandwidth or package area is unknown. */
    public static Part memory(String id, String bandwidth, String areaMm2) {
        var m = MemoryInterface.builder().type(MemoryType.HBM3E).stacks(1);
        if (bandwidth != null) {
            m.bandwidthGBs(d(bandwidth));
        }
        if (areaMm2 != null) {
            m.packageAreaMm2(d(areaMm2));
        }
        return Part.builder().id(id).vendor("SK hynix").name(id).kind(PartKind.MEMORY).memory(m.build()).build();
    }

    /**
     * A hypothetical accelerator: TPP given as INT8 dense TOPS × 8 on one non-planar logic die; null figures are
     * unknown (absent from the spec).
     */
    public static Part hypothetical(BigDecimal tpp, BigDecimal areaMm2, Boolean dc, BigDecimal ioGBs, BigDecimal memGBs) {
        var b = Part.builder().id("hypo").vendor("-").name("hypothetical");
        if (tpp != null) {
            b.addCompute(ComputeRate.dense(Precision.INT8, tpp.divide(BigDecimal.valueOf(8))));
        }
        if (areaMm2 != null) {
            b.addDies(Die.builder().role(DieRole.LOGIC).areaMm2(areaMm2).nonPlanar(true).build());
        }
        if (dc != null) {
            b.datacenter(dc);
        }
        if (ioGBs != null) {
            b.addIo(IoLink.of(LinkKind.NVLINK, ioGBs));
        }
        if (memGBs != null) {
            b.memory(MemoryInterface.builder().type(MemoryType.HBM3).bandwidthGBs(memGBs).build());
        }
        return b.build();
    }
}
