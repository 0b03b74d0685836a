package io.chipgate.orderbook;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which column of an order file holds which field: the fields chipgate reads, the header names it recognises for
 * each without being told (the synonyms ERP exports use), and a mapping the user gives
 * ({@code --columns 'Order No=id,Customer=consignee'}) that overrides them.
 *
 * <p>Headers are compared with case, surrounding spaces, runs of spaces and the punctuation {@code . # _ - :}
 * ignored, so {@code Order No.}, {@code ORDER_NO} and {@code order-no} are one name.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Columns {
    /** The fields, in the order the documentation lists them. */
    public static final List<String> FIELDS = List.of("id", "consignee", "end_user", "part", "quantity", "destination",
        "headquarters", "date", "origin", "us_tech", "us_content");

    /** The fields a file must have. */
    public static final List<String> REQUIRED = List.of("part", "quantity", "destination");

    /**
     * The header names recognised for each field without a mapping, as documented in docs/screening.md. A header
     * that matches none of them is ignored (a file may carry other columns).
     */
    public static final Map<String, List<String>> SYNONYMS = synonyms();

    private static final Map<String, String> FIELD_OF = fieldOf();

    private final Map<String, String> mapping;
    private final Map<String, String> shownAs;

    private Columns(Map<String, String> mapping, Map<String, String> shownAs) {
        this.mapping = mapping;
        this.shownAs = shownAs;
    }

    private static Map<String, List<String>> synonyms() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("id", List.of("id", "line", "line id", "order", "order no", "order number", "order #", "order id", "order line",
            "po", "po no", "po number", "purchase order", "sales order", "so no", "document no"));
        m.put("consignee", List.of("consignee", "customer", "customer name", "ship to", "ship to name", "ship to customer",
            "sold to", "buyer", "client"));
        m.put("end_user", List.of("end user", "end user name", "enduser", "ultimate consignee"));
        m.put("part", List.of("part", "item", "item no", "item number", "product", "product name", "part no", "part number",
            "sku", "material", "model", "mpn", "article"));
        m.put("quantity", List.of("quantity", "qty", "units", "qty ordered", "order qty", "quantity ordered", "qty shipped"));
        m.put("destination", List.of("destination", "destination country", "country of destination", "country", "ship to country",
            "dest country", "ship country"));
        m.put("headquarters", List.of("headquarters", "hq", "end user hq", "end user headquarters", "hq country",
            "headquarters country", "end user hq country", "parent hq"));
        m.put("date", List.of("date", "ship date", "shipment date", "shipping date", "export date"));
        m.put("origin", List.of("origin", "item origin", "country of origin", "origin country", "made in", "coo"));
        m.put("us_tech", List.of("us tech", "us technology", "direct product", "us direct product", "fdp"));
        m.put("us_content", List.of("us content", "us content %", "us controlled content", "us content percent", "de minimis"));
        return Collections.unmodifiableMap(m);
    }

    private static Map<String, String> fieldOf() {
        Map<String, String> m = new LinkedHashMap<>();
        SYNONYMS.forEach((field, names) -> names.forEach(n -> {
            if (m.put(key(n), field) != null) {
                throw new IllegalStateException("header synonym '" + n + "' listed twice");
            }
        }));
        return m;
    }

    /** The name a header is compared by. */
    static String key(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replaceAll("[._\\-:]+", " ").replaceAll("\\s+", " ").strip();
    }

    /** {@return the synonyms alone, without a mapping} */
    public static Columns synonymsOnly() {
        return new Columns(Map.of(), Map.of());
    }

    /**
     * Parses a mapping {@code 'Header=field,Header=field'}: each header as the file writes it, each field one of
     * {@link #FIELDS} ({@code line} and {@code order} also name {@code id}, {@code hq} names {@code headquarters}).
     *
     * @param spec the mapping, not null
     * @return the mapping, over the synonyms
     * @throws IllegalArgumentException naming the faulty entry and what is expected
     */
    public static Columns parse(String spec) {
        Map<String, String> m = new LinkedHashMap<>();
        Map<String, String> shown = new LinkedHashMap<>();
        for (String entry : spec.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int eq = entry.lastIndexOf('=');
            if (eq <= 0 || eq == entry.length() - 1) {
                throw new IllegalArgumentException("--columns entry '" + entry.strip() + "' is not HEADER=FIELD: expected e.g. 'Order No=id,Qty=quantity'");
            }
            String header = entry.substring(0, eq);
            String field = entry.substring(eq + 1).strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            field = switch (field) {
                case "line", "order" -> "id";
                case "hq" -> "headquarters";
                case "enduser" -> "end_user";
                case "ustech" -> "us_tech";
                case "uscontent" -> "us_content";
                default -> field;
            };
            if (!FIELDS.contains(field)) {
                throw new IllegalArgumentException("--columns entry '" + entry.strip() + "': '" + entry.substring(eq + 1).strip()
                    + "' is not a field: expected one of " + String.join(", ", FIELDS));
            }
            if (key(header).isEmpty()) {
                throw new IllegalArgumentException("--columns entry '" + entry.strip() + "' names no header: expected e.g. 'Order No=id'");
            }
            if (m.containsValue(field)) {
                throw new IllegalArgumentException("--columns maps two headers to " + field + ": expected each field once");
            }
            if (m.put(key(header), field) != null) {
                throw new IllegalArgumentException("--columns names the header '" + header.strip() + "' twice");
            }
            shown.put(key(header), header.strip());
        }
        return new Columns(Collections.unmodifiableMap(m), Collections.unmodifiableMap(shown));
    }

    /** {@return the header (compared as {@link #key}) to field entries the user gave} */
    public Map<String, String> mapping() {
        return mapping;
    }

    /**
     * Finds the fields in a header row.
     *
     * @param header the header row as read (null cells are empty)
     * @param where the file, for messages
     * @return field to column index, for the fields present
     * @throws OrderFileException when a mapped header is absent, two columns give one field, or a required field is missing
     */
    Map<String, Integer> locate(List<String> header, String where) {
        Map<String, Integer> found = new LinkedHashMap<>();
        Map<String, String> seenHeader = new LinkedHashMap<>();
        List<String> shown = new ArrayList<>();
        for (String h : header) {
            if (h != null && !h.isBlank()) {
                shown.add(OrderFile.visible(h.strip())); // a second byte-order mark or a control character shown escaped
            }
        }
        for (Map.Entry<String, String> e : mapping.entrySet()) {
            int at = -1;
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i) != null && key(header.get(i)).equals(e.getKey())) {
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                throw new OrderFileException(where + ": line 1 (header): --columns names the header '" + shownAs.getOrDefault(e.getKey(), e.getKey())
                    + "' but the file has none such: found " + String.join(", ", shown));
            }
            found.put(e.getValue(), at);
            seenHeader.put(e.getValue(), header.get(at).strip());
        }
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            if (h == null || h.isBlank() || mapping.containsKey(key(h))) {
                continue;
            }
            String field = FIELD_OF.get(key(h));
            if (field == null || mapping.containsValue(field)) {
                continue; // another column, or a field the user mapped to another header
            }
            Integer before = found.putIfAbsent(field, i);
            if (before != null) {
                throw new OrderFileException(where + ": line 1 (header): columns '" + seenHeader.get(field) + "' and '" + h.strip()
                    + "' both read as " + field + ": name the one to use with --columns '" + h.strip() + "=" + field + "'");
            }
            seenHeader.put(field, h.strip());
        }
        List<String> missing = new ArrayList<>();
        for (String r : REQUIRED) {
            if (!found.containsKey(r)) {
                missing.add(r);
            }
        }
        if (!missing.isEmpty()) {
            throw new OrderFileException(where + ": line 1 (header): no column for " + String.join(", ", missing)
                + ": expected a header such as " + String.join(" / ", missing.stream().map(f -> SYNONYMS.get(f).get(0) + " (or "
                + String.join(", ", SYNONYMS.get(f).subList(1, Math.min(4, SYNONYMS.get(f).size()))) + ")").toList())
                + ", or a mapping --columns 'HEADER=" + missing.get(0) + "'; found " + String.join(", ", shown));
        }
        return found;
    }
}
