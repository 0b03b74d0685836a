/**
 * What every chipgate document reader shares with its callers: {@link io.chipgate.document.DocumentFormatException},
 * the one exception for a document that cannot be read (file, JSON path, value, expectation).
 */
package io.chipgate.document;
