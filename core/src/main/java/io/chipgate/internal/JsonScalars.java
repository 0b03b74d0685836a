package io.chipgate.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.chipgate.spec.SpecFormatException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

/**
 * The checks every JSON tree read from a user's file passes before any field is mapped. Not API.
 * This class is immutable and thread-safe.
 */
public final class JsonScalars {
    private JsonScalars() {
    }

    /**
     * Every number of the document within {@link BoundedNumbers}, every string free of control characters, checked
     * before any field is read (so no later step sees an explosive number).
     */
    public static void check(String file, String path, JsonNode n) {
        if (n.isNumber()) {
            BigDecimal v = n.isIntegralNumber() ? new BigDecimal(n.bigIntegerValue()) : n.decimalValue();
            if (!BoundedNumbers.isBounded(v)) {
                throw new SpecFormatException(file, path, BoundedNumbers.show(v), BoundedNumbers.expectation());
            }
        } else if (n.isTextual()) {
            String t = n.textValue();
            int at = Messages.firstControl(t);
            if (at >= 0) {
                throw new SpecFormatException(file, path, "\"" + t + "\"", "text without control characters (found U+"
                    + String.format("%04X", (int) t.charAt(at)) + " at character " + (at + 1) + ")");
            }
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                check(file, path + "[" + i + "]", n.get(i));
            }
        } else if (n.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = n.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                check(file, path + "." + e.getKey(), e.getValue());
            }
        }
    }
}
