package io.chipgate.regime;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A legal instrument a rule comes from: a Federal Register document (citation, FR Doc number, publication
 * date), the CFR provisions it amends, and where to read it; or, for the reported "is informed" letters, the
 * public filing that reports them.
 *
 * <p>Two instruments are equal when all their fields are. This class is immutable and thread-safe.
 */
public final class Instrument {
    private final String citation;
    private final String frDoc;
    private final String title;
    private final String cfr;
    private final LocalDate published;
    private final String url;
    /** {@link #toString()}, made once: instruments are cited in every determination. */
    private final String text;

    private Instrument(String citation, String frDoc, String title, String cfr, LocalDate published, String url) {
        this.citation = Objects.requireNonNull(citation);
        this.frDoc = frDoc;
        this.title = Objects.requireNonNull(title);
        this.cfr = Objects.requireNonNull(cfr);
        this.published = published;
        this.url = url;
        this.text = citation + (frDoc == null ? "" : " (FR Doc " + frDoc + ")");
    }

    /**
     * An instrument with its citation, title and CFR provisions; add the FR Doc number, publication date and address
     * with {@link #withFrDoc}, {@link #withPublished} and {@link #withUrl} where they exist.
     *
     * @param citation e.g. "88 FR 73458", not null
     * @param title the document's title, not null
     * @param cfr the CFR provisions, e.g. "15 CFR part 774, Supp. No. 1, ECCN 3A090", not null
     * @return the instrument
     */
    public static Instrument of(String citation, String title, String cfr) {
        return new Instrument(citation, null, title, cfr, null, null);
    }

    /**
     * @param frDoc the Federal Register document number, e.g. "2023-23055", not null
     * @return this instrument with that number
     */
    public Instrument withFrDoc(String frDoc) {
        return new Instrument(citation, Objects.requireNonNull(frDoc, "frDoc"), title, cfr, published, url);
    }

    /**
     * @param published the publication date, not null
     * @return this instrument with that date
     */
    public Instrument withPublished(LocalDate published) {
        return new Instrument(citation, frDoc, title, cfr, Objects.requireNonNull(published, "published"), url);
    }

    /**
     * @param url where to read the instrument, not null
     * @return this instrument with that address
     */
    public Instrument withUrl(String url) {
        return new Instrument(citation, frDoc, title, cfr, published, Objects.requireNonNull(url, "url"));
    }

    /** {@return the citation, e.g. "88 FR 73458"} */
    public String citation() {
        return citation;
    }

    /** {@return the Federal Register document number, e.g. "2023-23055", where there is one} */
    public Optional<String> frDoc() {
        return Optional.ofNullable(frDoc);
    }

    /** {@return the document's title} */
    public String title() {
        return title;
    }

    /** {@return the CFR provisions the instrument amends, e.g. "15 CFR part 774, Supp. No. 1, ECCN 3A090"} */
    public String cfr() {
        return cfr;
    }

    /** {@return the publication date, where known} */
    public Optional<LocalDate> published() {
        return Optional.ofNullable(published);
    }

    /** {@return where to read the instrument, where known} */
    public Optional<String> url() {
        return Optional.ofNullable(url);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Instrument)) {
            return false;
        }
        Instrument i = (Instrument) o;
        return citation.equals(i.citation) && Objects.equals(frDoc, i.frDoc) && title.equals(i.title) && cfr.equals(i.cfr)
            && Objects.equals(published, i.published) && Objects.equals(url, i.url);
    }

    @Override
    public int hashCode() {
        return Objects.hash(citation, frDoc, title, cfr, published, url);
    }

    /** "88 FR 73458 (FR Doc 2023-23055)". */
    @Override
    public String toString() {
        return text;
    }
}
