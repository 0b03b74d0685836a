package io.chipgate.testing;

import io.chipgate.model.Component;
import io.chipgate.model.Part;
import io.chipgate.model.PartKind;
import java.util.HashMap;
import java.util.Map;

/**
 * Systems sharing subsystems (issue 22 § 4): {@code deep} levels of {@code wide} systems, each containing every
 * system of the next level, the last level containing one IC — {@code wide^deep} paths to the IC in a small catalog.
 */
public final class SharedSystems {
    private SharedSystems() {
    }

    /**
     * The parts by id: {@code dag-LEVEL-J} for each level and position, and the IC; level 0 is the top.
     *
     * @param ic the IC at the bottom
     * @param wide systems per level
     * @param deep levels
     * @return the parts by id, the IC included
     */
    public static Map<String, Part> dag(Part ic, int wide, int deep) {
        Map<String, Part> parts = new HashMap<>();
        parts.put(ic.id(), ic);
        for (int level = deep - 1; level >= 0; level--) {
            for (int j = 0; j < wide; j++) {
                var b = Part.builder().id("dag-" + level + "-" + j).vendor("V").name("Dag " + level + " " + j).kind(PartKind.SYSTEM);
                if (level == deep - 1) {
                    b.addContains(Component.of(ic.id(), 1));
                } else {
                    for (int k = 0; k < wide; k++) {
                        b.addContains(Component.of("dag-" + (level + 1) + "-" + k, 1));
                    }
                }
                parts.put("dag-" + level + "-" + j, b.build());
            }
        }
        return parts;
    }
}
