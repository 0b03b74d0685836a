/**
 * The typed model of an accelerator, memory device or system, as the spec format describes it:
 * dies, compute rates per precision, I/O links, the memory interface, the datacenter designation,
 * vendor declarations and the provenance of every figure.
 *
 * <p>Every type here is immutable and thread-safe. An absent optional value means <em>unknown</em>,
 * never zero.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    get = {"get*", "is*"},
    allParameters = false,
    defaults = @Value.Immutable(copy = true))
package io.chipgate.model;

import org.immutables.value.Value;
