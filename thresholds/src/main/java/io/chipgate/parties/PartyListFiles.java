package io.chipgate.parties;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Readers of screening-list files: chipgate's gzipped snapshot, and trade.gov's consolidated.json and
 * consolidated.csv as downloaded (fields of the Consolidated Screening List API: name, alt_names, source,
 * addresses[].country, entity_number, federal_register_notice, license_requirement, license_policy, programs, type).
 */
final class PartyListFiles {
    private PartyListFiles() {
    }

    /** Jackson, made only when a JSON file is read (making it costs a cold start a few hundred milliseconds). */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
    /** The largest list file read. */
    static final long MAX_BYTES = 256L << 20;
    private static final String LISTS = "a list of the Consolidated Screening List, e.g. \"Entity List (EL) - Bureau"
        + " of Industry and Security\" or a code (EL, DPL, UVL, MEU, SDN, SSI, CMIC, NS-MBS, PLC, CAP, FSE, DTC, ISN)";

    static PartyList read(Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                throw new PartyListFormatException(name, "$", null, "a screening-list file (no such file)");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new PartyListFormatException(name, "$", Files.size(file) + " bytes",
                    "a file of at most 256 MiB (trade.gov's consolidated.json is about 32 MB)");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new PartyListFormatException(name, "$", null, "a readable file (" + e.getMessage() + ")");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
            return readSnapshot(new ByteArrayInputStream(bytes), name);
        }
        String text = utf8(bytes, name);
        String trimmed = text.stripLeading();
        LocalDate modified = modified(file);
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            return readJson(bytes, name, modified);
        }
        return readCsv(text, name, modified);
    }

    private static LocalDate modified(Path file) {
        try {
            return LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneOffset.UTC);
        } catch (IOException e) {
            throw new PartyListFormatException(file.toString(), "$", null, "a readable file (" + e.getMessage() + ")");
        }
    }

    private static String utf8(byte[] bytes, String name) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String s = d.decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new PartyListFormatException(name, "$", null, "UTF-8 text (trade.gov's consolidated.json or .csv)");
        }
    }

    // ---- chipgate snapshot -------------------------------------------------------------------------------------

    static PartyList readSnapshot(InputStream in, String name) {
        List<PartyEntry> entries = new ArrayList<>(26_000);
        Map<String, String> header = new HashMap<>();
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in, 1 << 16), d), 1 << 16)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.startsWith("#")) {
                    int tab = line.indexOf('\t');
                    if (tab > 0) {
                        header.put(line.substring(1, tab), line.substring(tab + 1));
                    }
                    continue;
                }
                entries.add(snapshotEntry(line, name, n));
            }
        } catch (IOException e) {
            throw new PartyListFormatException(name, "$", null, "a gzipped UTF-8 chipgate snapshot (" + e.getMessage() + ")");
        }
        String date = header.get("date");
        if (date == null) {
            throw new PartyListFormatException(name, "#date", null, "a header line \"#date<TAB>yyyy-mm-dd\"");
        }
        LocalDate listDate;
        try {
            listDate = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new PartyListFormatException(name, "#date", quote(date), "a date yyyy-mm-dd");
        }
        String source = header.getOrDefault("source", "US Consolidated Screening List")
            + "; read from " + header.getOrDefault("read-from", name) + "; generated " + listDate;
        return PartyList.of(listDate, source, entries);
    }

    /**
     * One entry line of a snapshot.
     *
     * @param line the line, without its line break
     * @param name the file's name, for messages
     * @param n the line's number, for messages
     * @return the entry
     * @throws PartyListFormatException if the line is malformed
     */
    static PartyEntry snapshotEntry(String line, String name, int n) {
        String[] f = fields(line);
        if (f.length != 11) {
            throw new PartyListFormatException(name, "line " + n, String.valueOf(f.length),
                "11 tab-separated fields (list, type, name, alt_names, countries, entity_number,"
                    + " federal_register_notice, license_requirement, license_policy, programs, start_date)");
        }
        ListKind kind = ListKind.ofCode(f[0]).orElseThrow(() ->
            new PartyListFormatException(name, "line " + n + ", column list", quote(f[0]), LISTS));
        if (f[2].isBlank()) {
            throw new PartyListFormatException(name, "line " + n + ", column name", null, "the listed name");
        }
        return new PartyEntry(kind, f[1], f[2], values(f[3]), values(f[4]),
            present(f[5]), present(f[6]), present(f[7]), present(f[8]), values(f[9]),
            date(f[10], name, "line " + n + ", column start_date"));
    }

    /**
     * The entry lines of a gzipped snapshot, in order (for the build-time index, which keeps them).
     *
     * @param in the snapshot's bytes
     * @return the lines that are not header lines
     * @throws IOException if the stream is not gzipped UTF-8
     */
    static List<String> snapshotLines(InputStream in) throws IOException {
        List<String> lines = new ArrayList<>(26_000);
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in, 1 << 16), d), 1 << 16)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.startsWith("#")) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }

    /** The tab-separated fields of a snapshot line (no regex: the built-in list is read on every start). */
    private static String[] fields(String line) {
        int count = 1;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\t') {
                count++;
            }
        }
        String[] f = new String[count];
        int start = 0;
        int k = 0;
        for (int i = 0; i <= line.length(); i++) {
            if (i == line.length() || line.charAt(i) == '\t') {
                f[k++] = line.substring(start, i);
                start = i + 1;
            }
        }
        return f;
    }

    /** The values of a snapshot field joined with " | ", as written. */
    private static List<String> values(String field) {
        if (field.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(4);
        int start = 0;
        int i;
        while ((i = field.indexOf(" | ", start)) >= 0) {
            out.add(field.substring(start, i));
            start = i + 3;
        }
        out.add(field.substring(start));
        return out;
    }

    /** A date as trade.gov writes it (yyyy-mm-dd, possibly followed by a time), or empty for an empty field. */
    private static Optional<LocalDate> date(String field, String name, String path) {
        String f = field.trim();
        if (f.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(f.length() > 10 ? f.substring(0, 10) : f));
        } catch (DateTimeParseException e) {
            throw new PartyListFormatException(name, path, quote(f), "a date yyyy-mm-dd");
        }
    }

    private static Optional<String> present(String field) {
        return field.isEmpty() ? Optional.empty() : Optional.of(field);
    }

    // ---- trade.gov consolidated.json ---------------------------------------------------------------------------

    private static PartyList readJson(byte[] bytes, String name, LocalDate modified) {
        List<PartyEntry> entries = new ArrayList<>(30_000);
        LocalDate imported = null;
        boolean sawResults = false;
        try (JsonParser p = Json.MAPPER.getFactory().createParser(bytes)) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_ARRAY) {
                readResults(p, name, "$", entries);
                sawResults = true;
            } else {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.getCurrentName();
                    JsonToken v = p.nextToken();
                    if (field.equals("results")) {
                        if (v != JsonToken.START_ARRAY) {
                            throw new PartyListFormatException(name, "$.results", p.getText(), "an array of entries");
                        }
                        readResults(p, name, "$.results", entries);
                        sawResults = true;
                    } else if (field.equals("sources_used")) {
                        imported = latestImport(p.readValueAsTree(), name);
                    } else {
                        p.skipChildren();
                    }
                }
            }
        } catch (JsonProcessingException e) {
            throw new PartyListFormatException(name, "$ (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")", null, "well-formed JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new PartyListFormatException(name, "$", null, "a readable file (" + e.getMessage() + ")");
        }
        if (!sawResults) {
            throw new PartyListFormatException(name, "$.results", null,
                "trade.gov's consolidated.json: an object with a \"results\" array of entries");
        }
        LocalDate date = imported != null ? imported : modified;
        return PartyList.of(date, "trade.gov consolidated.json, read from " + name + "; dated "
            + (imported != null ? "by its latest sources_used import" : "by the file's modification day"), entries);
    }

    private static void readResults(JsonParser p, String name, String path, List<PartyEntry> entries) throws IOException {
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            JsonNode n = p.readValueAsTree();
            entries.add(jsonEntry(n, name, path + "[" + i + "]"));
            i++;
        }
    }

    private static LocalDate latestImport(JsonNode sources, String name) {
        LocalDate latest = null;
        if (sources != null && sources.isArray()) {
            for (JsonNode s : sources) {
                for (String f : List.of("last_imported", "source_last_updated")) {
                    JsonNode v = s.get(f);
                    if (v != null && v.isTextual() && v.asText().length() >= 10) {
                        try {
                            LocalDate d = LocalDate.parse(v.asText().substring(0, 10));
                            latest = latest == null || d.isAfter(latest) ? d : latest;
                        } catch (DateTimeParseException e) {
                            throw new PartyListFormatException(name, "$.sources_used[]." + f, quote(v.asText()),
                                "a date-time starting yyyy-mm-dd");
                        }
                    }
                }
            }
        }
        return latest;
    }

    private static PartyEntry jsonEntry(JsonNode n, String name, String path) {
        if (!n.isObject()) {
            throw new PartyListFormatException(name, path, n.toString(), "an object (one entry of the list)");
        }
        String listed = text(n, "name", name, path).orElse("");
        if (listed.isBlank()) {
            throw new PartyListFormatException(name, path + ".name", n.has("name") ? n.get("name").toString() : null,
                "the listed name, a non-empty string");
        }
        String src = text(n, "source", name, path).orElseThrow(() ->
            new PartyListFormatException(name, path + ".source", null, LISTS));
        ListKind kind = ListKind.ofSource(src).orElseThrow(() ->
            new PartyListFormatException(name, path + ".source", quote(src), LISTS));
        List<String> countries = new ArrayList<>();
        JsonNode addresses = n.get("addresses");
        if (addresses != null && !addresses.isNull()) {
            if (!addresses.isArray()) {
                throw new PartyListFormatException(name, path + ".addresses", addresses.toString(), "an array of addresses");
            }
            for (int i = 0; i < addresses.size(); i++) {
                JsonNode a = addresses.get(i);
                if (a.isObject()) {
                    text(a, "country", name, path + ".addresses[" + i + "]").map(c -> c.toUpperCase(Locale.ROOT))
                        .filter(c -> !countries.contains(c)).ifPresent(countries::add);
                } else if (!a.isNull()) {
                    throw new PartyListFormatException(name, path + ".addresses[" + i + "]", a.toString(),
                        "an address object with a \"country\"");
                }
            }
        }
        return new PartyEntry(kind, text(n, "type", name, path).orElse(""), clean(listed),
            strings(n, "alt_names", name, path), countries, text(n, "entity_number", name, path),
            text(n, "federal_register_notice", name, path), text(n, "license_requirement", name, path),
            text(n, "license_policy", name, path), strings(n, "programs", name, path),
            date(text(n, "start_date", name, path).orElse(""), name, path + ".start_date"));
    }

    private static Optional<String> text(JsonNode n, String field, String name, String path) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isValueNode()) {
            throw new PartyListFormatException(name, path + "." + field, v.toString(), "a string");
        }
        return optional(v.asText());
    }

    private static List<String> strings(JsonNode n, String field, String name, String path) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (v.isTextual()) {
            return split(v.asText(), ";");
        }
        if (!v.isArray()) {
            throw new PartyListFormatException(name, path + "." + field, v.toString(), "an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            JsonNode s = v.get(i);
            if (!s.isValueNode()) {
                throw new PartyListFormatException(name, path + "." + field + "[" + i + "]", s.toString(), "a string");
            }
            String c = clean(s.asText());
            if (!c.isEmpty() && !out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    // ---- trade.gov consolidated.csv ----------------------------------------------------------------------------

    private static PartyList readCsv(String text, String name, LocalDate modified) {
        Csv csv = new Csv(text, name);
        List<String> head = csv.next();
        if (head == null) {
            throw new PartyListFormatException(name, "line 1", null, "a header row naming the columns, with \"name\" and \"source\"");
        }
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < head.size(); i++) {
            col.putIfAbsent(head.get(i).trim().toLowerCase(Locale.ROOT), i);
        }
        for (String required : List.of("name", "source")) {
            if (!col.containsKey(required)) {
                throw new PartyListFormatException(name, "line 1", quote(String.join(",", head)),
                    "a header row of trade.gov's consolidated.csv, with a \"" + required + "\" column");
            }
        }
        List<PartyEntry> entries = new ArrayList<>(30_000);
        List<String> row;
        while ((row = csv.next()) != null) {
            int line = csv.recordLine();
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue;
            }
            if (row.size() != head.size()) {
                throw new PartyListFormatException(name, "line " + line, String.valueOf(row.size()),
                    head.size() + " fields, as many as the header row names");
            }
            List<String> r = row;
            java.util.function.Function<String, String> get = c -> col.containsKey(c) ? clean(r.get(col.get(c))) : "";
            String listed = get.apply("name");
            if (listed.isEmpty()) {
                throw new PartyListFormatException(name, "line " + line + ", column name", null, "the listed name");
            }
            String src = get.apply("source");
            ListKind kind = ListKind.ofSource(src).orElseThrow(() ->
                new PartyListFormatException(name, "line " + line + ", column source", quote(src), LISTS));
            List<String> countries = new ArrayList<>();
            for (String address : get.apply("addresses").split(";")) {
                String[] parts = address.split(",");
                String c = parts[parts.length - 1].trim().toUpperCase(Locale.ROOT);
                if (c.matches("[A-Z]{2}") && !countries.contains(c)) {
                    countries.add(c);
                }
            }
            entries.add(new PartyEntry(kind, get.apply("type"), listed, split(get.apply("alt_names"), ";"), countries,
                optional(get.apply("entity_number")), optional(get.apply("federal_register_notice")),
                optional(get.apply("license_requirement")), optional(get.apply("license_policy")),
                split(get.apply("programs"), ";"), date(get.apply("start_date"), name, "line " + line + ", column start_date")));
        }
        return PartyList.of(modified, "trade.gov consolidated.csv, read from " + name
            + "; dated by the file's modification day", entries);
    }

    /** A reader of RFC 4180 CSV: quoted fields, doubled quotes, line breaks inside quotes. */
    private static final class Csv {
        private final String s;
        private final String name;
        private int i;
        private int line = 1;
        private int recordLine;

        Csv(String s, String name) {
            this.s = s;
            this.name = name;
        }

        int recordLine() {
            return recordLine;
        }

        List<String> next() {
            if (i >= s.length()) {
                return null;
            }
            recordLine = line;
            List<String> fields = new ArrayList<>();
            StringBuilder b = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            while (i < s.length()) {
                char c = s.charAt(i++);
                if (quoted) {
                    if (c == '"') {
                        if (i < s.length() && s.charAt(i) == '"') {
                            b.append('"');
                            i++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        b.append(c);
                    }
                } else if (c == '"' && b.length() == 0 && !wasQuoted) {
                    quoted = true;
                    wasQuoted = true;
                } else if (c == ',') {
                    fields.add(b.toString());
                    b.setLength(0);
                    wasQuoted = false;
                } else if (c == '\r' || c == '\n') {
                    if (c == '\r' && i < s.length() && s.charAt(i) == '\n') {
                        i++;
                    }
                    line++;
                    fields.add(b.toString());
                    return fields;
                } else {
                    b.append(c);
                }
            }
            if (quoted) {
                throw new PartyListFormatException(name, "line " + recordLine, null,
                    "a closing quote for the field opened on this line");
            }
            fields.add(b.toString());
            return fields;
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    static String clean(String s) {
        return WHITESPACE.matcher(s).replaceAll(" ").trim();
    }

    private static Optional<String> optional(String s) {
        String c = clean(s);
        return c.isEmpty() ? Optional.empty() : Optional.of(c);
    }

    private static List<String> split(String s, String separatorRegex) {
        List<String> out = new ArrayList<>();
        if (s.isEmpty()) {
            return out;
        }
        for (String part : s.split(separatorRegex)) {
            String c = clean(part);
            if (!c.isEmpty() && !out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    private static String quote(String s) {
        return "\"" + s + "\"";
    }
}
