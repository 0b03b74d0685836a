/**
 * Screening an order book: every line of a file of shipments decided under the licence rules
 * ({@link io.chipgate.license.Licensing}), each distinct shipment decided once per run, with the action each line
 * needs, why an unknown answer is unknown, and totals per destination and per consignee against the AI-diffusion
 * caps as written (flagged: not enforced).
 *
 * <p>Entry point: {@link io.chipgate.screening.Screening}. Pure and thread-safe: a screening holds no state between
 * runs, so it runs unchanged inside a parallel or distributed job (one {@link io.chipgate.screening.Screening.Run}
 * per worker).
 */
package io.chipgate.screening;
