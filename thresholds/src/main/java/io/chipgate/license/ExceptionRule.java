package io.chipgate.license;

import io.chipgate.metrics.Tri;

/**
 * A licence exception's rule, one class per exception: whether it is offered for the run's shipment, with its own
 * eligibility text by date, its exclusions (§ 740.2 restrictions, embargoes, headquarters exclusions) and what it
 * relieves ({@link LicenceException#relievesEnforced()}).
 */
sealed interface ExceptionRule permits NacAcaRule, HbmExceptionRule, LppRule, AiaRule {
    /**
     * Adds the exception to the run's options when it may be available, or a warning saying why it is not offered.
     *
     * @param run the run
     * @param blocked whether a part 744 (the reported letters) or part 746 requirement bars NAC/ACA (§ 740.8(b))
     * @param barred whether a part 746 requirement bars every exception (§ 740.2(a))
     */
    void offer(Assessment.Run run, Tri blocked, Tri barred);
}
