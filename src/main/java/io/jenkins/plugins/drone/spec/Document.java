package io.jenkins.plugins.drone.spec;

/**
 * One document of the file as split by the rule of docs/drone-semantics.md#document-splitting: its exact raw text
 * (the input of signatures), the file line where it starts, and what it parsed to ({@code resource} is null when the
 * document was empty or had errors).
 */
public record Document(String rawText, int firstLine, Resource resource) {}
