package io.chipgate.cli;

/** Output formats. */
enum Format { text, json, csv }
