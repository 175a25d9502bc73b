package dev.srdi.benchmarks.drools;

/** Inserted when the first city-level award fires, so that a second first recognition on the same day does not pay again (一次性). */
public final class FirstAwardPaid {}
