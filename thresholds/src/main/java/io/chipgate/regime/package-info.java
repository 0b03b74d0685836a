/**
 * The US export-control regimes that classify AI chips, as dated, cited rules: ECCN 3A090 in its 2022, 2023
 * and 2024 texts, the AI-diffusion framework (as written, not enforced), the foundry due-diligence presumption,
 * the reported "is informed" letters of April 2025, and the January 2026 China licence-review policy.
 *
 * <p>Entry point: {@link io.chipgate.regime.Regimes}. Every determination carries its clauses, margins,
 * citations, interpretation and warnings. Not legal advice.
 */
@Value.Style(visibility = Value.Style.ImplementationVisibility.PACKAGE, overshadowImplementation = true, defaults = @Value.Immutable(copy = true))
package io.chipgate.regime;

import org.immutables.value.Value;
