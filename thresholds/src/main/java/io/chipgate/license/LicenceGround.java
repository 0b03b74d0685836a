package io.chipgate.license;

import java.util.List;

/**
 * A licence ground of the advanced-computing rules, one class per ground, each owning its dates and text versions:
 * given the facts of one {@link Assessment.Run} (the shipment, the classification, one combination of readings) it
 * adds its {@link Basis} (or, for a ground that applies per instrument, one per instrument) to the run. The operative
 * CFR text is quoted by its {@link Ground} key; the classes quote the words they apply beside the code.
 */
sealed interface LicenceGround permits China2022Ground, DestinationGround, HbmGround, HeadquartersGround, UaeGround,
    DiffusionGround, ReportedGround, InformedLettersGround, PartyGround, EmbargoGround {

    /** The grounds evaluated after the classification-dependent ones, in the order their bases are listed. */
    List<LicenceGround> LATER = List.of(new DiffusionGround(), new ReportedGround(), new InformedLettersGround(),
        new PartyGround(), new EmbargoGround());

    /** {@return the key of the bases this ground gives} */
    Ground key();

    /**
     * Evaluates the ground for the run's shipment, adding its basis (or bases) and warnings to the run.
     *
     * @param run the run: facts, classification, readings and what has been found so far
     */
    void apply(Assessment.Run run);
}
