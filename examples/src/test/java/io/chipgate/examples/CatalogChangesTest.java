package io.chipgate.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.catalog.Catalog;
import io.chipgate.model.Part;
import io.chipgate.spec.SpecReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The changelog tool finds added parts, changed fields and outcome changes between two catalogs. */
class CatalogChangesTest {
    static Part part(String id, String fp8) {
        return SpecReader.instance().readPart("{\"id\": \"" + id + "\", \"vendor\": \"V\", \"name\": \"" + id + "\", \"datacenter\": true,"
            + " \"compute\": [{\"precision\": \"FP8\", \"denseTops\": " + fp8 + "}],"
            + " \"dies\": [{\"role\": \"LOGIC\", \"areaMm2\": 800, \"nonPlanar\": true}]}", id + ".json");
    }

    @Test
    void listsAddedChangedAndOutcomeChanges() {
        Catalog before = Catalog.of("a", List.of(part("x", "500"), part("y", "100")));
        Catalog after = Catalog.of("b", List.of(part("x", "700"), part("y", "100"), part("z", "10")));
        String md = CatalogChanges.markdown(before, after);
        assertTrue(md.contains("- Added (1):\n  - z (V z, accelerator)\n"), md);
        assertTrue(md.contains("- Figures or fields changed (1):\n  - x: compute\n"), md);
        // 500 × 8 = 4000 < 4800 (3A090.b.1 in 2023: PD 5 in [1.6, 5.92)); 700 × 8 = 5600 ≥ 4800 (3A090.a.1)
        assertTrue(md.contains("  - x under 3a090-2023 (on 2023-11-17): 3A090.b.1 → 3A090.a.1\n"), md);
        assertTrue(md.contains("- Removed (0): none\n"), md);
        assertEquals("- Added (0): none\n- Removed (0): none\n- Figures or fields changed (0): none\n"
            + "- Outcome changes under any regime (0): none\n", CatalogChanges.markdown(before, before));
    }
}
