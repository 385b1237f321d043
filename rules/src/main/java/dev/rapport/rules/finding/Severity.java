package dev.rapport.rules.finding;

/** How much a finding matters for the person's week; the digest shows the most important first. */
public enum Severity {
    LOW, MEDIUM, HIGH
}
