package io.chipgate.parties;

import java.util.Optional;

/**
 * How strongly a screened name matches a listed one, by its score from 0 to 100: {@link #PROBABLE} at 90 or more,
 * {@link #POSSIBLE} from 75 up to 89; below 75 there is no hit.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum MatchBand {
    /** Score 90 or more: the names agree up to normalisation, word order, or about one typing error per long word. */
    PROBABLE(90),
    /** Score 75 to 89: the names share their distinctive words with differences a person has to confirm. */
    POSSIBLE(75);

    /** The lowest score reported as a hit (the lower bound of {@link #POSSIBLE}). */
    public static final int THRESHOLD = 75;

    private final int atLeast;

    MatchBand(int atLeast) {
        this.atLeast = atLeast;
    }

    /**
     * {@return the lowest score in the band}
     */
    public int atLeast() {
        return atLeast;
    }

    /**
     * The band of a score.
     *
     * @param score a score from 0 to 100
     * @return {@link #PROBABLE} at 90 or more, {@link #POSSIBLE} at 75 to 89, empty below 75
     * @throws IllegalArgumentException if the score is outside 0 to 100
     */
    public static Optional<MatchBand> of(int score) {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("Invalid value for score (valid values 0 - 100): " + score);
        }
        if (score >= PROBABLE.atLeast) {
            return Optional.of(PROBABLE);
        }
        return score >= POSSIBLE.atLeast ? Optional.of(POSSIBLE) : Optional.empty();
    }
}
