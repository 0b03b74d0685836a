package io.chipgate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chipgate.document.DocumentFormatException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one document reader: the same limits for every format, one exception naming file, path, value, expectation. */
class DocumentsTest {
    static DocumentFormatException refused(String json) {
        return assertThrows(DocumentFormatException.class, () -> Documents.json(json, "d.json"));
    }

    @Test
    void theMessageNamesFilePathValueExpectationAndWhatToDo() {
        DocumentFormatException e = new DocumentFormatException("h100.json", "$.dies[0].areaMm2", "-814", "a number above 0");
        assertEquals("h100.json: $.dies[0].areaMm2: invalid value -814: expected a number above 0; "
            + "correct the document and read it again", e.getMessage());
        assertEquals("h100.json", e.file());
        assertEquals("$.dies[0].areaMm2", e.path());
        assertEquals("-814", e.value());
        assertEquals("a number above 0", e.expected());
        DocumentFormatException missing = new DocumentFormatException("f.json", "$.id", null, "a value");
        assertEquals("f.json: $.id: no value: expected a value; correct the document and read it again", missing.getMessage());
        assertNull(missing.value());
    }

    @Test
    void theMessageIsOneLineWithEveryPartEscapedAndCapped() {
        DocumentFormatException e = new DocumentFormatException("a\nb.json", "$.x\u001B", "\"" + "v".repeat(500) + "\"", "e".repeat(1000));
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        assertTrue(e.file().equals("a\\nb.json") && e.path().equals("$.x\\u001B"), e.file() + " " + e.path());
        assertEquals(81, e.value().length());
        assertEquals(DocumentFormatException.EXPECTED_CAP + 1, e.expected().length());
    }

    @Test
    void duplicateKeysTrailingContentAndEmptyInputAreRefused() {
        assertTrue(refused("{\"a\":1,\"a\":2}").expected().contains("Duplicate field 'a'"));
        DocumentFormatException trailing = refused("{\"a\":1} {\"b\":2}");
        assertEquals("$", trailing.path());
        assertTrue(trailing.expected().startsWith("well-formed JSON (line 1, column "), trailing.expected());
        assertEquals("a JSON document, but the input is empty", refused("").expected());
        assertEquals("a JSON document, but the input is empty", refused("\uFEFF").expected());
    }

    @Test
    void nestingIsBoundedAtSixtyFourLevelsInEveryFormat() {
        Documents.json("[".repeat(64) + "]".repeat(64), "d.json");
        assertEquals("nesting at most 64 levels deep", refused("[".repeat(65) + "]".repeat(65)).expected());
        assertEquals("nesting at most 64 levels deep", refused("[".repeat(100_000)).expected());
        ObjectNode deep = JsonNodeFactory.instance.objectNode();
        ObjectNode o = deep;
        for (int i = 0; i < 63; i++) {
            o = o.putObject("x");
        }
        Documents.tree(deep, "y.yaml"); // 64 levels: the root and 63 nested objects
        o.putObject("x");
        ObjectNode tooDeep = deep;
        DocumentFormatException e = assertThrows(DocumentFormatException.class, () -> Documents.tree(tooDeep, "y.yaml"));
        assertEquals("nesting at most 64 levels deep", e.expected());
        assertEquals("y.yaml", e.file());
    }

    @Test
    void numbersAndStringsAreCheckedInTreesFromOtherParsersToo() {
        ObjectNode t = JsonNodeFactory.instance.objectNode();
        t.putArray("a").addObject().put("s", "ok\u0085");
        DocumentFormatException e = assertThrows(DocumentFormatException.class, () -> Documents.tree(t, "y.yaml"));
        assertEquals("$.a[0].s", e.path());
        assertTrue(e.expected().startsWith("text without control characters (found U+0085"), e.expected());
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("v", new java.math.BigDecimal("1e-31"));
        assertEquals("$.v", assertThrows(DocumentFormatException.class, () -> Documents.tree(n, "y.yaml")).path());
        assertEquals("$.x", refused("{\"x\": 1234567890123456789012345678901}").path());
    }

    @Test
    void numbersKeepTheirDecimalTextAndAByteOrderMarkIsSkipped() {
        Node root = Documents.json("\uFEFF{\"a\": 300.0, \"b\": 3e2}", "d.json");
        assertEquals("300.0", root.field("a").number("").toPlainString());
        assertEquals(0, root.field("b").number("").compareTo(new java.math.BigDecimal("300")));
        Node fromBytes = Documents.json(new ByteArrayInputStream("{\"a\": 1}".getBytes(StandardCharsets.UTF_8)), "r.json");
        assertEquals(1, fromBytes.field("a").integer(0, 5));
        DocumentFormatException bad = assertThrows(DocumentFormatException.class,
            () -> Documents.json(new ByteArrayInputStream(new byte[] {'{', (byte) 0xFF, '}'}), "r.json"));
        assertTrue(bad.expected().contains("byte offset 1"), bad.expected());
    }

    @Test
    void fieldsAreNamedWithTheirPathAndUnknownOnesWithTheirValue() {
        Node root = Documents.json("{\"a\": {\"b\": [1, \"x\"]}, \"colour\": \"red\"}", "d.json");
        DocumentFormatException unknown = assertThrows(DocumentFormatException.class, () -> root.onlyFields(Set.of("a")));
        assertEquals("$.colour", unknown.path());
        assertEquals("\"red\"", unknown.value());
        DocumentFormatException type = assertThrows(DocumentFormatException.class,
            () -> root.field("a").field("b").get(1).integer(0, 9));
        assertEquals("$.a.b[1]", type.path());
        assertEquals("\"x\"", type.value());
        assertEquals("$.a.b", assertThrows(DocumentFormatException.class, () -> root.field("a").field("b").elements(1)).path());
        DocumentFormatException missing = assertThrows(DocumentFormatException.class, () -> root.fields(Set.of("a", "z"), Set.of("colour")));
        assertEquals("$.z", missing.path());
    }
}
