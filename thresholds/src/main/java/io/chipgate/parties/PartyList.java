package io.chipgate.parties;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A dated snapshot of the US Consolidated Screening List (International Trade Administration,
 * https://www.trade.gov/consolidated-screening-list): its entries, the date the list was generated and where it was
 * read from. Lists change by Federal Register notice, so a snapshot is {@linkplain #isStale(LocalDate) stale}
 * more than {@value #STALE_AFTER_DAYS} days after its date.
 *
 * <p>{@link #builtin()} is the bundled snapshot of 2026-07-31 (25,921 entries on twelve lists, converted by
 * {@code thresholds/src/data/parties/convert_csl.py}), read through the match index the build writes beside it, its
 * entries decoded when first asked for; {@link #read(Path)} reads trade.gov's consolidated.json or
 * consolidated.csv exactly as downloaded, or a snapshot that script wrote.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PartyList {
    /** Days after its date from which a list is stale. */
    public static final int STALE_AFTER_DAYS = 30;
    /** The bundled snapshot, a class-path resource. */
    static final String BUILTIN_RESOURCE = "/io/chipgate/parties/csl.tsv.gz";

    private final LocalDate date;
    private final String source;
    private final List<PartyEntry> entries;
    /** The build-time match index of the built-in list, or null (a screen then builds one). */
    private final PartyIndex index;

    private PartyList(LocalDate date, String source, List<PartyEntry> entries, PartyIndex index) {
        this.date = Objects.requireNonNull(date, "date");
        this.source = Objects.requireNonNull(source, "source");
        this.entries = index == null ? List.copyOf(entries) : entries;
        this.index = index;
    }

    /**
     * A list from its parts.
     *
     * @param date the date the list was generated, not null
     * @param source where the list was read from, in words, not null
     * @param entries the entries, not null
     * @return the list
     */
    public static PartyList of(LocalDate date, String source, List<PartyEntry> entries) {
        return new PartyList(date, source, entries, null);
    }

    /**
     * A list read through its build-time index.
     *
     * @param entries the entries, an unmodifiable list (which may decode each entry when first asked for); not copied
     * @param index the match index of those entries
     */
    static PartyList indexed(LocalDate date, String source, List<PartyEntry> entries, PartyIndex index) {
        return new PartyList(date, source, entries, Objects.requireNonNull(index, "index"));
    }

    /** {@return the build-time match index of this list, or null when a screen must build one} */
    PartyIndex index() {
        return index;
    }

    /** Loads the bundled snapshot once, on first use. */
    private static final class Builtin {
        static final PartyList LIST = load();

        private static PartyList load() {
            byte[] snapshot;
            try (InputStream in = PartyList.class.getResourceAsStream(BUILTIN_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled screening list " + BUILTIN_RESOURCE + " is missing");
                }
                snapshot = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return PartyIndex.builtin(snapshot).orElseGet(() ->
                PartyListFiles.readSnapshot(new java.io.ByteArrayInputStream(snapshot), "built-in " + BUILTIN_RESOURCE));
        }
    }

    /**
     * The bundled snapshot of the Consolidated Screening List generated 2026-07-31 (read from the copy in
     * github:seelpeed-debug/export-controls-agent-mcp, src/data/screening-list.json).
     *
     * @return the built-in list, the same instance on every call
     */
    public static PartyList builtin() {
        return Builtin.LIST;
    }

    /**
     * Reads a list file: trade.gov's consolidated.json (an object whose "results" array holds the entries) or
     * consolidated.csv (a header row naming at least "name" and "source") as downloaded, or a gzipped chipgate
     * snapshot. The date is the snapshot's header date; for trade.gov's JSON the latest "last_imported" or
     * "source_last_updated" in its "sources_used", when given; otherwise the day the file was last modified.
     *
     * @param file the file, not null
     * @return the list, with every entry of the file
     * @throws PartyListFormatException if the file is missing, unreadable or malformed; the one-line message names
     *     the file, the field and the value
     */
    public static PartyList read(Path file) {
        return PartyListFiles.read(file);
    }

    /**
     * {@return the date of the bundled snapshot, read from its header without loading the entries} For stamps and
     * version lines, which must not pay for loading 25,921 entries.
     */
    public static LocalDate builtinDate() {
        try (InputStream in = PartyList.class.getResourceAsStream(BUILTIN_RESOURCE);
             java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(
                 new java.util.zip.GZIPInputStream(java.util.Objects.requireNonNull(in, BUILTIN_RESOURCE)),
                 java.nio.charset.StandardCharsets.UTF_8))) {
            for (int i = 0; i < 8; i++) {
                String line = r.readLine();
                if (line != null && line.startsWith("#date\t")) {
                    return LocalDate.parse(line.substring(6).strip());
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read the bundled screening list " + BUILTIN_RESOURCE, e);
        }
        throw new IllegalStateException("the bundled screening list " + BUILTIN_RESOURCE + " has no #date line");
    }

    /**
     * {@return the date the list was generated}
     */
    public LocalDate date() {
        return date;
    }

    /**
     * {@return where the list was read from and how its date was found, in words}
     */
    public String source() {
        return source;
    }

    /**
     * {@return the entries, in the order of the file}
     */
    public List<PartyEntry> entries() {
        return entries;
    }

    /**
     * {@return the number of entries on each list; lists without entries are absent}
     */
    public Map<ListKind, Integer> counts() {
        Map<ListKind, Integer> m = new EnumMap<>(ListKind.class);
        for (PartyEntry e : entries) {
            m.merge(e.list(), 1, Integer::sum);
        }
        return m;
    }

    /**
     * Days from the list's date to a date.
     *
     * @param on the date asked about, not null
     * @return the days (negative when {@code on} is before the list's date)
     */
    public long ageInDays(LocalDate on) {
        return ChronoUnit.DAYS.between(date, on);
    }

    /**
     * Whether the list is stale on a date: more than {@value #STALE_AFTER_DAYS} days after its date (on day 30 it
     * is not yet stale, on day 31 it is).
     *
     * @param on the date asked about, not null
     * @return true when {@code on} is more than 30 days after the list's date
     */
    public boolean isStale(LocalDate on) {
        return ageInDays(on) > STALE_AFTER_DAYS;
    }

    /**
     * {@return the list's date and entry count, e.g. "Consolidated Screening List of 2026-07-31 (25921 entries)"}
     */
    @Override
    public String toString() {
        return "Consolidated Screening List of " + date + " (" + entries.size() + " entries)";
    }
}
