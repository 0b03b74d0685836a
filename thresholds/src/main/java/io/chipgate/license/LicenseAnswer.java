package io.chipgate.license;

import io.chipgate.metrics.Tri;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A licence answer under one {@link Posture}: the answer every reading gives, or UNKNOWN where the readings
 * disagree, with each reading's own answer. A definite answer here means every combination of readings gives it.
 *
 * <p>Combining: whether a licence is required, each ground's applicability and each licence exception's
 * availability are TRUE or FALSE when every reading agrees and UNKNOWN otherwise (an exception a reading does not
 * offer counts as FALSE there); the review policy is the one every reading gives, or
 * {@link ReviewPolicy.Kind#UNKNOWN} listing each.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LicenseAnswer {
    private final Posture posture;
    private final Tri licenseRequired;
    private final List<Basis> grounds;
    private final List<LicenseOption> licenseExceptions;
    private final ReviewPolicy reviewPolicy;
    private final List<ReadingAnswer> readings;
    private final Assessment.Result first;

    private LicenseAnswer(Posture posture, Tri licenseRequired, List<Basis> grounds, List<LicenseOption> licenseExceptions,
                          ReviewPolicy reviewPolicy, List<ReadingAnswer> readings, Assessment.Result first) {
        this.posture = posture;
        this.licenseRequired = licenseRequired;
        this.grounds = List.copyOf(grounds);
        this.licenseExceptions = List.copyOf(licenseExceptions);
        this.reviewPolicy = reviewPolicy;
        this.readings = List.copyOf(readings);
        this.first = first;
    }

    static LicenseAnswer combine(Posture posture, List<Explorer.World<Assessment.Result>> worlds) {
        Objects.requireNonNull(posture);
        List<ReadingAnswer> answers = new ArrayList<>(worlds.size());
        Tri required = null;
        Map<String, List<Basis>> byGround = new LinkedHashMap<>();
        Map<String, List<LicenseOption>> byCode = new LinkedHashMap<>();
        List<ReviewPolicy> policies = new ArrayList<>();
        for (Explorer.World<Assessment.Result> w : worlds) {
            Assessment.Result r = w.result();
            required = required == null ? r.required : required == r.required ? required : Tri.UNKNOWN;
            for (Basis b : r.grounds) {
                byGround.computeIfAbsent(b.key(), g -> new ArrayList<>()).add(b);
            }
            for (LicenseOption o : r.options) {
                byCode.computeIfAbsent(o.code(), c -> new ArrayList<>()).add(o);
            }
            policies.add(r.policy);
            answers.add(new ReadingAnswer(w.readings(), r.required,
                r.grounds.stream().filter(b -> b.applies() != Tri.FALSE).toList(), r.options, r.policy));
        }
        int n = worlds.size();
        List<Basis> grounds = new ArrayList<>();
        for (List<Basis> bs : byGround.values()) {
            Tri applies = bs.size() < n ? Tri.FALSE : null;
            for (Basis b : bs) {
                applies = applies == null ? b.applies() : applies == b.applies() ? applies : Tri.UNKNOWN;
            }
            Basis b0 = bs.get(0);
            boolean kindsAgree = sameKinds(bs, b0);
            if (applies == b0.applies() && kindsAgree && allSame(bs, b0)) {
                grounds.add(b0);
            } else if (applies == b0.applies() && kindsAgree) {
                // b0 unless the reasons differ, which is decided when the reason is first asked: b0's fields but the reason,
                // b0's when every reason is the same, else each reading's (a caller of licenseRequired() alone never reads it)
                List<Basis> each = List.copyOf(bs);
                grounds.add(Basis.rendered(b0.ground(), b0.key(), b0.text(), b0.paragraph(), applies, b0.status(),
                    () -> sameReasons(each, b0) ? b0.reason() : dependsOnTheReading(each), b0.reviewPolicy(), b0.citation()));
            } else {
                // the combined reason is rendered when first asked (a caller of licenseRequired() alone never reads it)
                List<Basis> each = List.copyOf(bs);
                java.util.function.Supplier<String> reason = () -> dependsOnTheReading(each);
                ReviewPolicy bp = b0.reviewPolicy();
                if (!kindsAgree) {
                    bp = ReviewPolicy.rendered(ReviewPolicy.Kind.UNKNOWN, b0.reviewPolicy().citation(), () -> {
                        StringBuilder c = new StringBuilder("the readings disagree:");
                        each.forEach(b -> c.append(" ").append(b.reviewPolicy().kind().label()).append(';'));
                        return c.substring(0, c.length() - 1);
                    });
                }
                grounds.add(Basis.rendered(b0.ground(), b0.key(), b0.text(), b0.paragraph(), applies, b0.status(), reason, bp, b0.citation()));
            }
        }
        List<LicenseOption> options = new ArrayList<>();
        for (List<LicenseOption> os : byCode.values()) {
            Tri available = os.size() < n ? Tri.FALSE : null;
            for (LicenseOption o : os) {
                available = available == null ? o.available() : available == o.available() ? available : Tri.UNKNOWN;
            }
            LicenseOption o0 = os.get(0);
            if (available == Tri.FALSE) {
                available = Tri.UNKNOWN; // offered under some reading: possibly available
            }
            options.add(available == o0.available() ? o0
                : LicenseOption.rendered(o0.code(), available, () -> o0.conditions() + "; available under some readings only (see readings)",
                    o0.notification(), o0.citation(), o0.note().isEmpty() ? null : o0.note()));
        }
        ReviewPolicy policy = policies.get(0);
        for (ReviewPolicy p : policies) {
            if (p.kind() != policy.kind()) {
                List<ReadingAnswer> all = List.copyOf(answers);
                policy = ReviewPolicy.rendered(ReviewPolicy.Kind.UNKNOWN, policies.get(0).citation(), () -> {
                    StringBuilder c = new StringBuilder("the readings disagree:");
                    for (ReadingAnswer a : all) {
                        c.append(" [").append(a.label()).append("] ").append(a.reviewPolicy().kind().label()).append(';');
                    }
                    return c.substring(0, c.length() - 1);
                });
                break;
            }
        }
        return new LicenseAnswer(posture, required, grounds, options, policy, answers, worlds.get(0).result());
    }

    /** Whether every basis has the kind of review policy of the first. */
    private static boolean sameKinds(List<Basis> bs, Basis b0) {
        for (Basis b : bs) {
            if (b != b0 && b.reviewPolicy().kind() != b0.reviewPolicy().kind()) {
                return false;
            }
        }
        return true;
    }

    /** Whether every basis is the first. */
    private static boolean allSame(List<Basis> bs, Basis b0) {
        for (Basis b : bs) {
            if (b != b0) {
                return false;
            }
        }
        return true;
    }

    /** Whether every basis has the reason of the first (the same object has). */
    private static boolean sameReasons(List<Basis> bs, Basis b0) {
        for (Basis b : bs) {
            if (b != b0 && !b.reason().equals(b0.reason())) {
                return false;
            }
        }
        return true;
    }

    /** "depends on the reading: …": each distinct applicability and reason of the readings, in order. */
    private static String dependsOnTheReading(List<Basis> each) {
        // the distinct pairs found by comparing applicability and reason (a few readings: no set of joined texts to hash)
        List<Basis> distinct = new ArrayList<>(each.size());
        for (Basis b : each) {
            boolean seen = false;
            for (Basis d : distinct) {
                if (d.applies() == b.applies() && d.reason().equals(b.reason())) {
                    seen = true;
                    break;
                }
            }
            if (!seen) {
                distinct.add(b);
            }
        }
        StringBuilder s = new StringBuilder("depends on the reading: ");
        for (int i = 0; i < distinct.size(); i++) {
            Basis b = distinct.get(i);
            s.append(i == 0 ? "" : " | ").append(b.applies().label()).append(" — ").append(b.reason());
        }
        return s.toString();
    }

    /**
     * {@return the answer for an item not subject to the EAR: no ground, no exception, no review policy, one reading
     * with no assumptions; the determination states why ({@link Jurisdiction#basis()})}
     *
     * @param posture the posture
     */
    static LicenseAnswer notSubjectToEar(Posture posture) {
        ReviewPolicy none = ReviewPolicy.of(ReviewPolicy.Kind.NONE, "15 CFR 734.3", "not subject to the EAR: no EAR licence applies");
        return new LicenseAnswer(posture, Tri.FALSE, List.of(), List.of(), none,
            List.of(new ReadingAnswer(List.of(), Tri.FALSE, List.of(), List.of(), none)), null);
    }

    Assessment.Result firstResult() {
        return first;
    }

    /** {@return the posture this answer reads} */
    public Posture posture() {
        return posture;
    }

    /** {@return TRUE or FALSE when every reading agrees; UNKNOWN when they disagree or a fact is missing} */
    public Tri licenseRequired() {
        return licenseRequired;
    }

    /** {@return every ground evaluated, its applicability combined over the readings} */
    public List<Basis> grounds() {
        return grounds;
    }

    /** {@return the grounds that apply or may apply} */
    public List<Basis> basis() {
        return grounds.stream().filter(b -> b.applies() != Tri.FALSE).toList();
    }

    /** {@return licence exceptions available, or possibly available, under the readings} */
    public List<LicenseOption> licenseExceptions() {
        return licenseExceptions;
    }

    /**
     * {@return the review policy an application would get under this answer; {@link ReviewPolicy.Kind#NONE} when no
     * licence is required}
     */
    public ReviewPolicy reviewPolicy() {
        return reviewPolicy;
    }

    /**
     * {@return each combination of readings with its own answer; one entry with no readings when no open question
     * arose}
     */
    public List<ReadingAnswer> readings() {
        return readings;
    }

    /** {@return whether the readings give different answers on whether a licence is required} */
    public boolean readingsDisagree() {
        return readings.stream().map(ReadingAnswer::licenseRequired).distinct().count() > 1;
    }

    /** Value equality over what the answer says (posture, requirement, grounds, exceptions, review policy, readings); the working record it was assembled from is not compared. */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof LicenseAnswer)) {
            return false;
        }
        LicenseAnswer o = (LicenseAnswer) other;
        return Objects.equals(posture, o.posture) && Objects.equals(licenseRequired, o.licenseRequired) && Objects.equals(grounds, o.grounds) && Objects.equals(licenseExceptions, o.licenseExceptions) && Objects.equals(reviewPolicy, o.reviewPolicy) && Objects.equals(readings, o.readings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(posture, licenseRequired, grounds, licenseExceptions, reviewPolicy, readings);
    }
}
