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
 * <p>The law in its own parts: a jurisdiction step first ({@link io.chipgate.license.Jurisdiction}: is the item
 * subject to the EAR at all? from the {@link io.chipgate.license.ItemOrigin} facts, one class per rule — § 734.9(h),
 * § 734.9(e)/(g), the other § 734.9 rules, § 734.4 — each with its prongs; without facts, assumed US-origin and said),
 * a transaction step ({@link io.chipgate.license.Transaction}: a shipment within the United States is not an export),
 * then one class per licence ground (package-private, behind a sealed interface:
 * the 2022 China rule, the destination scope of § 742.6(a)(6)(iii) with its review policy, HBM, headquarters, the UAE
 * rule of 2026, the AI-diffusion worldwide requirement, the requirements reported in company filings
 * ({@link io.chipgate.license.ReportedRequirements}), the 2025 letters' criteria, listed parties, part 746), then one
 * class per licence exception ({@link io.chipgate.license.LicenceException}: NAC/ACA, HBM, LPP, AIA; STA for the UAE).
 * An unknown answer names what settles it ({@link io.chipgate.license.LicenseDetermination#settledBy()}).
 *
 * <p>Entry point: {@link io.chipgate.license.Licensing#assess(io.chipgate.license.Shipment)}; reports:
 * {@link io.chipgate.license.LicenseReports}. Every determination carries its citations and warnings and the
 * line "Not legal advice".
 */
package io.chipgate.license;
