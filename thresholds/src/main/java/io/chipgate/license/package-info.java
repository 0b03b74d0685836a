/**
 * Licence determinations: "may we ship N of this part to this customer in this country on this date, and under
 * what?" — whether a licence is required (three-valued), on which CFR paragraph, which licence exceptions may
 * apply and under what conditions, and the licence review policy, from the 3A090 classification in force on the
 * date, the dated {@linkplain io.chipgate.license.CountryGroups country groups} and the dated part 746
 * {@linkplain io.chipgate.license.Embargoes embargoes}.
 *
 * <p>Where the text, its enforcement or a fact allows several readings ({@link io.chipgate.license.Readings},
 * and country-group changes whose date is not known), every combination is evaluated and an answer is definite
 * only when all agree; each {@link io.chipgate.license.ReadingAnswer} is kept. Answers are kept as written and
 * as enforced ({@link io.chipgate.license.Posture}).
 *
 * <p>Entry point: {@link io.chipgate.license.Licensing#assess(io.chipgate.license.Shipment)}; reports:
 * {@link io.chipgate.license.LicenseReports}. Every determination carries its citations and warnings and the
 * line "Not legal advice".
 */
package io.chipgate.license;
