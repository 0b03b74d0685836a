package io.chipgate.cli;

/**
 * Output formats. Each command offers some of them and refuses the others with a usage error (exit 2); {@code jsonl}
 * (JSON Lines: one compact JSON object per line, streamed) is offered where a command answers many queries.
 */
enum Format { text, json, csv, jsonl }
