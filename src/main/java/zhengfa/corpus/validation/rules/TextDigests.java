package zhengfa.corpus.validation.rules;

/**
 * What an article contributes to the corpus-wide duplicate-text check: 128 bits of the digest of
 * its raw text and of its script-folded text. The validation cache keeps it with a clean article,
 * so an unchanged article takes part in the check without being read again.
 */
public record TextDigests(long rawHigh, long rawLow, long foldedHigh, long foldedLow) implements java.io.Serializable {}
