package io.chipgate.regime;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A legal instrument a rule comes from: a Federal Register document (citation, FR Doc number, publication
 * date), the CFR provisions it amends, and where to read it; or, for the reported "is informed" letters, the
 * public filing that reports them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Instrument {
    private final String citation;
    private final String frDoc;
    private final String title;
    private final String cfr;
    private final LocalDate published;
    private final String url;

    private Instrument(String citation, String frDoc, String title, String cfr, LocalDate published, String url) {
        this.citation = Objects.requireNonNull(citation);
        this.frDoc = frDoc;
        this.title = Objects.requireNonNull(title);
        this.cfr = Objects.requireNonNull(cfr);
        this.published = published;
        this.url = url;
    }

    /**
     * @param citation e.g. "88 FR 73458"
     * @param frDoc e.g. "2023-23055", or null when there is none
     * @param title the document's title
     * @param cfr the CFR provisions, e.g. "15 CFR part 774, Supp. No. 1, ECCN 3A090"
     * @param published publication date, or null
     * @param url where to read it, or null
     */
    public static Instrument of(String citation, String frDoc, String title, String cfr, LocalDate published, String url) {
        return new Instrument(citation, frDoc, title, cfr, published, url);
    }

    public String citation() {
        return citation;
    }

    public Optional<String> frDoc() {
        return Optional.ofNullable(frDoc);
    }

    public String title() {
        return title;
    }

    public String cfr() {
        return cfr;
    }

    public Optional<LocalDate> published() {
        return Optional.ofNullable(published);
    }

    public Optional<String> url() {
        return Optional.ofNullable(url);
    }

    /** "88 FR 73458 (FR Doc 2023-23055)". */
    @Override
    public String toString() {
        return citation + (frDoc == null ? "" : " (FR Doc " + frDoc + ")");
    }
}
