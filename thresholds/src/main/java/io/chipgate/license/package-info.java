/**
 * Licence determinations: "may we ship N of this part to this customer in this country on this date, and under
 * what?" — whether a licence is required (three-valued), on which CFR paragraph, which licence exceptions may
 * apply and under what conditions, and the licence review policy, from the 3A090 classification in force on the
 * date and the dated {@linkplain io.chipgate.license.CountryGroups country groups}.
 *
 * <p>Entry point: {@link io.chipgate.license.Licensing#assess}. Every determination carries its citations and
 * warnings and the line "Not legal advice".
 */
package io.chipgate.license;
