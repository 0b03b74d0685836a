package io.chipgate.regime;

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

/**
 * Test parts from published figures (vendor datasheets as collected in the project's reference sheet); the
 * catalog module holds the sourced entries.
 */
final class Chips {
    private Chips() {
    }

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    static Part chip(String id, Boolean dc, Precision p, String dense, String areaMm2, String nvlink, String pcie, String memGBs) {
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

    static final Part A100 = chip("a100", true, Precision.FP16, "312", "826", "600", "64", "2039");
    static final Part A800 = chip("a800", true, Precision.FP16, "312", "826", "400", "64", "2039");
    static final Part H100 = chip("h100", true, Precision.FP8, "1978.9", "814", "900", "128", "3350");
    static final Part H800 = chip("h800", true, Precision.FP8, "1978.9", "814", "400", "128", "3350");
    static final Part H20 = chip("h20", true, Precision.FP8, "296", "814", "900", "128", "4000");
    static final Part H200 = chip("h200", true, Precision.FP8, "1978.9", "814", "900", "128", "4800");
    static final Part RTX_4090 = chip("rtx-4090", false, Precision.FP8, "660.6", "608.5", null, "64", null);
    /** Reported TPP 4,707 (tomshw.it); 588.375 × 8 = 4707. */
    static final Part RTX_4090_D = chip("rtx-4090-d", false, Precision.INT8, "588.375", "608.5", null, "64", null);
    static final Part L4 = chip("l4", true, Precision.FP8, "242.5", "294.5", null, "64", null);
    static final Part L40 = chip("l40", true, Precision.FP8, "362", "608.5", null, "64", null);
    static final Part B200 = Part.builder().from(chip("b200", true, Precision.FP8, "4500", "800", "1800", "128", "8000"))
        .dies(java.util.List.of(Die.builder().role(DieRole.LOGIC).count(2).areaMm2(d("800")).nonPlanar(true).build())).build();

    static final Part HBM3E_STACK = Part.builder().id("hbm3e").vendor("SK hynix").name("HBM3E 8-high").kind(PartKind.MEMORY)
        .memory(MemoryInterface.builder().type(MemoryType.HBM3E).bandwidthGBs(d("1180")).packageAreaMm2(d("121")).stacks(1).build())
        .build();
}
